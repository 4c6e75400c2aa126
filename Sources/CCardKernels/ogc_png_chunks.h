// What the PNG writers in this folder share: a growing byte buffer and PNG chunk framing.
// Internal to CCardKernels (not in include/).
#ifndef OGC_PNG_CHUNKS_H
#define OGC_PNG_CHUNKS_H

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "ogc_png_encoder.h"

typedef struct {
    uint8_t *data;
    size_t length;
    size_t capacity;
} ogc_byte_buffer;

static inline int ogc_buffer_reserve(ogc_byte_buffer *buffer, size_t extra) {
    if (buffer->length + extra <= buffer->capacity) return 1;
    size_t capacity = buffer->capacity ? buffer->capacity : 65536;
    while (capacity < buffer->length + extra) capacity *= 2;
    uint8_t *data = realloc(buffer->data, capacity);
    if (!data) return 0;
    buffer->data = data;
    buffer->capacity = capacity;
    return 1;
}

static inline void ogc_put_u32(uint8_t *p, uint32_t v) {
    p[0] = (uint8_t)(v >> 24); p[1] = (uint8_t)(v >> 16); p[2] = (uint8_t)(v >> 8); p[3] = (uint8_t)v;
}

/// Starts a chunk of `type`: room for its length, then the type; *chunk_start is where it begins.
static inline int ogc_begin_chunk(ogc_byte_buffer *buffer, const char type[4], size_t *chunk_start) {
    if (!ogc_buffer_reserve(buffer, 8)) return 0;
    *chunk_start = buffer->length;
    memcpy(buffer->data + buffer->length + 4, type, 4);
    buffer->length += 8;
    return 1;
}

/// Ends the chunk begun at chunk_start (its payload is what follows the type): length and CRC.
static inline int ogc_finish_chunk(ogc_byte_buffer *buffer, size_t chunk_start) {
    size_t payload = buffer->length - chunk_start - 8;
    ogc_put_u32(buffer->data + chunk_start, (uint32_t)payload);
    uLong crc = crc32(0L, buffer->data + chunk_start + 4, (uInt)(payload + 4));
    if (!ogc_buffer_reserve(buffer, 4)) return 0;
    ogc_put_u32(buffer->data + buffer->length, (uint32_t)crc);
    buffer->length += 4;
    return 1;
}

/// Writes the PNG signature and the IHDR chunk (no interlace) to an empty buffer.
static inline int ogc_png_begin(ogc_byte_buffer *buffer, int width, int height, int depth, int colour_type) {
    static const uint8_t signature[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    if (!ogc_buffer_reserve(buffer, 8)) return 0;
    memcpy(buffer->data, signature, 8);
    buffer->length = 8;
    size_t chunk;
    if (!ogc_begin_chunk(buffer, "IHDR", &chunk) || !ogc_buffer_reserve(buffer, 13)) return 0;
    uint8_t *ihdr = buffer->data + buffer->length;
    ogc_put_u32(ihdr, (uint32_t)width);
    ogc_put_u32(ihdr + 4, (uint32_t)height);
    ihdr[8] = (uint8_t)depth;
    ihdr[9] = (uint8_t)colour_type;
    ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
    buffer->length += 13;
    return ogc_finish_chunk(buffer, chunk);
}

/// Deflates all of `stream`'s pending input onto the end of `buffer` with `flush`, growing the
/// buffer as it goes: until the input is used, deflate left room in the output (nothing is held
/// back) and, for Z_FINISH, the stream has ended. OGC_PNG_OK, OGC_PNG_NO_MEMORY or
/// OGC_PNG_ZLIB_ERROR.
static inline int ogc_deflate_into(ogc_byte_buffer *buffer, z_stream *stream, int flush) {
    int result;
    do {
        if (!ogc_buffer_reserve(buffer, deflateBound(stream, stream->avail_in) + 64)) return OGC_PNG_NO_MEMORY;
        stream->next_out = buffer->data + buffer->length;
        stream->avail_out = (uInt)(buffer->capacity - buffer->length);
        result = deflate(stream, flush);
        buffer->length = buffer->capacity - stream->avail_out;
        if (result == Z_STREAM_ERROR) return OGC_PNG_ZLIB_ERROR;
    } while (stream->avail_in > 0 || stream->avail_out == 0 || (flush == Z_FINISH && result != Z_STREAM_END));
    return OGC_PNG_OK;
}

#endif
