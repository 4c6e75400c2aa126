// A small PNG writer for opaque (or RGBA) Cairo surfaces. libpng's writer and Cairo's
// cairo_surface_write_to_png spend most of their time in adaptive filtering and zlib level 6;
// for flat social cards a fixed filter with a fast zlib setting gives similar sizes in a
// fraction of the time. The settings are chosen by `ogcard bench` measurements (see README).
#include "ogc_png_encoder.h"

#include <stdlib.h>
#include <string.h>
#include <zlib.h>

typedef struct {
    uint8_t *data;
    size_t length;
    size_t capacity;
} byte_buffer;

static int buffer_reserve(byte_buffer *buffer, size_t extra) {
    if (buffer->length + extra <= buffer->capacity) return 1;
    size_t capacity = buffer->capacity ? buffer->capacity : 65536;
    while (capacity < buffer->length + extra) capacity *= 2;
    uint8_t *data = realloc(buffer->data, capacity);
    if (!data) return 0;
    buffer->data = data;
    buffer->capacity = capacity;
    return 1;
}

static void put_u32(uint8_t *p, uint32_t v) {
    p[0] = (uint8_t)(v >> 24); p[1] = (uint8_t)(v >> 16); p[2] = (uint8_t)(v >> 8); p[3] = (uint8_t)v;
}

/// Appends a chunk whose payload is already at buffer[payload_offset ...]; writes length and CRC.
static int finish_chunk(byte_buffer *buffer, size_t chunk_start) {
    size_t payload = buffer->length - chunk_start - 8;
    put_u32(buffer->data + chunk_start, (uint32_t)payload);
    uLong crc = crc32(0L, buffer->data + chunk_start + 4, (uInt)(payload + 4));
    if (!buffer_reserve(buffer, 4)) return 0;
    put_u32(buffer->data + buffer->length, (uint32_t)crc);
    buffer->length += 4;
    return 1;
}

static int begin_chunk(byte_buffer *buffer, const char type[4], size_t *chunk_start) {
    if (!buffer_reserve(buffer, 8)) return 0;
    *chunk_start = buffer->length;
    memcpy(buffer->data + buffer->length + 4, type, 4);
    buffer->length += 8;
    return 1;
}

static int image_is_opaque(const uint8_t *pixels, int width, int height, int stride) {
    for (int y = 0; y < height; y++) {
        const uint32_t *row = (const uint32_t *)(pixels + (size_t)y * stride);
        for (int x = 0; x < width; x++)
            if ((row[x] >> 24) != 0xff) return 0;
    }
    return 1;
}

/// Converts one Cairo row to PNG samples (RGB or straight-alpha RGBA).
static void convert_row(const uint32_t *row, int width, int opaque, uint8_t *out) {
    if (opaque) {
        for (int x = 0; x < width; x++) {
            uint32_t p = row[x];
            out[0] = (uint8_t)(p >> 16); out[1] = (uint8_t)(p >> 8); out[2] = (uint8_t)p;
            out += 3;
        }
        return;
    }
    for (int x = 0; x < width; x++) {
        uint32_t p = row[x];
        uint32_t a = p >> 24;
        if (a == 0) {
            out[0] = out[1] = out[2] = out[3] = 0;
        } else {
            out[0] = (uint8_t)((((p >> 16) & 0xff) * 255 + a / 2) / a);
            out[1] = (uint8_t)((((p >> 8) & 0xff) * 255 + a / 2) / a);
            out[2] = (uint8_t)(((p & 0xff) * 255 + a / 2) / a);
            out[3] = (uint8_t)a;
        }
        out += 4;
    }
}

static uint8_t paeth(uint8_t a, uint8_t b, uint8_t c) {
    int p = (int)a + (int)b - (int)c;
    int pa = abs(p - (int)a), pb = abs(p - (int)b), pc = abs(p - (int)c);
    if (pa <= pb && pa <= pc) return a;
    return pb <= pc ? b : c;
}

/// Applies `filter` to `cur` (with `prev` the previous unfiltered row, zeros for the first),
/// writing the filter byte and the filtered samples to `out`. Returns the sum of absolute
/// signed bytes, the usual heuristic for picking a filter.
static unsigned long apply_filter(int filter, const uint8_t *cur, const uint8_t *prev,
                                  size_t row_bytes, int bpp, uint8_t *out) {
    unsigned long sum = 0;
    out[0] = (uint8_t)filter;
    uint8_t *o = out + 1;
    for (size_t i = 0; i < row_bytes; i++) {
        uint8_t left = i >= (size_t)bpp ? cur[i - bpp] : 0;
        uint8_t up = prev[i];
        uint8_t upleft = i >= (size_t)bpp ? prev[i - bpp] : 0;
        uint8_t v;
        switch (filter) {
        case 1: v = (uint8_t)(cur[i] - left); break;
        case 2: v = (uint8_t)(cur[i] - up); break;
        case 3: v = (uint8_t)(cur[i] - ((left + up) >> 1)); break;
        case 4: v = (uint8_t)(cur[i] - paeth(left, up, upleft)); break;
        default: v = cur[i]; break;
        }
        o[i] = v;
        sum += v < 128 ? v : 256 - v;
    }
    return sum;
}

