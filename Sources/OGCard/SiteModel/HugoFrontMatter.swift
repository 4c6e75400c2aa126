/// A post's front matter read as Hugo reads it: keys whatever their case (Hugo lower-cases them).
struct HugoFrontMatter {
    let entries: [FrontMatterEntry]
    let frontMatter: FrontMatter?

    /// The page's front matter, then `cascaded` entries (nearest `_index` first) for keys it lacks.
    init(_ frontMatter: FrontMatter?, cascaded: [FrontMatterEntry] = []) {
        entries = (frontMatter?.entries ?? []) + cascaded
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

    /// `cast.ToString` of `key` after Hugo's YAML 1.1 reading of a plain scalar: `yes`/`N`/`on` are
    /// booleans (`true`/`false`), `1.50` a float (`1.5`), `0x1F` an integer (`31`); anything else,
    /// and every quoted, TOML or JSON value, is the text as written. Nil when absent or empty.
    func string(_ key: String) -> String? {
        guard let text = text(key) else { return nil }
        let location = writtenKey(key).flatMap { frontMatter?.location(of: $0) }
        guard frontMatter?.format == .yaml, location?.isQuoted != true else { return text }
        return Self.yamlPlainScalar(text)
    }

    /// What yaml.v2 makes of a plain scalar, printed back as Go's `cast.ToString` prints it.
    static func yamlPlainScalar(_ text: String) -> String {
        switch text {
        case "y", "Y", "yes", "Yes", "YES", "on", "On", "ON", "true", "True", "TRUE": return "true"
        case "n", "N", "no", "No", "NO", "off", "Off", "OFF", "false", "False", "FALSE": return "false"
        default: break
        }
        let digits = text.replacingOccurrences(of: "_", with: "")
        let unsigned = digits.hasPrefix("-") || digits.hasPrefix("+") ? String(digits.dropFirst()) : digits
        let sign = digits.hasPrefix("-") ? "-" : ""
        if unsigned.hasPrefix("0x"), let value = Int(unsigned.dropFirst(2), radix: 16) { return sign + String(value) }
        if unsigned.hasPrefix("0b"), let value = Int(unsigned.dropFirst(2), radix: 2) { return sign + String(value) }
        if unsigned.count > 1, unsigned.hasPrefix("0"), let value = Int(unsigned.dropFirst(), radix: 8) {
            return sign + String(value)
        }
        if !unsigned.isEmpty, unsigned.allSatisfy(\.isASCII), let value = Int(unsigned) { return sign + String(value) }
        let isFloat = unsigned.range(of: #"^(\d+\.\d*|\.\d+|\d+)([eE][-+]?\d+)?$"#, options: .regularExpression) != nil
        if isFloat, unsigned.contains(where: { $0 == "." || $0 == "e" || $0 == "E" }), let value = Double(digits) {
            if value == value.rounded(), abs(value) < 1e21 { return String(Int(value)) }
            return String(value)
        }
        return text
    }

    /// The key as written in the file (for its line).
    func writtenKey(_ key: String) -> String? {
        entries.first { $0.key.lowercased() == key.lowercased() }?.key
    }
}
