import Foundation

/// One layout's drawn backdrop and, once a card has been encoded over it, its deflated bands.
final class CachedBackdrop {
    /// The backdrop's pixels, copied under every card of the layout.
    let surface: CairoImageSurface
    /// The backdrop deflated in row bands with the renderer's encoding options (see PNGWriter).
    private var bands: PNGBackdropBands?

    init(surface: CairoImageSurface) {
        self.surface = surface
    }

    /// The deflated bands for `options`, made on first use.
    func bands(for options: PNGEncodingOptions) throws(Diagnostic) -> PNGBackdropBands {
        if let bands, bands.options == options { return bands }
        let made = try PNGBackdropBands(surface, options: options)
        bands = made
        return made
    }
}
