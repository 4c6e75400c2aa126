/// One platform's rules in `Assets/lint/platforms.yml`.
public struct LintPlatform: Hashable, Sendable, Codable {
    /// A short identifier (`x`, `whatsapp`).
    public var id: String
    /// The name shown in reports (`X`, `WhatsApp`).
    public var name: String
    /// Its rules by name (`max_bytes`, `title_characters` …; the data file lists them).
    public var rules: [String: LintLimit]

    /// The rule called `name`, if the platform has one.
    public subscript(_ name: String) -> LintLimit? { rules[name] }
}
