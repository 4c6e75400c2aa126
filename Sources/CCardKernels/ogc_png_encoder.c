// A small PNG writer for opaque (or RGBA) Cairo surfaces. libpng's writer and Cairo's
// cairo_surface_write_to_png spend most of their time in adaptive filtering and zlib level 6;
// for flat social cards a fixed filter with a fast zlib setting gives similar sizes in a
// fraction of the time. The settings are chosen by `ogcard bench` measurements (see README).
#include "ogc_png_encoder.h"

#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "ogc_png_chunks.h"

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
    ogc_byte_buffer buffer = {0};
    int status = OGC_PNG_NO_MEMORY;
    z_stream stream;
    memset(&stream, 0, sizeof stream);
    int stream_ready = 0;
    if (!rows || !filtered || !candidate) goto done;

    static const uint8_t signature[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    if (!ogc_buffer_reserve(&buffer, 8 + 25 + (size_t)height * (row_bytes + 1) / 8)) goto done;
    memcpy(buffer.data, signature, 8);
    buffer.length = 8;

    size_t chunk;
    if (!ogc_begin_chunk(&buffer, "IHDR", &chunk) || !ogc_buffer_reserve(&buffer, 13)) goto done;
    uint8_t *ihdr = buffer.data + buffer.length;
    ogc_put_u32(ihdr, (uint32_t)width);
    ogc_put_u32(ihdr + 4, (uint32_t)height);
    ihdr[8] = 8;                  // bit depth
    ihdr[9] = opaque ? 2 : 6;     // colour type: RGB or RGBA
    ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
    buffer.length += 13;
    if (!ogc_finish_chunk(&buffer, chunk)) goto done;

    if (!ogc_begin_chunk(&buffer, "IDAT", &chunk)) goto done;
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
    free(rows);
    free(filtered);
    free(candidate);
    return status;
}

void ogc_png_free(uint8_t *buffer) { free(buffer); }

// ---------------------------------------------------------------------------------------------
// Spliced encoding. Most rows of a card are the layout's cached backdrop, so the backdrop's row
// bands are deflated once (as raw deflate pieces that each start from an empty window and end
// byte-aligned with a sync flush) and a card only deflates the bands where its rows differ. The
// pieces are joined, a final empty block ends the stream, and the zlib checksum is combined with
// adler32_combine from per-piece checksums instead of re-reading the rows. A piece's bytes depend
// only on its rows' samples, so the output is a function of the pixels (and the backdrop's).

struct ogc_png_backdrop {
    int width, height, band_rows, band_count;
    ogc_png_options options;
    int opaque;
    uint8_t **pieces;       // deflated band i (raw deflate, sync-flushed)
    size_t *piece_lengths;
    uLong *piece_adlers;    // adler32 of band i's filtered rows
    uLong *piece_crcs;      // crc32 of the piece's bytes, for crc32_combine
};

/// Deflates the filtered rows [first, end) of `pixels` (raw deflate, fresh stream, ends with a
/// sync flush) onto `buffer`; returns the adler32 of the filtered rows in *adler.
static int deflate_rows(const uint8_t *pixels, int width, int stride, int first, int end, int level, int strategy,
                        int filter, uint8_t *rows, uint8_t *filtered, uint8_t *candidate, ogc_byte_buffer *buffer,
                        uLong *adler) {
    size_t row_bytes = (size_t)width * 3;
    z_stream stream;
    memset(&stream, 0, sizeof stream);
    if (deflateInit2(&stream, level, Z_DEFLATED, -15, 8, strategy) != Z_OK) return OGC_PNG_ZLIB_ERROR;
    int status = OGC_PNG_OK;
    uLong sum = adler32(0L, Z_NULL, 0);
    // The previous row feeds the filters (zeros above the first row of the image).
    uint8_t *prev = rows, *cur = rows + row_bytes;
    if (first > 0 && filter != OGC_PNG_FILTER_NONE)
        convert_row((const uint32_t *)(pixels + (size_t)(first - 1) * stride), width, 1, prev);
    else
        memset(prev, 0, row_bytes);
    for (int y = first; y < end; y++) {
        const uint32_t *source = (const uint32_t *)(pixels + (size_t)y * stride);
        if (filter == OGC_PNG_FILTER_NONE) {
            // The default: samples go straight after the filter byte, no second pass over the row.
            filtered[0] = 0;
            convert_row(source, width, 1, filtered + 1);
        } else if (filter == OGC_PNG_FILTER_ADAPTIVE) {
            convert_row(source, width, 1, cur);
            static const int choices[] = {0, 1, 2, 4};
            unsigned long best = (unsigned long)-1;
            for (int i = 0; i < 4; i++) {
                unsigned long s = apply_filter(choices[i], cur, prev, row_bytes, 3, candidate);
                if (s < best) {
                    best = s;
                    uint8_t *swap = filtered; filtered = candidate; candidate = swap;
                }
            }
        } else {
            convert_row(source, width, 1, cur);
            apply_filter(filter, cur, prev, row_bytes, 3, filtered);
        }
        sum = adler32(sum, filtered, (uInt)(row_bytes + 1));
        stream.next_in = filtered;
        stream.avail_in = (uInt)(row_bytes + 1);
        int flush = y == end - 1 ? Z_SYNC_FLUSH : Z_NO_FLUSH;
        status = ogc_deflate_into(buffer, &stream, flush);
        if (status != OGC_PNG_OK) goto done;
        uint8_t *swap = prev; prev = cur; cur = swap;
    }
    *adler = sum;
done:
    deflateEnd(&stream);
    return status;
}

