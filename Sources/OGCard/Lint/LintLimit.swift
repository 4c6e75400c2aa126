/// One rule of `Assets/lint/platforms.yml`: a value, what breaking it is, and its source.
public struct LintLimit: Hashable, Sendable, Codable {
    /// The limit (bytes, px, characters, a ratio, or 1 for a yes/no rule).
    public var value: Double
    /// Error when the platform rejects or ignores what breaks it, warning when it shows it worse.
    public var severity: Diagnostic.Severity
    /// Where the rule comes from (a link).
    public var source: String
    /// What else to know (third-party measurement, approximations).
    public var note: String?
}
