/// One piece of text on a rendered card (a text layer, or one pill of a row): where its ink is,
/// its colour and its size, as `CardRenderer.inspect` found them.
public struct CardTextInk: Hashable, Sendable {
    /// The layer's name in the layout (`title`, `tags` …).
    public var layer: String
    /// The text drawn (after fitting: an ellipsis when it was cut).
    public var text: String
    /// The ink's bounding box in card pixels, clipped to the layer's frame.
    public var rect: CardRect
    /// The text's colour.
    public var color: RGBAColor
    /// The font size it was drawn at, in px (after shrinking to fit).
    public var size: Double
    /// The font weight (400 regular, 700 bold).
    public var weight: Int

    /// Creates a record.
    public init(layer: String, text: String, rect: CardRect, color: RGBAColor, size: Double, weight: Int) {
        self.layer = layer
        self.text = text
        self.rect = rect
        self.color = color
        self.size = size
        self.weight = weight
    }

    /// WCAG's large text: at least 18 pt (24 px), or 14 pt (18.66 px) and bold.
    public var isLarge: Bool { size >= 24 || (size >= 18.66 && weight >= 700) }
}
