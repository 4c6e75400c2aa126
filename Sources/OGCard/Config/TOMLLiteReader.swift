import Foundation

/// Reads just enough TOML for Hugo's site config: `[section]` headers and `key = value` lines.
/// Arrays, inline tables, multi-line strings and `[[array tables]]` are skipped, not errors:
/// ogcard only wants a few plain strings and must not choke on the rest of someone's config.
enum TOMLLiteReader {
    /// Flattened `section.key` (lower-cased, because Hugo keys are case-insensitive) → string value.
    static func parse(_ text: String) -> [String: String] {
        var values: [String: String] = [:]
        var section = ""
        var skipping = false
        for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("[[") {
                // Entries of an array of tables (menus and the like) are not site settings.
                skipping = true
                continue
            }
            if line.hasPrefix("["), let close = line.firstIndex(of: "]") {
                section = line[line.index(after: line.startIndex)..<close]
                    .split(separator: ".").map { unquote($0.trimmingCharacters(in: .whitespaces)) }
                    .joined(separator: ".").lowercased()
                skipping = false
                continue
            }
            guard !skipping, let equals = line.firstIndex(of: "=") else { continue }
            let key = unquote(line[..<equals].trimmingCharacters(in: .whitespaces)).lowercased()
            guard let value = scalar(line[line.index(after: equals)...].trimmingCharacters(in: .whitespaces))
            else { continue }
            values[section.isEmpty ? key : section + "." + key] = value
        }
        return values
    }

    /// A basic or literal string, or a bare scalar (number, bool) up to a comment; nil for anything else.
    private static func scalar(_ text: String) -> String? {
        guard let first = text.first else { return nil }
        if first == "\"" {
            if text.hasPrefix("\"\"\"") { return nil }
            var result = ""
            var escaped = false
            for character in text.dropFirst() {
                if escaped {
                    switch character {
                    case "n": result.append("\n")
                    case "t": result.append("\t")
                    default: result.append(character)
                    }
                    escaped = false
                } else if character == "\\" {
                    escaped = true
                } else if character == "\"" {
                    return result
                } else {
                    result.append(character)
                }
            }
            return nil
        }
        if first == "'" {
            if text.hasPrefix("'''") { return nil }
            let body = text.dropFirst()
            guard let end = body.firstIndex(of: "'") else { return nil }
            return String(body[..<end])
        }
        if first == "[" || first == "{" { return nil }
        let bare = text.prefix { $0 != "#" }.trimmingCharacters(in: .whitespaces)
        return bare.isEmpty ? nil : bare
    }

    /// Removes quotes around a key.
    private static func unquote(_ key: String) -> String {
        if key.count >= 2, let first = key.first, first == "\"" || first == "'", key.last == first {
            return String(key.dropFirst().dropLast())
        }
        return key
    }
}
