import CCairo
import Foundation

/// A Cairo drawing context on an image surface, with the few path helpers cards need.
final class CairoContext {
    let pointer: OpaquePointer

    init(surface: CairoImageSurface) throws(Diagnostic) {
        let context = cairo_create(surface.pointer)
        guard let context, cairo_status(context) == CAIRO_STATUS_SUCCESS else {
            if let context { cairo_destroy(context) }
            throw Diagnostic(step: .render, reason: "Cairo could not create a drawing context")
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

    /// Replaces every pixel with `surface`'s (same size).
    func copy(_ surface: CairoImageSurface) {
        cairo_save(pointer)
        cairo_set_operator(pointer, CAIRO_OPERATOR_SOURCE)
        cairo_set_source_surface(pointer, surface.pointer, 0, 0)
        cairo_paint(pointer)
        cairo_restore(pointer)
    }

    /// Adds a plain rectangle path.
    func addRectangle(_ rect: CardRect) {
        cairo_rectangle(pointer, rect.x, rect.y, rect.width, rect.height)
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

    /// Fills the current path with a linear gradient spanning `rect` in the gradient's direction,
    /// the way CSS sizes a `linear-gradient` to its box.
    func fill(_ gradient: LinearGradient, in rect: CardRect) {
        let radians = gradient.angle * .pi / 180
        let (dx, dy) = (sin(radians), -cos(radians))
        // CSS: the gradient line passes through the centre and is long enough that the corners
        // get the first and last colours.
        let half = (abs(rect.width * dx) + abs(rect.height * dy)) / 2
        guard
            let pattern = cairo_pattern_create_linear(
                rect.midX - dx * half, rect.midY - dy * half, rect.midX + dx * half, rect.midY + dy * half)
        else { return }
        defer { cairo_pattern_destroy(pattern) }
        for stop in gradient.stops {
            cairo_pattern_add_color_stop_rgba(
                pattern, stop.position, Double(stop.color.red) / 255, Double(stop.color.green) / 255,
                Double(stop.color.blue) / 255, Double(stop.color.alpha) / 255)
        }
        cairo_set_source(pointer, pattern)
        cairo_fill(pointer)
    }

    /// Draws `image` scaled to cover `rect` (cropped, aspect ratio kept), cut to `mask`.
    func draw(_ image: CairoPNGImage, in rect: CardRect, mask: ImageMask, cornerRadius: Double, opacity: Double) {
        guard image.width > 0, image.height > 0, rect.width > 0, rect.height > 0 else { return }
        saved {
            switch mask {
            case .circle:
                cairo_save(pointer)
                cairo_translate(pointer, rect.midX, rect.midY)
                cairo_scale(pointer, rect.width / 2, rect.height / 2)
                cairo_arc(pointer, 0, 0, 1, 0, 2 * .pi)
                cairo_restore(pointer)
            case .none:
                addRoundedRectangle(rect, radii: CornerRadii(all: cornerRadius))
            }
            cairo_clip(pointer)
            let scale = max(rect.width / image.width, rect.height / image.height)
            cairo_translate(pointer, rect.midX - image.width * scale / 2, rect.midY - image.height * scale / 2)
            cairo_scale(pointer, scale, scale)
            cairo_set_source_surface(pointer, image.pointer, 0, 0)
            // Bilinear: the default filter costs ~10× more on large photos for no visible gain.
            cairo_pattern_set_filter(cairo_get_source(pointer), CAIRO_FILTER_BILINEAR)
            cairo_paint_with_alpha(pointer, opacity)
        }
    }
}
