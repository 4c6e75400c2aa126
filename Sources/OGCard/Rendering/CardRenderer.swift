public import Foundation

/// Draws cards to PNG.
///
/// A renderer owns its own Pango text engine and is meant for one thread at a time: give every
/// worker its own renderer (they share the font files). Output depends only on the layout, the
/// content, the font files and the encoding options: never on the locale, the thread or the
/// fonts installed on the machine.
public final class CardRenderer {
    /// The fonts this renderer draws with.
    public let fonts: FontSet
    /// PNG settings.
    public let encoding: PNGEncodingOptions
    /// The longest text drawn (`titleCharacters`, `descriptionCharacters`), the most pills
    /// (`tags`) and the largest image decoded (`imageSide`): past them text is cut before shaping,
    /// and an image fails the card instead of being decoded.
    public let limits: InputLimits
    private var engine: TextEngine
    private let fontConfiguration: FontConfiguration
    /// Cards drawn by the current engine. Pango and Cairo cache fontsets and glyphs for every
    /// size a title was tried at; a fresh engine every `engineLifetime` cards keeps a long batch's
    /// memory flat. Output is the same bytes whichever engine draws a card.
    private var engineUses = 0
    private let engineLifetime = 250
    private let shadows = ShadowPainter()
    private let images: ImageCache
    private let backdrops = BackdropCache()
    /// The last card's surface, drawn over by the next card of the same size: every card starts
    /// by covering all of it (the backdrop is copied, or an opaque page painted), so reusing it
    /// saves allocating and zeroing 3 MB a card.
    private var canvas: CairoImageSurface?

    /// Creates a renderer for `fonts`. Throws when a font file is missing or unreadable.
    public init(fonts: FontSet = .standard(), encoding: PNGEncodingOptions = .default, limits: InputLimits = .default)
        throws(Diagnostic)
    {
        self.fonts = fonts
        self.encoding = encoding
        self.limits = limits
        images = ImageCache(maxSide: limits.imageSide)
        fontConfiguration = try FontConfigurationCache.configuration(for: fonts)
        engine = try TextEngine(fonts: fontConfiguration)
    }

    /// Renders `content` with `layout` and returns the PNG with timings. A PNG over `maxBytes` is
    /// re-encoded, losslessly first, then with a palette of fewer colours (`RenderedCard.sizeReduction`
    /// says what was done).
    public func render(
        _ content: CardContent, layout: CardLayout, debugOutlines: Bool = false, maxBytes: Int? = nil
    ) throws(Diagnostic) -> RenderedCard {
        let clock = ContinuousClock()
        let start = clock.now
        engineUses += 1
        if engineUses > engineLifetime {
            engine = try TextEngine(fonts: fontConfiguration)
            engineUses = 1
        }
        let surface: CairoImageSurface
        if let canvas, canvas.width == layout.width, canvas.height == layout.height {
            surface = canvas
        } else {
            surface = try CairoImageSurface(width: layout.width, height: layout.height)
            canvas = surface
        }
        let context = try CairoContext(surface: surface)
        // The card's language picks glyph forms and date names; a right-to-left one mirrors the layout.
        let language = CardLanguage.resolve(content, layoutLanguage: layout.language)
        let mirrors = layout.mirrorsForRightToLeft && CardLanguage.isRightToLeft(language)
        var painter = LayoutPainter(
            engine: engine, shadows: shadows, images: images, context: context, content: content,
            layout: mirrors ? layout.mirrored() : layout, debugOutlines: debugOutlines, limits: limits)
        painter.backdrops = backdrops
        painter.language = language
        painter.direction = mirrors ? .mirrored : .auto
        let backdrop = try painter.paint()
        let drawn = clock.now
        var png: Data
        var reduction: CardSizeReduction?
        do {
            if let backdrop, encoding.reusesBackdrop {
                png = try PNGWriter.encode(surface, over: backdrop, options: encoding)
            } else {
                png = try PNGWriter.encode(surface, options: encoding)
            }
            if let maxBytes { (png, reduction) = try PNGWriter.fitted(png, of: surface, budget: maxBytes) }
        } catch let error as Diagnostic {
            throw error
        } catch {
            throw Diagnostic(step: .encodePNG, reason: "\(error)")
        }
        return RenderedCard(
            pngData: png, drawingTime: drawn - start, encodingTime: clock.now - drawn, sizeReduction: reduction)
    }

    /// Draws `content` twice, with and without its text, without encoding, and says where each
    /// piece of text went and in which colour: what `ogcard lint` measures contrast and X's crop on.
    public func inspect(_ content: CardContent, layout: CardLayout) throws(Diagnostic) -> CardInspection {
        let log = TextInkLog()
        var drawings: [[UInt8]] = []
        // The same language and mirroring as `render`, so lint measures the card that is written.
        let language = CardLanguage.resolve(content, layoutLanguage: layout.language)
        let mirrors = layout.mirrorsForRightToLeft && CardLanguage.isRightToLeft(language)
        for drawsText in [true, false] {
            let surface = try CairoImageSurface(width: layout.width, height: layout.height)
            var painter = LayoutPainter(
                engine: engine, shadows: shadows, images: images, context: try CairoContext(surface: surface),
                content: content, layout: mirrors ? layout.mirrored() : layout, debugOutlines: false, limits: limits)
            painter.backdrops = backdrops
            painter.language = language
            painter.direction = mirrors ? .mirrored : .auto
            painter.drawsText = drawsText
            painter.textInk = drawsText ? log : nil
            _ = try painter.paint()
            drawings.append(try surface.rgbPixels())
        }
        return CardInspection(
            width: layout.width, height: layout.height, pixels: drawings[0], background: drawings[1], text: log.entries)
    }

    /// Renders a card and writes it to `url` atomically (temporary file, then rename), creating
    /// the folder when needed. A failure leaves no partial file behind.
    /// `maxBytes` is the size budget (see `render`).
    @discardableResult
    public func write(
        _ content: CardContent, layout: CardLayout, to url: URL, debugOutlines: Bool = false, maxBytes: Int? = nil
    ) throws(Diagnostic) -> RenderedCard {
        let card = try render(content, layout: layout, debugOutlines: debugOutlines, maxBytes: maxBytes)
        try FileOutput.writeAtomically(card.pngData, to: url)
        return card
    }
}
