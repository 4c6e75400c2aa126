/// Plain text with inline styles (code, italic, bold): a title as its readers see it.
///
/// The text is always drawn as text: styles are Pango attributes over byte ranges, never markup,
/// so nothing in a title is ever read as a tag by the renderer.
public struct StyledText: Hashable, Sendable {
    /// The text to draw. A `<br>` in a title is a `"\n"` here.
    public var text: String
    /// Styled ranges, in order, not overlapping, inside `text`.
    public var spans: [TextSpan]

    /// Text with the given styled ranges.
    public init(_ text: String, spans: [TextSpan] = []) {
        self.text = text
        self.spans = spans
    }

    /// The text on one line, as meta tags and file names want it: each line break becomes a space
    /// (one byte for one byte, so the spans still fit).
    public var plainText: String {
        String(text.map { $0 == "\n" ? " " : $0 })
    }

    /// Whether the text is empty.
    public var isEmpty: Bool { text.isEmpty }

    /// The text cut to `limit` characters as `String.cut(toCharacters:)` does, spans kept where
    /// they still fall inside it (a cut keeps a prefix, so offsets do not move).
    func cut(toCharacters limit: Int) -> StyledText {
        let cut = text.cut(toCharacters: limit)
        guard cut != text else { return self }
        return StyledText(cut, spans: spans.clamped(toByteCount: cut.utf8.count))
    }
}

extension [TextSpan] {
    /// The spans that start before `count` bytes, shortened to end there.
    func clamped(toByteCount count: Int) -> [TextSpan] {
        compactMap { span in
            guard span.start < count else { return nil }
            return TextSpan(start: span.start, end: Swift.min(span.end, count), style: span.style)
        }
    }
}
