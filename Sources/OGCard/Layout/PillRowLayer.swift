/// A single line of items (tags, or an author) drawn as pills or plain text, anchored in a strip.
///
/// Items never wrap: a row wider than its strip overflows on both sides (centred) or one side,
/// and is clipped at the canvas edge, as opengraphimg's flex rows were.
public struct PillRowLayer: Hashable, Sendable {
    /// The layer's name, shown in debug outlines and error messages.
    public var name: String
    /// Where the items come from.
    public var source: ItemSource
    /// Text put before each item (`#` for tags, `@` for an author).
    public var prefix: String
    /// Typography of the items.
    public var style: TextStyle
    /// The box around each item.
    public var pill: PillStyle
    /// Space between items, px (on each side of a separator when there is one).
    public var spacing: Double
    /// Text drawn between items, e.g. `•`; nil for none.
    public var separator: String?
    /// Left edge of the strip the row is placed in.
    public var left: Double
    /// Right edge of the strip.
    public var right: Double
    /// How the row sits in the strip.
    public var alignment: TextAlignment
    /// Where the row is anchored vertically.
    public var anchor: VerticalAnchor
    /// An image drawn inside the first pill, before its text (a logo before the author).
    public var icon: PillIcon?
    /// Leave out trailing items that do not fit the strip, instead of overflowing it as
    /// opengraphimg's rows did.
    public var dropsOverflowingItems: Bool
    /// Whether items run right to left (the first at the right, the icon at its right side), as in
    /// a layout mirrored for a right-to-left card.
    public var rightToLeft = false

    /// Creates a pill row.
    public init(
        name: String, source: ItemSource, prefix: String = "", style: TextStyle, pill: PillStyle,
        spacing: Double, separator: String? = nil, left: Double, right: Double,
        alignment: TextAlignment, anchor: VerticalAnchor, icon: PillIcon? = nil, dropsOverflowingItems: Bool = false
    ) {
        self.icon = icon
        self.dropsOverflowingItems = dropsOverflowingItems
        self.name = name
        self.source = source
        self.prefix = prefix
        self.style = style
        self.pill = pill
        self.spacing = spacing
        self.separator = separator
        self.left = left
        self.right = right
        self.alignment = alignment
        self.anchor = anchor
    }

    /// The height of one pill: the line box (or the icon, when taller) plus vertical padding.
    public var pillHeight: Double { max(style.size * style.lineHeight, icon?.height ?? 0) + 2 * pill.paddingY }
}
