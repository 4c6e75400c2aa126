/// One styled range of a `StyledText`, in UTF-8 bytes.
public struct TextSpan: Hashable, Sendable {
    /// The first byte of the range.
    public var start: Int
    /// The byte after the range.
    public var end: Int
    /// How the range is drawn.
    public var style: InlineStyle

    /// A styled byte range.
    public init(start: Int, end: Int, style: InlineStyle) {
        self.start = start
        self.end = end
        self.style = style
    }
}
