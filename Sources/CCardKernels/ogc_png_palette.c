// Palette PNGs for cards over their size budget (issue 15): an exact palette when the card has at
// most 256 colours (lossless), else a median-cut quantisation to 256 colours (lossy). Both are
// deterministic: the palette and the indices depend only on the pixels, never on memory
// addresses or hash order.
#include "ogc_png_palette.h"
#include "ogc_png_chunks.h"

#include <stdlib.h>
#include <string.h>
#include <zlib.h>

/// Writes an 8-bit-index image with `palette` (0x00RRGGBB entries) as a PNG, packing the indices
/// to 1, 2 or 4 bits when the palette is that small.
static int write_palette_png(const uint8_t *indices, int width, int height, const uint32_t *palette, int count,
                             int level, uint8_t **out, size_t *out_length) {
    int depth = count <= 2 ? 1 : count <= 4 ? 2 : count <= 16 ? 4 : 8;
    size_t row_bytes = ((size_t)width * depth + 7) / 8;
    ogc_byte_buffer buffer = {0};
    uint8_t *row = malloc(row_bytes + 1);
    int status = OGC_PNG_NO_MEMORY;
    z_stream stream;
    memset(&stream, 0, sizeof stream);
    int stream_ready = 0;
    if (!row) goto done;
    if (!ogc_png_begin(&buffer, width, height, depth, 3)) goto done;
    size_t chunk;
    if (!ogc_begin_chunk(&buffer, "PLTE", &chunk) || !ogc_buffer_reserve(&buffer, (size_t)count * 3)) goto done;
    for (int i = 0; i < count; i++) {
        buffer.data[buffer.length++] = (uint8_t)(palette[i] >> 16);
        buffer.data[buffer.length++] = (uint8_t)(palette[i] >> 8);
        buffer.data[buffer.length++] = (uint8_t)palette[i];
    }
    if (!ogc_finish_chunk(&buffer, chunk)) goto done;
    if (!ogc_begin_chunk(&buffer, "IDAT", &chunk)) goto done;
    if (deflateInit2(&stream, level, Z_DEFLATED, 15, 9, Z_DEFAULT_STRATEGY) != Z_OK) {
        status = OGC_PNG_ZLIB_ERROR;
        goto done;
    }
    stream_ready = 1;
    for (int y = 0; y < height; y++) {
        const uint8_t *source = indices + (size_t)y * width;
        row[0] = 0;   // filter none: on indices, differences mean nothing
        if (depth == 8) {
            memcpy(row + 1, source, (size_t)width);
        } else {
            memset(row + 1, 0, row_bytes);
            int per_byte = 8 / depth;
            for (int x = 0; x < width; x++)
                row[1 + x / per_byte] |= (uint8_t)(source[x] << (8 - depth * (x % per_byte + 1)));
        }
        stream.next_in = row;
        stream.avail_in = (uInt)(row_bytes + 1);
        int flush = y == height - 1 ? Z_FINISH : Z_NO_FLUSH;
        int deflated = ogc_deflate_into(&buffer, &stream, flush);
        if (deflated != OGC_PNG_OK) { status = deflated; goto done; }
    }
    if (!ogc_finish_chunk(&buffer, chunk)) goto done;
    if (!ogc_begin_chunk(&buffer, "IEND", &chunk) || !ogc_finish_chunk(&buffer, chunk)) goto done;
    *out = buffer.data;
    *out_length = buffer.length;
    buffer.data = NULL;
    status = OGC_PNG_OK;
done:
    if (stream_ready) deflateEnd(&stream);
    free(buffer.data);
    free(row);
    return status;
}

static int compare_colours(const void *a, const void *b) {
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return x < y ? -1 : x > y;
}

