import CCairo
import Foundation

/// A PNG file decoded by Cairo into an image surface.
///
/// The file is read by ogcard (a regular file only; a FIFO would block Cairo's own `fopen`
/// forever), its declared size checked against `maxSide` before anything is decoded, and the
/// bytes then handed to Cairo from memory.
final class CairoPNGImage {
    let pointer: OpaquePointer
    let width: Double
    let height: Double
    /// Bytes of decoded pixels, for the cache's budget.
    let byteCount: Int

    init(file: URL, maxSide: Int = InputLimits.default.imageSide) throws(Diagnostic) {
        func failure(_ reason: String) -> Diagnostic {
            Diagnostic(file: file.path, step: .render, reason: reason)
        }
        let header: PNGHeader
        do {
            header = try PNGHeader.read(file.path)
        } catch .unreadable(let reason) {
            throw failure("image file cannot be read: \(reason)")
        } catch {
            throw failure("not a PNG file Cairo can read")
        }
        guard header.fits(within: maxSide) else {
            throw failure(
                "the image is \(header.size), larger than \(maxSide)×\(maxSide) \(InputLimits.hint("image_side"))")
        }
        // A PNG is compressed: more bytes than its raw 16-bit pixels would take is not an image.
        let most = header.width * header.height * 8 + 1_048_576
        let data: Data
        do {
            data = try RegularFile.read(file, limit: most + 1)
        } catch {
            throw failure("image file cannot be read: \(error.reason)")
        }
        guard data.count <= most else { throw failure("the file is larger than a \(header.size) PNG can be") }
        var reader = PNGMemoryReader(bytes: [UInt8](data))
        let surface = withUnsafeMutablePointer(to: &reader) { context in
            cairo_image_surface_create_from_png_stream(
                { closure, target, length in
                    guard let closure, let target else { return CAIRO_STATUS_READ_ERROR }
                    return closure.assumingMemoryBound(to: PNGMemoryReader.self).pointee.read(
                        into: target, count: Int(length))
                }, context)
        }
        guard let surface else { throw failure("Cairo could not read the image") }
        guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else {
            cairo_surface_destroy(surface)
            throw failure("not a PNG file Cairo can read")
        }
        pointer = surface
        width = Double(cairo_image_surface_get_width(surface))
        height = Double(cairo_image_surface_get_height(surface))
        byteCount = Int(cairo_image_surface_get_stride(surface)) * Int(cairo_image_surface_get_height(surface))
    }

    deinit {
        cairo_surface_destroy(pointer)
    }
}

/// Hands a PNG's bytes to Cairo's stream reader.
private struct PNGMemoryReader {
    let bytes: [UInt8]
    var offset = 0

    mutating func read(into target: UnsafeMutablePointer<UInt8>, count: Int) -> cairo_status_t {
        guard count <= bytes.count - offset else { return CAIRO_STATUS_READ_ERROR }
        bytes.withUnsafeBufferPointer { buffer in
            target.update(from: buffer.baseAddress! + offset, count: count)
        }
        offset += count
        return CAIRO_STATUS_SUCCESS
    }
}
