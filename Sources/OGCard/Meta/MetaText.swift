/// Text clean-up and escaping for meta-tag attribute values.
enum MetaText {
    /// Removes control characters and collapses every run of whitespace (newlines, tabs, CR included)
    /// into one space, trimmed: an attribute value is one line, and a stray control character would make
    /// the HTML invalid.
    static func clean(_ text: String) -> String {
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !result.isEmpty
                continue
            }
            // Cc (C0, DEL, C1) carry no text; format characters such as ZWJ are kept for emoji.
            if scalar.properties.generalCategory == .control { continue }
            if pendingSpace {
                result.unicodeScalars.append(" ")
                pendingSpace = false
            }
            result.unicodeScalars.append(scalar)
        }
        return result
    }

    /// Escapes the five characters that matter inside a double-quoted attribute (and in text).
    static func escapeHTML(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
