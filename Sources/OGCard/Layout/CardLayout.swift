/// A card design: the canvas and the layers drawn on it. It says what a card looks like; the
/// renderer knows how to draw it.
public struct CardLayout: Hashable, Sendable {
    /// A short name, e.g. `modern`.
    public var name: String
    /// Canvas width, px.
    public var width: Int
    /// Canvas height, px.
    public var height: Int
    /// Canvas colour. It is composited over white, as a browser page is, so a transparent
    /// canvas comes out white.
    public var background: RGBAColor
    /// The layers, bottom first.
    public var layers: [CardLayer]
    /// The language of cards whose post gives none (the layout file's `lang`), before guessing
    /// from the title's script.
    public var language: String? = nil
    /// Whether cards in a right-to-left language draw this layout mirrored (the layout file's
    /// `mirror`, default true): tags and author swap sides, text aligns to the right.
    public var mirrorsForRightToLeft = true

    /// Creates a layout.
    public init(name: String, width: Int = 1200, height: Int = 630, background: RGBAColor, layers: [CardLayer]) {
        self.name = name
        self.width = width
        self.height = height
        self.background = background
        self.layers = layers
    }

    /// The whole canvas as a rectangle.
    public var canvas: CardRect { CardRect(x: 0, y: 0, width: Double(width), height: Double(height)) }
}
