import CCairo
import Foundation

/// An ARGB32 Cairo image surface in memory.
final class CairoImageSurface {
    let pointer: OpaquePointer
    let width: Int
    let height: Int

    init(width: Int, height: Int) throws(Diagnostic) {
        let surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(clamping: width), Int32(clamping: height))
        guard let surface, cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else {
            if let surface { cairo_surface_destroy(surface) }
            throw Diagnostic(step: .render, reason: "Cairo could not create a \(width)×\(height) image")
        }
        pointer = surface
        self.width = width
        self.height = height
    }

    deinit {
        cairo_surface_destroy(pointer)
    }

    /// Gives `body` the pixels (premultiplied native-endian ARGB32) and the row stride in bytes.
    func withPixels<T>(_ body: (UnsafePointer<UInt8>, Int) throws -> T) throws -> T {
        cairo_surface_flush(pointer)
        guard let data = cairo_image_surface_get_data(pointer) else {
            throw Diagnostic(step: .render, reason: "Cairo image has no pixel data")
        }
        return try body(UnsafePointer(data), Int(cairo_image_surface_get_stride(pointer)))
    }
}

extension CairoImageSurface {
    /// Gives `body` the pixels to write (then marks the surface dirty); for tests that need exact pixels.
    func withMutablePixelsForTesting(_ body: (UnsafeMutablePointer<UInt8>, Int) throws -> Void) throws {
        cairo_surface_flush(pointer)
        guard let data = cairo_image_surface_get_data(pointer) else {
            throw Diagnostic(step: .render, reason: "Cairo image has no pixel data")
        }
        try body(data, Int(cairo_image_surface_get_stride(pointer)))
        cairo_surface_mark_dirty(pointer)
    }
}