int ogc_png_encode_palette(const uint8_t *pixels, int width, int height, int stride, int level, uint8_t **out,
                           size_t *out_length) {
    if (!pixels || !out || !out_length || width <= 0 || height <= 0 || stride < width * 4 || level < 0 || level > 9)
        return OGC_PNG_BAD_ARGUMENT;
    *out = NULL;
    *out_length = 0;
    // Open addressing over 1024 slots holds 256 colours at a quarter load; slot value 0 is empty,
    // so keys are the colour with bit 24 set.
    enum { SLOTS = 1024 };
    uint32_t keys[SLOTS] = {0};
    uint8_t values[SLOTS];
    uint32_t colours[256];
    int count = 0;
    for (int y = 0; y < height; y++) {
        const uint32_t *row = (const uint32_t *)(pixels + (size_t)y * stride);
        uint32_t last = 0;
        for (int x = 0; x < width; x++) {
            uint32_t p = row[x];
            if ((p >> 24) != 0xff) return OGC_PNG_TOO_MANY_COLOURS;   // opaque cards only
            uint32_t key = (p & 0xffffff) | 0x1000000;
            if (key == last) continue;
            last = key;
            uint32_t slot = (key * 2654435761u) >> 22;
            while (keys[slot] && keys[slot] != key) slot = (slot + 1) & (SLOTS - 1);
            if (keys[slot]) continue;
            if (count == 256) return OGC_PNG_TOO_MANY_COLOURS;
            keys[slot] = key;
            colours[count++] = key & 0xffffff;
        }
    }
    // Sorted colours make the palette independent of where each colour first appears.
    qsort(colours, (size_t)count, sizeof colours[0], compare_colours);
    for (int i = 0; i < count; i++) {
        uint32_t key = colours[i] | 0x1000000;
        uint32_t slot = (key * 2654435761u) >> 22;
        while (keys[slot] != key) slot = (slot + 1) & (SLOTS - 1);
        values[slot] = (uint8_t)i;
    }
    uint8_t *indices = malloc((size_t)width * height);
    if (!indices) return OGC_PNG_NO_MEMORY;
    for (int y = 0; y < height; y++) {
        const uint32_t *row = (const uint32_t *)(pixels + (size_t)y * stride);
        for (int x = 0; x < width; x++) {
            uint32_t key = (row[x] & 0xffffff) | 0x1000000;
            uint32_t slot = (key * 2654435761u) >> 22;
            while (keys[slot] != key) slot = (slot + 1) & (SLOTS - 1);
            indices[(size_t)y * width + x] = values[slot];
        }
    }
    int status = write_palette_png(indices, width, height, colours, count, level, out, out_length);
    free(indices);
    return status;
}

// Median cut over a 15-bit (5 bits per channel) histogram: boxes of histogram cells are split at
// their population median along their longest side until there are `colours` boxes; each box's
// colour is the mean of the exact pixels in it, so a flat background keeps its exact colour.

enum { CELLS = 32768 };

typedef struct {
    uint32_t count;
    uint64_t red, green, blue;   // sums of the exact channel values
} cell;

typedef struct {
    int low[3], high[3];   // inclusive cell ranges per channel (r, g, b)
    uint64_t count;
} box;

static int cell_index(int r, int g, int b) { return (r << 10) | (g << 5) | b; }

/// Shrinks `b` to the cells that hold pixels and counts them.
static void fit_box(box *b, const cell *cells) {
    int low[3] = {31, 31, 31}, high[3] = {0, 0, 0};
    uint64_t count = 0;
    for (int r = b->low[0]; r <= b->high[0]; r++)
        for (int g = b->low[1]; g <= b->high[1]; g++)
            for (int bl = b->low[2]; bl <= b->high[2]; bl++) {
                uint32_t n = cells[cell_index(r, g, bl)].count;
                if (!n) continue;
                count += n;
                int v[3] = {r, g, bl};
                for (int c = 0; c < 3; c++) {
                    if (v[c] < low[c]) low[c] = v[c];
                    if (v[c] > high[c]) high[c] = v[c];
                }
            }
    b->count = count;
    if (count) {
        memcpy(b->low, low, sizeof low);
        memcpy(b->high, high, sizeof high);
    }
}

