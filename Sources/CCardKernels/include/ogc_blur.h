#ifndef OGC_BLUR_H
#define OGC_BLUR_H

#include <stdint.h>

/// Blurs an 8-bit alpha image in place with three box blurs per axis, which approximate a
/// Gaussian of standard deviation `sigma` (the CSS box-shadow blur is 2 sigma).
/// Returns 0 on success, 1 when memory runs out.
int ogc_blur_a8(uint8_t *pixels, int width, int height, int stride, double sigma);

#endif
