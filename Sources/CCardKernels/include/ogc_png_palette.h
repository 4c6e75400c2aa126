#ifndef OGC_PNG_PALETTE_H
#define OGC_PNG_PALETTE_H

#include "ogc_png_encoder.h"

/// Encodes an opaque Cairo ARGB32 image with at most 256 colours as an indexed PNG (palette
/// sorted by colour; 1, 2, 4 or 8 bits an index), losslessly, at zlib `level`.
/// Returns OGC_PNG_TOO_MANY_COLOURS, writing nothing, when the image has more colours or a
/// pixel that is not opaque. On success *out is freed with ogc_png_free.
int ogc_png_encode_palette(const uint8_t *pixels, int width, int height, int stride, int level, uint8_t **out,
                           size_t *out_length);

/// Encodes an opaque Cairo ARGB32 image as an indexed PNG of at most `colours` (2–256) colours
/// chosen by median cut, without dithering (lossy, deterministic). Returns
/// OGC_PNG_TOO_MANY_COLOURS for an image with a pixel that is not opaque.
int ogc_png_encode_quantized(const uint8_t *pixels, int width, int height, int stride, int colours, int level,
                             uint8_t **out, size_t *out_length);

#endif
