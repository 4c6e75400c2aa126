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
    OGC_PNG_ZLIB_ERROR = 3
};

/// Encodes a Cairo ARGB32 image (premultiplied, native-endian 32-bit pixels) as a PNG.
/// Writes 8-bit RGB when every pixel is opaque, else 8-bit RGBA (un-premultiplied).
/// No ancillary chunks (no time, no gamma), so equal pixels give equal bytes.
/// On success *out is a malloc'd buffer the caller frees with ogc_png_free.
int ogc_png_encode_argb32(const uint8_t *pixels, int width, int height, int stride,
                          ogc_png_options options, uint8_t **out, size_t *out_length);

/// Frees a buffer returned by ogc_png_encode_argb32.
void ogc_png_free(uint8_t *buffer);

#endif
