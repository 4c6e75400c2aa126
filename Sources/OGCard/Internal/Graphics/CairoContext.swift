import CCairo
import Foundation

/// A Cairo drawing context on an image surface, with the few path helpers cards need.
final class CairoContext {
    let pointer: OpaquePointer

    init(surface: CairoImageSurface) throws(OGCardError) {
        let context = cairo_create(surface.pointer)
        guard let context, cairo_status(context) == CAIRO_STATUS_SUCCESS else {
            if let context { cairo_destroy(context) }
            throw OGCardError(step: .rendering, reason: "Cairo could not create a drawing context")
        }
        pointer = context
    }

    deinit {
        cairo_destroy(pointer)
    }

    func setSource(_ color: RGBAColor) {
        cairo_set_source_rgba(
            pointer, Double(color.red) / 255, Double(color.green) / 255, Double(color.blue) / 255,
            Double(color.alpha) / 255)
    }

    /// Fills the whole surface with `color`, blending over what is there.
    func paint(_ color: RGBAColor) {
        setSource(color)
        cairo_paint(pointer)
    }

    /// Adds a rectangle path whose corners are rounded by `radii`.
    func addRoundedRectangle(_ rect: CardRect, radii: CornerRadii) {
        let maxRadius = min(rect.width, rect.height) / 2
        let tl = min(radii.topLeft, maxRadius), tr = min(radii.topRight, maxRadius)
        let br = min(radii.bottomRight, maxRadius), bl = min(radii.bottomLeft, maxRadius)
        let (x0, y0, x1, y1) = (rect.x, rect.y, rect.x + rect.width, rect.y + rect.height)
        cairo_new_sub_path(pointer)
        cairo_move_to(pointer, x0 + tl, y0)
        cairo_line_to(pointer, x1 - tr, y0)
        if tr > 0 { cairo_arc(pointer, x1 - tr, y0 + tr, tr, -.pi / 2, 0) }
        cairo_line_to(pointer, x1, y1 - br)
        if br > 0 { cairo_arc(pointer, x1 - br, y1 - br, br, 0, .pi / 2) }
        cairo_line_to(pointer, x0 + bl, y1)
        if bl > 0 { cairo_arc(pointer, x0 + bl, y1 - bl, bl, .pi / 2, .pi) }
        cairo_line_to(pointer, x0, y0 + tl)
        if tl > 0 { cairo_arc(pointer, x0 + tl, y0 + tl, tl, .pi, 3 * .pi / 2) }
        cairo_close_path(pointer)
    }

    /// Fills the current path with `color`.
    func fill(_ color: RGBAColor) {
        setSource(color)
        cairo_fill(pointer)
    }

    /// Strokes the current path with `color`, `width` px wide.
    func stroke(_ color: RGBAColor, width: Double) {
        setSource(color)
        cairo_set_line_width(pointer, width)
        cairo_stroke(pointer)
    }

    /// Runs `body` with the drawing state saved and restored around it.
    func saved(_ body: () throws -> Void) rethrows {
        cairo_save(pointer)
        defer { cairo_restore(pointer) }
        try body()
    }

    /// Limits drawing to `rect` until the state is restored.
    func clip(to rect: CardRect) {
        cairo_rectangle(pointer, rect.x, rect.y, rect.width, rect.height)
        cairo_clip(pointer)
    }
}