ogc_png_backdrop *ogc_png_backdrop_create(const uint8_t *pixels, int width, int height, int stride,
                                          ogc_png_options options, int band_rows, int backdrop_level) {
    if (!pixels || width <= 0 || height <= 0 || stride < width * 4 || band_rows <= 0
        || (unsigned)options.filter > OGC_PNG_FILTER_ADAPTIVE || backdrop_level < 0 || backdrop_level > 9)
        return NULL;
    ogc_png_backdrop *backdrop = calloc(1, sizeof *backdrop);
    if (!backdrop) return NULL;
    backdrop->width = width;
    backdrop->height = height;
    backdrop->band_rows = band_rows;
    backdrop->band_count = (height + band_rows - 1) / band_rows;
    backdrop->options = options;
    backdrop->opaque = image_is_opaque(pixels, width, height, stride);
    if (!backdrop->opaque) return backdrop;   // spliced encoding writes RGB only
    int count = backdrop->band_count;
    backdrop->pieces = calloc((size_t)count, sizeof *backdrop->pieces);
    backdrop->piece_lengths = calloc((size_t)count, sizeof *backdrop->piece_lengths);
    backdrop->piece_adlers = calloc((size_t)count, sizeof *backdrop->piece_adlers);
    backdrop->piece_crcs = calloc((size_t)count, sizeof *backdrop->piece_crcs);
    size_t row_bytes = (size_t)width * 3;
    uint8_t *rows = calloc(2, row_bytes);
    uint8_t *filtered = malloc(row_bytes + 1), *candidate = malloc(row_bytes + 1);
    int ok = backdrop->pieces && backdrop->piece_lengths && backdrop->piece_adlers && backdrop->piece_crcs && rows
        && filtered && candidate;
    for (int band = 0; ok && band < count; band++) {
        int first = band * band_rows, end = first + band_rows < height ? first + band_rows : height;
        ogc_byte_buffer piece = {0};
        // Deflated once per layout, so it can afford zlib's best level: the backdrop is most of
        // every card's bytes.
        ok = deflate_rows(pixels, width, stride, first, end, backdrop_level, options.strategy, (int)options.filter,
                          rows, filtered, candidate, &piece, &backdrop->piece_adlers[band]) == OGC_PNG_OK;
        backdrop->pieces[band] = piece.data;
        backdrop->piece_lengths[band] = piece.length;
        if (ok) backdrop->piece_crcs[band] = crc32(0L, piece.data, (uInt)piece.length);
    }
    free(rows);
    free(filtered);
    free(candidate);
    if (!ok) {
        ogc_png_backdrop_free(backdrop);
        return NULL;
    }
    return backdrop;
}

void ogc_png_backdrop_free(ogc_png_backdrop *backdrop) {
    if (!backdrop) return;
    if (backdrop->pieces)
        for (int i = 0; i < backdrop->band_count; i++) free(backdrop->pieces[i]);
    free(backdrop->pieces);
    free(backdrop->piece_lengths);
    free(backdrop->piece_adlers);
    free(backdrop->piece_crcs);
    free(backdrop);
}

/// Whether row y of the card has the backdrop's pixels.
static int row_matches(const uint8_t *pixels, const uint8_t *backdrop, int width, int stride, int y) {
    return memcmp(pixels + (size_t)y * stride, backdrop + (size_t)y * stride, (size_t)width * 4) == 0;
}

