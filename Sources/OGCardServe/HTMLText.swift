import Foundation

/// Escaping for the pages `ogcard serve` writes. Titles, tags, paths and error messages are the
/// user's data: every one goes through `escape` (text and quoted attribute values alike), and
/// data embedded for scripts goes through `scriptJSON`, so no post can inject markup or script.
enum HTMLText {
    /// `text` safe inside an element and inside a double- or single-quoted attribute value.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text.unicodeScalars {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(character)
            }
        }
        return out
    }

    /// `text` as a JSON string literal that is also safe inside a `<script>` element: `<`, `>`,
    /// `&` and the line separators a JavaScript parser rejects are written as `\u` escapes, so a
    /// title holding `</script>` cannot end the element.
    static func scriptJSON(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "<", ">", "&", "'", "\u{2028}", "\u{2029}":
                out += String(format: "\\u%04x", scalar.value)
            default:
                if scalar.value < 0x20 {
                    out += String(format: "\\u%04x", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
