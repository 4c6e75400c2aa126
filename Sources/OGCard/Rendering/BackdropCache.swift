import Foundation

/// The drawn backdrop (page, canvas colour, leading rectangles) of recent layouts, per renderer.
///
/// A full-canvas gradient costs ~4 ms and a blurred shadow more; copying a finished backdrop
/// costs ~0.3 ms. Each renderer (one per worker) has its own cache, so no locking.
final class BackdropCache {
    private struct Key: Hashable {
        let width: Int
        let height: Int
        let background: RGBAColor
        let layers: [CardLayer]
    }

    private var backdrops: [Key: CachedBackdrop] = [:]
    /// Layouts differ per post only through parameters; a handful covers a site.
    private let limit = 16

    /// The backdrop of `layout`'s first `layerCount` layers, drawn by `draw` on first use.
    func backdrop(
        for layout: CardLayout, layerCount: Int, draw: (CairoImageSurface) throws(Diagnostic) -> Void
    ) throws(Diagnostic) -> CachedBackdrop {
        let key = Key(
            width: layout.width, height: layout.height, background: layout.background,
            layers: Array(layout.layers.prefix(layerCount)))
        if let cached = backdrops[key] { return cached }
        let surface = try CairoImageSurface(width: layout.width, height: layout.height)
        try draw(surface)
        if backdrops.count >= limit { backdrops.removeAll() }
        let backdrop = CachedBackdrop(surface: surface)
        backdrops[key] = backdrop
        return backdrop
    }
}
