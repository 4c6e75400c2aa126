import CCairo
import CCardKernels
import Foundation

/// Paints CSS box shadows: the shape grown by the spread, blurred (Gaussian, sigma = blur / 2),
/// offset, in the shadow colour. The blurred mask is the same for every card of a layout, so it
/// is computed once per renderer.
final class ShadowPainter {
    private struct Key: Hashable {
        let shadow: Shadow
        let frame: CardRect
        let radii: CornerRadii
    }

    private final class Mask {
        let surface: OpaquePointer
        let origin: (x: Double, y: Double)
        init(surface: OpaquePointer, origin: (x: Double, y: Double)) {
            self.surface = surface
            self.origin = origin
        }
        deinit { cairo_surface_destroy(surface) }
    }

    private var masks: [Key: Mask] = [:]

    /// The most pixels of one shadow mask: 16 cards' worth.
    static let largestMask = 16.0 * 4096 * 4096

    func paint(_ shadow: Shadow, of frame: CardRect, radii: CornerRadii, in context: CairoContext) {
        let key = Key(shadow: shadow, frame: frame, radii: radii)
        let mask = masks[key] ?? makeMask(key)
        masks[key] = mask
        guard let mask else { return }
        context.setSource(shadow.color)
        cairo_mask_surface(context.pointer, mask.surface, mask.origin.x, mask.origin.y)
    }

    private func makeMask(_ key: Key) -> Mask? {
        let shadow = key.shadow
        let margin = (shadow.blur * 1.5).rounded(.up) + 2
        let shape = CardRect(
            x: key.frame.x - shadow.spread, y: key.frame.y - shadow.spread,
            width: key.frame.width + 2 * shadow.spread, height: key.frame.height + 2 * shadow.spread)
        guard shape.width > 0, shape.height > 0 else { return nil }
        // Layout files bound blur and spread; a layout built in code is not checked, and a huge
        // mask would cost gigabytes and minutes of blurring: such a shadow is not drawn.
        let width = (shape.width + 2 * margin).rounded(.up)
        let height = (shape.height + 2 * margin).rounded(.up)
        guard width * height <= Self.largestMask else { return nil }
        guard let surface = cairo_image_surface_create(CAIRO_FORMAT_A8, width.clampedInt32, height.clampedInt32),
            cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS
        else { return nil }
        let cr = cairo_create(surface)
        let spread = shadow.spread
        let radii = CornerRadii(
            topLeft: max(0, key.radii.topLeft + spread), topRight: max(0, key.radii.topRight + spread),
            bottomRight: max(0, key.radii.bottomRight + spread), bottomLeft: max(0, key.radii.bottomLeft + spread))
        if let cr {
            let local = CardRect(x: margin, y: margin, width: shape.width, height: shape.height)
            addPath(cr, local, radii)
            cairo_set_source_rgba(cr, 0, 0, 0, 1)
            cairo_fill(cr)
            cairo_destroy(cr)
        }
        cairo_surface_flush(surface)
        if let data = cairo_image_surface_get_data(surface) {
            _ = ogc_blur_a8(
                data, width.clampedInt32, height.clampedInt32, cairo_image_surface_get_stride(surface), shadow.blur / 2)
        }
        cairo_surface_mark_dirty(surface)
        return Mask(surface: surface, origin: (shape.x - margin + shadow.offsetX, shape.y - margin + shadow.offsetY))
    }

    private func addPath(_ cr: OpaquePointer, _ rect: CardRect, _ radii: CornerRadii) {
        let (x0, y0, x1, y1) = (rect.x, rect.y, rect.maxX, rect.maxY)
        cairo_new_sub_path(cr)
        cairo_arc(cr, x1 - radii.topRight, y0 + radii.topRight, radii.topRight, -.pi / 2, 0)
        cairo_arc(cr, x1 - radii.bottomRight, y1 - radii.bottomRight, radii.bottomRight, 0, .pi / 2)
        cairo_arc(cr, x0 + radii.bottomLeft, y1 - radii.bottomLeft, radii.bottomLeft, .pi / 2, .pi)
        cairo_arc(cr, x0 + radii.topLeft, y0 + radii.topLeft, radii.topLeft, .pi, 3 * .pi / 2)
        cairo_close_path(cr)
    }
}
