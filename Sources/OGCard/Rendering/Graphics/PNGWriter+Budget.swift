import CCardKernels
import Foundation

extension PNGWriter {
    /// Palette sizes tried, in order, when a lossless re-encode is still over budget.
    static let quantizedColourSteps = [256, 128, 64, 32, 16]

    /// `png` (the encode of `surface`) when it is within `budget` bytes; else the smallest
    /// re-encode: lossless first (an exact palette when the card has ≤ 256 colours, else zlib 9
    /// with and without per-row filters), then, only if still over, median-cut palettes of
    /// 256, 128 … 16 colours until one fits. Every step is deterministic.
    static func fitted(_ png: Data, of surface: CairoImageSurface, budget: Int) throws -> (Data, CardSizeReduction?) {
        guard png.count > budget else { return (png, nil) }
        var best = png
        var method = CardSizeReduction.Method.bestCompression
        var colours: Int?
        func consider(_ candidate: Data?, _ kind: CardSizeReduction.Method, _ count: Int? = nil) {
            guard let candidate, candidate.count < best.count else { return }
            best = candidate
            method = kind
            colours = count
        }
        if let palette = try palette(surface) {
            consider(palette, .palette)
        } else {
            for filter in [PNGEncodingOptions.Filter.none, .adaptive] {
                let options = PNGEncodingOptions(compressionLevel: 9, filter: filter, reusesBackdrop: false)
                consider(try encode(surface, options: options), .bestCompression)
            }
        }
        if best.count > budget {
            for count in quantizedColourSteps {
                consider(try quantized(surface, colours: count), .quantized, count)
                if best.count <= budget { break }
            }
        }
        let reduction = CardSizeReduction(
            originalBytes: png.count, finalBytes: best.count, method: method, colours: colours, budget: budget)
        return (best, reduction)
    }

    /// An exact palette PNG (zlib 9), or nil when the card has more than 256 colours or is not opaque.
    static func palette(_ surface: CairoImageSurface) throws -> Data? {
        try surface.withPixels { pixels, stride in
            var output: UnsafeMutablePointer<UInt8>?
            var length = 0
            let status = ogc_png_encode_palette(
                pixels, Int32(surface.width), Int32(surface.height), Int32(stride), 9, &output, &length)
            if status == Int32(OGC_PNG_TOO_MANY_COLOURS) { return nil }
            return try take(output, length: length, status: status)
        }
    }

    /// A median-cut palette PNG of at most `colours` colours (zlib 9), or nil when the card is not opaque.
    static func quantized(_ surface: CairoImageSurface, colours: Int) throws -> Data? {
        try surface.withPixels { pixels, stride in
            var output: UnsafeMutablePointer<UInt8>?
            var length = 0
            let status = ogc_png_encode_quantized(
                pixels, Int32(surface.width), Int32(surface.height), Int32(stride), Int32(colours), 9, &output,
                &length)
            if status == Int32(OGC_PNG_TOO_MANY_COLOURS) { return nil }
            return try take(output, length: length, status: status)
        }
    }
}