int ogc_png_encode_spliced(const ogc_png_backdrop *backdrop, const uint8_t *backdrop_pixels, const uint8_t *pixels,
                           int width, int height, int stride, uint8_t **out, size_t *out_length,
                           int *reused_bands) {
    if (!backdrop || !backdrop_pixels || !pixels || !out || !out_length || width != backdrop->width
        || height != backdrop->height || stride < width * 4)
        return OGC_PNG_BAD_ARGUMENT;
    if (reused_bands) *reused_bands = 0;
    // A transparent backdrop: the plain encoder writes RGBA.
    if (!backdrop->opaque)
        return ogc_png_encode_argb32(pixels, width, height, stride, backdrop->options, out, out_length);
    *out = NULL;
    *out_length = 0;

    int bands = backdrop->band_count, band_rows = backdrop->band_rows;
    int filter = (int)backdrop->options.filter;
    size_t row_bytes = (size_t)width * 3;
    // A band can be reused when its rows (and, for filters that look up, the row above it) are
    // the backdrop's.
    char *reuse = malloc((size_t)bands);
    uint8_t *rows = calloc(2, row_bytes);
    uint8_t *filtered = malloc(row_bytes + 1), *candidate = malloc(row_bytes + 1);
    ogc_byte_buffer buffer = {0};
    int status = OGC_PNG_NO_MEMORY;
    if (!reuse || !rows || !filtered || !candidate) goto done;
    int previous_matches = 1;
    for (int band = 0; band < bands; band++) {
        int first = band * band_rows, end = first + band_rows < height ? first + band_rows : height;
        int same = filter == OGC_PNG_FILTER_NONE || first == 0 || previous_matches;
        for (int y = first; same && y < end; y++) same = row_matches(pixels, backdrop_pixels, width, stride, y);
        reuse[band] = (char)same;
        // The last row of this band, for the next band's filters.
        previous_matches = same || row_matches(pixels, backdrop_pixels, width, stride, end - 1);
    }
    // Reused rows are the (opaque) backdrop's; a card with a transparent pixel elsewhere is RGBA.
    for (int band = 0; band < bands; band++) {
        int first = band * band_rows, end = first + band_rows < height ? first + band_rows : height;
        if (!reuse[band] && !image_is_opaque(pixels + (size_t)first * stride, width, end - first, stride)) {
            free(reuse);
            free(rows);
            free(filtered);
            free(candidate);
            return ogc_png_encode_argb32(pixels, width, height, stride, backdrop->options, out, out_length);
        }
    }

    if (!ogc_buffer_reserve(&buffer, 65536) || !ogc_png_begin(&buffer, width, height, 8, 2)) goto done;
    size_t chunk;
    if (!ogc_begin_chunk(&buffer, "IDAT", &chunk) || !ogc_buffer_reserve(&buffer, 2)) goto done;
    // zlib header: deflate, 32 KB window, no dictionary, level bits "default"; 0x789c % 31 == 0.
    buffer.data[buffer.length++] = 0x78;
    buffer.data[buffer.length++] = 0x9c;
    uLong crc = crc32(0L, buffer.data + chunk + 4, (uInt)(buffer.length - chunk - 4));
    size_t crc_done = buffer.length;   // bytes up to here are in `crc`
    uLong adler = adler32(0L, Z_NULL, 0);
    int reused = 0;
    for (int band = 0; band < bands;) {
        int first = band * band_rows;
        if (reuse[band]) {
            size_t length = backdrop->piece_lengths[band];
            if (!ogc_buffer_reserve(&buffer, length)) goto done;
            memcpy(buffer.data + buffer.length, backdrop->pieces[band], length);
            buffer.length += length;
            crc = crc32_combine(crc, backdrop->piece_crcs[band], (z_off_t)length);
            crc_done = buffer.length;
            int end = first + band_rows < height ? first + band_rows : height;
            adler = adler32_combine(adler, backdrop->piece_adlers[band], (z_off_t)((size_t)(end - first) * (row_bytes + 1)));
            reused++;
            band++;
            continue;
        }
        // Neighbouring changed bands are one piece: fewer flushes, and matches across them.
        int last = band;
        while (last + 1 < bands && !reuse[last + 1]) last++;
        int end = (last + 1) * band_rows < height ? (last + 1) * band_rows : height;
        uLong piece_adler;
        status = deflate_rows(pixels, width, stride, first, end, backdrop->options.level, backdrop->options.strategy,
                              filter, rows, filtered, candidate, &buffer, &piece_adler);
        if (status != OGC_PNG_OK) goto done;
        status = OGC_PNG_NO_MEMORY;
        crc = crc32(crc, buffer.data + crc_done, (uInt)(buffer.length - crc_done));
        crc_done = buffer.length;
        adler = adler32_combine(adler, piece_adler, (z_off_t)((size_t)(end - first) * (row_bytes + 1)));
        band = last + 1;
    }
    // The last block: empty, final, fixed Huffman (BFINAL=1, BTYPE=01, end-of-block code 0000000),
    // then the adler32 of all the filtered rows.
    if (!ogc_buffer_reserve(&buffer, 6 + 4)) goto done;
    buffer.data[buffer.length++] = 0x03;
    buffer.data[buffer.length++] = 0x00;
    ogc_put_u32(buffer.data + buffer.length, (uint32_t)adler);
    buffer.length += 4;
    crc = crc32(crc, buffer.data + crc_done, (uInt)(buffer.length - crc_done));
    ogc_put_u32(buffer.data + chunk, (uint32_t)(buffer.length - chunk - 8));
    ogc_put_u32(buffer.data + buffer.length, (uint32_t)crc);
    buffer.length += 4;

    if (!ogc_begin_chunk(&buffer, "IEND", &chunk) || !ogc_finish_chunk(&buffer, chunk)) goto done;
    *out = buffer.data;
    *out_length = buffer.length;
    buffer.data = NULL;
    if (reused_bands) *reused_bands = reused;
    status = OGC_PNG_OK;
done:
    free(buffer.data);
    free(reuse);
    free(rows);
    free(filtered);
    free(candidate);
    return status;
}