int ogc_png_encode_quantized(const uint8_t *pixels, int width, int height, int stride, int colours, int level,
                             uint8_t **out, size_t *out_length) {
    if (!pixels || !out || !out_length || width <= 0 || height <= 0 || stride < width * 4 || colours < 2
        || colours > 256 || level < 0 || level > 9)
        return OGC_PNG_BAD_ARGUMENT;
    *out = NULL;
    *out_length = 0;
    cell *cells = calloc(CELLS, sizeof *cells);
    uint8_t *cell_box = malloc(CELLS);
    uint8_t *indices = malloc((size_t)width * height);
    box *boxes = calloc((size_t)colours, sizeof *boxes);
    int status = OGC_PNG_NO_MEMORY;
    if (!cells || !cell_box || !indices || !boxes) goto done;
    for (int y = 0; y < height; y++) {
        const uint32_t *row = (const uint32_t *)(pixels + (size_t)y * stride);
        for (int x = 0; x < width; x++) {
            uint32_t p = row[x];
            if ((p >> 24) != 0xff) { status = OGC_PNG_TOO_MANY_COLOURS; goto done; }
            int r = (p >> 16) & 0xff, g = (p >> 8) & 0xff, b = p & 0xff;
            cell *c = &cells[cell_index(r >> 3, g >> 3, b >> 3)];
            c->count++;
            c->red += (uint64_t)r;
            c->green += (uint64_t)g;
            c->blue += (uint64_t)b;
        }
    }
    int count = 1;
    boxes[0] = (box){{0, 0, 0}, {31, 31, 31}, 0};
    fit_box(&boxes[0], cells);
    while (count < colours) {
        // The box to split: most pixels times longest side (a box of one cell cannot split).
        int best = -1;
        uint64_t best_score = 0;
        for (int i = 0; i < count; i++) {
            int side = 0;
            for (int c = 0; c < 3; c++)
                if (boxes[i].high[c] - boxes[i].low[c] > side) side = boxes[i].high[c] - boxes[i].low[c];
            uint64_t score = boxes[i].count * (uint64_t)side;
            if (score > best_score) { best_score = score; best = i; }
        }
        if (best < 0) break;
        box *b = &boxes[best];
        int axis = 0;
        for (int c = 1; c < 3; c++)
            if (b->high[c] - b->low[c] > b->high[axis] - b->low[axis]) axis = c;
        // Population per slice along the axis, then the slice where half the pixels are reached.
        uint64_t slices[32] = {0};
        for (int r = b->low[0]; r <= b->high[0]; r++)
            for (int g = b->low[1]; g <= b->high[1]; g++)
                for (int bl = b->low[2]; bl <= b->high[2]; bl++) {
                    int v[3] = {r, g, bl};
                    slices[v[axis]] += cells[cell_index(r, g, bl)].count;
                }
        uint64_t running = 0;
        int split = b->low[axis];
        for (int v = b->low[axis]; v < b->high[axis]; v++) {
            running += slices[v];
            split = v;
            if (running * 2 >= b->count) break;
        }
        box upper = *b;
        b->high[axis] = split;
        upper.low[axis] = split + 1;
        fit_box(b, cells);
        fit_box(&upper, cells);
        boxes[count++] = upper;
    }
    uint32_t palette[256];
    for (int i = 0; i < count; i++) {
        uint64_t n = 0, r = 0, g = 0, bl = 0;
        for (int cr = boxes[i].low[0]; cr <= boxes[i].high[0]; cr++)
            for (int cg = boxes[i].low[1]; cg <= boxes[i].high[1]; cg++)
                for (int cb = boxes[i].low[2]; cb <= boxes[i].high[2]; cb++) {
                    const cell *c = &cells[cell_index(cr, cg, cb)];
                    if (!c->count) continue;
                    cell_box[cell_index(cr, cg, cb)] = (uint8_t)i;
                    n += c->count; r += c->red; g += c->green; bl += c->blue;
                }
        palette[i] = n ? (uint32_t)(((r + n / 2) / n) << 16 | ((g + n / 2) / n) << 8 | ((bl + n / 2) / n)) : 0;
    }
    for (int y = 0; y < height; y++) {
        const uint32_t *row = (const uint32_t *)(pixels + (size_t)y * stride);
        for (int x = 0; x < width; x++) {
            uint32_t p = row[x];
            indices[(size_t)y * width + x] =
                cell_box[cell_index((p >> 19) & 31, (p >> 11) & 31, (p >> 3) & 31)];
        }
    }
    status = write_palette_png(indices, width, height, palette, count, level, out, out_length);
done:
    free(cells);
    free(cell_box);
    free(indices);
    free(boxes);
    return status;
}
