/// Text clean-up and escaping for meta-tag attribute values.
enum MetaText {
    /// Removes control characters and bidirectional embedding, override and isolate controls, and
    /// collapses every run of whitespace (newlines, tabs, CR included) into one space, trimmed: an
    /// attribute value is one line, a stray control character would make the HTML invalid, and an
    /// unbalanced U+202E would reverse whatever a platform shows after the value.
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
            if scalar.properties.generalCategory == .control || isBidiControl(scalar) { continue }
            if pendingSpace {
                result.unicodeScalars.append(" ")
                pendingSpace = false
            }
            result.unicodeScalars.append(scalar)
        }
        return result
    }

    /// LRE, RLE, PDF, LRO, RLO (U+202A–U+202E) and LRI, RLI, FSI, PDI (U+2066–U+2069): the
    /// controls that change the direction of text after them. The marks LRM, RLM and ALM, which
    /// only affect their neighbours and which right-to-left titles legitimately use, are kept.
    static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
        (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
    }

    /// Escapes the five characters that matter inside a double-quoted attribute (and in text),
    /// plus `{`, `}` and `%` as character references: snippets are included by template engines
    /// (Liquid's `{{ }}`/`{% %}`, Go templates' `{{ }}`), and a value must never be read as a tag
    /// there. Browsers and crawlers decode the references to the same text.
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
            case "{": result += "&#123;"
            case "}": result += "&#125;"
            case "%": result += "&#37;"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
