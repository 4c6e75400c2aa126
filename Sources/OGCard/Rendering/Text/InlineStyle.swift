/// The inline styles a title may carry: `<code>`, `<em>`, `<strong>` and their Markdown forms.
public struct InlineStyle: OptionSet, Hashable, Sendable {
    /// The raw value.
    public let rawValue: UInt8

    /// Creates a style set from its raw value.
    public init(rawValue: UInt8) {
        self.rawValue = rawValue
    }

    /// Monospace, as `<code>`, `<kbd>`, `<samp>`, `<tt>` and Markdown code spans.
    public static let code = InlineStyle(rawValue: 1)
    /// Italic (synthetic oblique when the font has no italic face), as `<em>`, `<i>`, `*x*`.
    public static let italic = InlineStyle(rawValue: 2)
    /// Bold, as `<strong>`, `<b>`, `**x**`.
    public static let bold = InlineStyle(rawValue: 4)
}
