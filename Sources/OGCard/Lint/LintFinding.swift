/// One thing `ogcard lint` found about a post's or page's card and tags.
public struct LintFinding: Hashable, Sendable, Codable {
    /// Error: a platform rejects or ignores the card or tag; warning: it shows it worse or cut.
    public var severity: Diagnostic.Severity
    /// The rule broken, as named in `Assets/lint/platforms.yml` (`max_bytes`, `title_characters`)
    /// or by lint itself (`missing_tag`, `duplicate_tag`, `contrast`, `image_file` …).
    public var rule: String
    /// The tag concerned (`og:image`), or the card's layer for pixel rules; nil when none is.
    public var tag: String?
    /// The platforms concerned, by name; empty when it concerns every one.
    public var platforms: [String]
    /// What is wrong, with the values (sizes, colours, the text a platform shows).
    public var message: String
    /// Where the rule comes from (a link), when it has a source.
    public var source: String?

    /// Creates a finding.
    public init(
        _ severity: Diagnostic.Severity, rule: String, tag: String? = nil, platforms: [String] = [], message: String,
        source: String? = nil
    ) {
        self.severity = severity
        self.rule = rule
        self.tag = tag
        self.platforms = platforms
        self.message = message
        self.source = source
    }
}
