// Gaussian blur approximated by three successive box blurs (W3C/Kovesi "boxes for Gauss"),
// used for CSS-style drop shadows. Integer arithmetic only, so results are the same on every
// machine.
#include "ogc_blur.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static void box_sizes(double sigma, int sizes[3]) {
    double ideal = sqrt(12.0 * sigma * sigma / 3.0 + 1.0);
    int lower = (int)floor(ideal);
    if (lower % 2 == 0) lower--;
    int upper = lower + 2;
    double m_ideal = (12.0 * sigma * sigma - 3.0 * lower * lower - 12.0 * lower - 9.0) / (-4.0 * lower - 4.0);
    int m = (int)lround(m_ideal);
    for (int i = 0; i < 3; i++) sizes[i] = i < m ? lower : upper;
}

/// One box blur of radius r along a line of n samples spaced `step` apart; edges are zero.
static void blur_line(uint8_t *line, int n, int step, int r, uint8_t *scratch) {
    for (int i = 0; i < n; i++) scratch[i] = line[(size_t)i * step];
    int width = 2 * r + 1;
    long sum = 0;
    for (int i = 0; i <= r && i < n; i++) sum += scratch[i];
    for (int i = 0; i < n; i++) {
        line[(size_t)i * step] = (uint8_t)((sum + width / 2) / width);
        int add = i + r + 1, remove = i - r;
        if (add < n) sum += scratch[add];
        if (remove >= 0) sum -= scratch[remove];
    }
}

int ogc_blur_a8(uint8_t *pixels, int width, int height, int stride, double sigma) {
    if (sigma <= 0) return 0;
    int sizes[3];
    box_sizes(sigma, sizes);
    uint8_t *scratch = malloc((size_t)(width > height ? width : height));
    if (!scratch) return 1;
    for (int pass = 0; pass < 3; pass++) {
        int r = (sizes[pass] - 1) / 2;
        for (int y = 0; y < height; y++) blur_line(pixels + (size_t)y * stride, width, 1, r, scratch);
        for (int x = 0; x < width; x++) blur_line(pixels + x, height, stride, r, scratch);
    }
    free(scratch);
    return 0;
}