int ogc_png_encode_argb32(const uint8_t *pixels, int width, int height, int stride,
                          ogc_png_options options, uint8_t **out, size_t *out_length) {
    // A filter outside PNG's 0-4 (or 5, adaptive) would be written into every row as is, giving
    // a PNG no decoder reads; found by fuzzing (docs/reliability.md).
    if (!pixels || !out || !out_length || width <= 0 || height <= 0 || stride < width * 4
        || (unsigned)options.filter > OGC_PNG_FILTER_ADAPTIVE)
        return OGC_PNG_BAD_ARGUMENT;
    *out = NULL;
    *out_length = 0;

    int opaque = image_is_opaque(pixels, width, height, stride);
    int bpp = opaque ? 3 : 4;
    size_t row_bytes = (size_t)width * bpp;

    uint8_t *rows = calloc(2, row_bytes);          // previous + current unfiltered rows
    uint8_t *filtered = malloc(row_bytes + 1);
    uint8_t *candidate = malloc(row_bytes + 1);
    byte_buffer buffer = {0};
    int status = OGC_PNG_NO_MEMORY;
    z_stream stream;
    memset(&stream, 0, sizeof stream);
    int stream_ready = 0;
    if (!rows || !filtered || !candidate) goto done;

    static const uint8_t signature[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    if (!buffer_reserve(&buffer, 8 + 25 + (size_t)height * (row_bytes + 1) / 8)) goto done;
    memcpy(buffer.data, signature, 8);
    buffer.length = 8;

    size_t chunk;
    if (!begin_chunk(&buffer, "IHDR", &chunk) || !buffer_reserve(&buffer, 13)) goto done;
    uint8_t *ihdr = buffer.data + buffer.length;
    put_u32(ihdr, (uint32_t)width);
    put_u32(ihdr + 4, (uint32_t)height);
    ihdr[8] = 8;                  // bit depth
    ihdr[9] = opaque ? 2 : 6;     // colour type: RGB or RGBA
    ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
    buffer.length += 13;
    if (!finish_chunk(&buffer, chunk)) goto done;

    if (!begin_chunk(&buffer, "IDAT", &chunk)) goto done;
    if (deflateInit2(&stream, options.level, Z_DEFLATED, 15, 8, options.strategy) != Z_OK) {
        status = OGC_PNG_ZLIB_ERROR;
        goto done;
    }
    stream_ready = 1;

    for (int y = 0; y < height; y++) {
        uint8_t *prev = rows + (size_t)(y & 1) * row_bytes;
        uint8_t *cur = rows + (size_t)((y + 1) & 1) * row_bytes;
        convert_row((const uint32_t *)(pixels + (size_t)y * stride), width, opaque, cur);
        if (options.filter == OGC_PNG_FILTER_ADAPTIVE) {
            static const int choices[] = {0, 1, 2, 4};
            unsigned long best = (unsigned long)-1;
            for (int i = 0; i < 4; i++) {
                unsigned long sum = apply_filter(choices[i], cur, prev, row_bytes, bpp, candidate);
                if (sum < best) {
                    best = sum;
                    uint8_t *swap = filtered; filtered = candidate; candidate = swap;
                }
            }
        } else {
            apply_filter((int)options.filter, cur, prev, row_bytes, bpp, filtered);
        }
        stream.next_in = filtered;
        stream.avail_in = (uInt)(row_bytes + 1);
        int flush = y == height - 1 ? Z_FINISH : Z_NO_FLUSH;
        int result;
        do {
            size_t want = deflateBound(&stream, stream.avail_in) + 64;
            if (!buffer_reserve(&buffer, want)) goto done;
            stream.next_out = buffer.data + buffer.length;
            stream.avail_out = (uInt)(buffer.capacity - buffer.length);
            result = deflate(&stream, flush);
            buffer.length = buffer.capacity - stream.avail_out;
            if (result == Z_STREAM_ERROR) { status = OGC_PNG_ZLIB_ERROR; goto done; }
        } while (stream.avail_in > 0 || (flush == Z_FINISH && result != Z_STREAM_END));
    }
    if (!finish_chunk(&buffer, chunk)) goto done;

    if (!begin_chunk(&buffer, "IEND", &chunk) || !finish_chunk(&buffer, chunk)) goto done;

    *out = buffer.data;
    *out_length = buffer.length;
    buffer.data = NULL;
    status = OGC_PNG_OK;

done:
    if (stream_ready) deflateEnd(&stream);
    free(buffer.data);
    free(rows);
    free(filtered);
    free(candidate);
    return status;
}

void ogc_png_free(uint8_t *buffer) { free(buffer); }
