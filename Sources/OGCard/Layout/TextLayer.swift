/// A block of wrapped text bound to a field, kept inside its frame.
public struct TextLayer: Hashable, Sendable {
    /// The layer's name, shown in debug outlines and error messages.
    public var name: String
    /// What the layer shows.
    public var field: CardField
    /// The box the text must stay in.
    public var frame: CardRect
    /// A larger box used when a pill row's source is empty (opengraphimg's modern title takes
    /// the tag strip's height when there are no tags).
    public var frameWhenEmpty: ConditionalFrame?
    /// Typography at the largest size.
    public var style: TextStyle
    /// The smallest size shrinking may reach.
    public var minimumSize: Double
    /// Horizontal alignment of the lines.
    public var alignment: TextAlignment
    /// Vertical placement of the block in the frame.
    public var verticalAlignment: VerticalAlignment
    /// The most lines the block may use.
    public var maxLines: Int
    /// What to do when the text does not fit.
    public var overflow: TextOverflow
    /// For the `date` field: a Unicode date pattern (e.g. `MMMM d, yyyy`) applied to the
    /// content's `publicationDate`; nil shows the content's `date` text as it is.
    public var dateFormat: String?
    /// How lines are balanced (as CSS `text-wrap: balance`: the narrowest wrap that keeps the
    /// line count, so the last line is not a short remnant): always, never, or only when the
    /// greedy wrap leaves a short last line.
    public var balance: LineBalance
    /// The least distance, px, between the text's ink and a row of pills (tags, author) above
    /// or below it that has items; the text shrinks, then is cut, rather than come closer.
    public var gap: Double

    /// Creates a text layer.
    public init(
        name: String, field: CardField, frame: CardRect, frameWhenEmpty: ConditionalFrame? = nil,
        style: TextStyle, minimumSize: Double? = nil, alignment: TextAlignment = .center,
        verticalAlignment: VerticalAlignment = .center, maxLines: Int = 4, overflow: TextOverflow = .shrink,
        dateFormat: String? = nil, balance: LineBalance = .on, gap: Double = 0
    ) {
        self.balance = balance
        self.gap = max(0, gap)
        self.dateFormat = dateFormat
        self.name = name
        self.field = field
        self.frame = frame
        self.frameWhenEmpty = frameWhenEmpty
        self.style = style
        self.minimumSize = min(minimumSize ?? style.size, style.size)
        self.alignment = alignment
        self.verticalAlignment = verticalAlignment
        self.maxLines = max(1, maxLines)
        self.overflow = overflow
    }

    /// The frame to use for `content`.
    public func effectiveFrame(for content: CardContent) -> CardRect {
        if let frameWhenEmpty, frameWhenEmpty.source.items(in: content).isEmpty {
            return frameWhenEmpty.frame
        }
        return frame
    }
}
