import CCardKernels
import Foundation

/// Encodes Cairo surfaces with ogcard's own PNG encoder (Sources/CCardKernels).
enum PNGWriter {
    /// The C encoder's settings for `options`.
    static func settings(_ options: PNGEncodingOptions) -> ogc_png_options {
        ogc_png_options(
            level: Int32(clamping: options.compressionLevel), strategy: options.strategy.zlibValue,
            filter: ogc_png_filter(rawValue: options.filter.encoderValue))
    }

    static func encode(_ surface: CairoImageSurface, options: PNGEncodingOptions) throws -> Data {
        try surface.withPixels { pixels, stride in
            var output: UnsafeMutablePointer<UInt8>?
            var length = 0
            let status = ogc_png_encode_argb32(
                pixels, Int32(surface.width), Int32(surface.height), Int32(stride), settings(options), &output,
                &length)
            return try take(output, length: length, status: status)
        }
    }

    /// Encodes `surface`, drawn over `backdrop` (same size), reusing the backdrop's deflated bands
    /// where the rows are the backdrop's. Decodes to the same pixels as `encode(_:options:)`.
    static func encode(_ surface: CairoImageSurface, over backdrop: CachedBackdrop, options: PNGEncodingOptions)
        throws -> Data
    {
        let bands = try backdrop.bands(for: options)
        return try backdrop.surface.withPixels { backdropPixels, backdropStride in
            try surface.withPixels { pixels, stride in
                guard stride == backdropStride, surface.width == backdrop.surface.width,
                    surface.height == backdrop.surface.height
                else { throw Diagnostic(step: .encodePNG, reason: "card and backdrop differ in size") }
                var output: UnsafeMutablePointer<UInt8>?
                var length = 0
                let status = ogc_png_encode_spliced(
                    bands.pointer, backdropPixels, pixels, Int32(surface.width), Int32(surface.height), Int32(stride),
                    &output, &length, nil)
                return try take(output, length: length, status: status)
            }
        }
    }

    static func take(_ output: UnsafeMutablePointer<UInt8>?, length: Int, status: Int32) throws -> Data {
        guard status == Int32(OGC_PNG_OK), let output else {
            throw Diagnostic(step: .encodePNG, reason: "PNG encoder failed with status \(status)")
        }
        defer { ogc_png_free(output) }
        return Data(bytes: output, count: length)
    }
}
