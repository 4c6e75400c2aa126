/// One layer of a card, drawn in order from the first to the last.
public enum CardLayer: Hashable, Sendable {
    /// A rectangle.
    case rectangle(RectangleLayer)
    /// A text block.
    case text(TextLayer)
    /// A row of pills or plain items.
    case pillRow(PillRowLayer)
    /// A PNG image.
    case image(ImageLayer)

    /// The layer's name.
    public var name: String {
        switch self {
        case .rectangle(let layer): layer.name
        case .text(let layer): layer.name
        case .pillRow(let layer): layer.name
        case .image(let layer): layer.name
        }
    }
}
