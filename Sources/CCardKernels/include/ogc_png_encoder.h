#ifndef OGC_PNG_ENCODER_H
#define OGC_PNG_ENCODER_H

#include <stddef.h>
#include <stdint.h>

/// PNG row filter applied to every row (PNG filter types; 5 = pick per row by the
/// minimum-sum-of-absolute-differences heuristic). PNG's average filter, 3, is also accepted;
/// any other value is OGC_PNG_BAD_ARGUMENT.
typedef enum {
    OGC_PNG_FILTER_NONE = 0,
    OGC_PNG_FILTER_SUB = 1,
    OGC_PNG_FILTER_UP = 2,
    OGC_PNG_FILTER_PAETH = 4,
    OGC_PNG_FILTER_ADAPTIVE = 5
} ogc_png_filter;

/// Encoder settings: zlib level (0-9), zlib strategy (Z_DEFAULT_STRATEGY, Z_FILTERED, Z_RLE ...)
/// and the row filter.
typedef struct {
    int level;
    int strategy;
    ogc_png_filter filter;
} ogc_png_options;

/// Result codes.
enum {
    OGC_PNG_OK = 0,
    OGC_PNG_BAD_ARGUMENT = 1,
    OGC_PNG_NO_MEMORY = 2,
    OGC_PNG_ZLIB_ERROR = 3,
    /// ogc_png_encode_palette: more than 256 colours, or not opaque.
    OGC_PNG_TOO_MANY_COLOURS = 4
};

/// Encodes a Cairo ARGB32 image (premultiplied, native-endian 32-bit pixels) as a PNG.
/// Writes 8-bit RGB when every pixel is opaque, else 8-bit RGBA (un-premultiplied).
/// No ancillary chunks (no time, no gamma), so equal pixels give equal bytes.
/// On success *out is a malloc'd buffer the caller frees with ogc_png_free.
int ogc_png_encode_argb32(const uint8_t *pixels, int width, int height, int stride,
                          ogc_png_options options, uint8_t **out, size_t *out_length);

/// Frees a buffer returned by ogc_png_encode_argb32 or ogc_png_encode_spliced.
void ogc_png_free(uint8_t *buffer);

/// A layout's backdrop deflated once, in bands of rows, for ogc_png_encode_spliced.
typedef struct ogc_png_backdrop ogc_png_backdrop;

/// Deflates the backdrop `pixels` in bands of `band_rows` rows with `options`' filter and
/// strategy at zlib level `backdrop_level` (it is done once per layout, so it can be high). The
/// pixels are not kept: pass the same ones to every ogc_png_encode_spliced call.
/// Returns NULL on a bad argument or when memory runs out. Free with ogc_png_backdrop_free.
ogc_png_backdrop *ogc_png_backdrop_create(const uint8_t *pixels, int width, int height, int stride,
                                          ogc_png_options options, int band_rows, int backdrop_level);

/// Frees a backdrop from ogc_png_backdrop_create (NULL is ignored).
void ogc_png_backdrop_free(ogc_png_backdrop *backdrop);

/// Encodes a card drawn over `backdrop_pixels` (the pixels `backdrop` was created from, same size
/// and stride): bands whose rows equal the backdrop's reuse its deflated pieces, the others are
/// deflated with the backdrop's options (level, strategy, filter). The PNG decodes to exactly the
/// pixels ogc_png_encode_argb32 would write; its bytes depend only on the two images. A card that
/// is not opaque is encoded by ogc_png_encode_argb32. *reused_bands (may be NULL) gets the number
/// of bands taken from the backdrop.
int ogc_png_encode_spliced(const ogc_png_backdrop *backdrop, const uint8_t *backdrop_pixels, const uint8_t *pixels,
                           int width, int height, int stride, uint8_t **out, size_t *out_length,
                           int *reused_bands);

#endif
