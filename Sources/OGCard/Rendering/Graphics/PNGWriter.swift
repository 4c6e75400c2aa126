import CCardKernels
import Foundation

/// Encodes Cairo surfaces with ogcard's own PNG encoder (Sources/CPNGEncoder).
enum PNGWriter {
    static func encode(_ surface: CairoImageSurface, options: PNGEncodingOptions) throws -> Data {
        try surface.withPixels { pixels, stride in
            var output: UnsafeMutablePointer<UInt8>?
            var length = 0
            let settings = ogc_png_options(
                level: Int32(clamping: options.compressionLevel), strategy: options.strategy.zlibValue,
                filter: ogc_png_filter(rawValue: options.filter.encoderValue))
            let status = ogc_png_encode_argb32(
                pixels, Int32(surface.width), Int32(surface.height), Int32(stride), settings, &output, &length)
            guard status == Int32(OGC_PNG_OK), let output else {
                throw Diagnostic(step: .encodePNG, reason: "PNG encoder failed with status \(status)")
            }
            defer { ogc_png_free(output) }
            return Data(bytes: output, count: length)
        }
    }
}
