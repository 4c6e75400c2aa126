/// A post's front matter read as Hugo reads it: keys whatever their case (Hugo lower-cases them).
struct HugoFrontMatter {
    let entries: [FrontMatterEntry]
    let frontMatter: FrontMatter?

    init(_ frontMatter: FrontMatter?) {
        entries = frontMatter?.entries ?? []
        self.frontMatter = frontMatter
    }

    /// `cast.ToBoolE` of `key`: nil when absent or no boolean. YAML 1.1's `yes`/`no`/`on`/`off`
    /// count only as plain YAML scalars (quoted, or in TOML and JSON, they are text).
    func bool(_ key: String) -> Bool? {
        let location = writtenKey(key).flatMap { frontMatter?.location(of: $0) }
        let yamlWords = frontMatter?.format == .yaml && location?.isQuoted != true
        return HugoConfigFile.boolIfReadable(value(key), yamlWords: yamlWords)
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
