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
