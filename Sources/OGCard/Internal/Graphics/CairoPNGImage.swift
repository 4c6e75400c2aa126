import CCairo
import Foundation

/// A PNG file decoded by Cairo into an image surface.
final class CairoPNGImage {
    let pointer: OpaquePointer
    let width: Double
    let height: Double

    init(file: URL) throws(OGCardError) {
        guard FileManager.default.isReadableFile(atPath: file.path) else {
            throw OGCardError(path: file.path, step: .rendering, reason: "image file is missing or unreadable")
        }
        guard let surface = cairo_image_surface_create_from_png(file.path) else {
            throw OGCardError(path: file.path, step: .rendering, reason: "Cairo could not read the image")
        }
        guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else {
            cairo_surface_destroy(surface)
            throw OGCardError(path: file.path, step: .rendering, reason: "not a PNG file Cairo can read")
        }
        pointer = surface
        width = Double(cairo_image_surface_get_width(surface))
        height = Double(cairo_image_surface_get_height(surface))
    }

    deinit {
        cairo_surface_destroy(pointer)
    }
}
