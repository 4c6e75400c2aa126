/// A post's front matter read as Hugo reads it: keys whatever their case (Hugo lower-cases them).
struct HugoFrontMatter {
    let entries: [FrontMatterEntry]

    init(_ frontMatter: FrontMatter?) {
        entries = frontMatter?.entries ?? []
    }

    /// The value at `key`, case-insensitively (first match wins).
    func value(_ key: String) -> FrontMatterValue? {
        HugoConfigFile.value(entries, key)
    }

    /// `cast.ToString` of a scalar, trimmed; nil when absent, empty or not a scalar.
    func text(_ key: String) -> String? {
        HugoConfigFile.text(value(key))
    }

    /// The key as written in the file (for its line).
    func writtenKey(_ key: String) -> String? {
        entries.first { $0.key.lowercased() == key.lowercased() }?.key
    }
}
