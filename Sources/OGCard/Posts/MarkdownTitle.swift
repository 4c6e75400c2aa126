/// Turns a Markdown-flavoured text (a description, a body's first line) into the text a reader sees.
///
/// Only inline Markdown that commonly appears in titles is removed: links and images
/// (`[text](url)` → `text`), code spans (backticks dropped, content kept verbatim),
/// and emphasis markers (`**`, `__`, `*`, `_`, `~~`). HTML is not interpreted here: titles go
/// through `TitleMarkup`, which reads their inline HTML as themes print it and reuses these
/// Markdown rules.
package enum MarkdownTitle {
    /// The reader-visible text of `markdown`, with line breaks turned into spaces and trimmed.
    /// Only the first `maximumInputCharacters` characters are read: looking for closing markers
    /// costs time growing with the square of the length, and no title is that long.
    package static func plainText(_ markdown: String) -> String {
        let flattened = markdown.prefix(maximumInputCharacters).map { $0.isNewline || $0 == "\t" ? " " : $0 }
        return strip(flattened).trimmingSpaces()
    }

    /// The longest input `plainText` reads.
    package static let maximumInputCharacters = 2048

    /// Links and emphasis nested deeper than this are left as written: each level recurses.
    static let maximumNesting = 16

    static func strip(_ chars: [Character], depth: Int = 0) -> String {
        var out = ""
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "`" {
                let run = runLength(chars, at: i)
                if let close = findBacktickRun(chars, length: run, from: i + run) {
                    var code = String(chars[(i + run)..<close])
                    // CommonMark strips one space on each side so `` `x` `` can hold backticks.
                    if code.count >= 2, code.first == " ", code.last == " " {
                        code = String(code.dropFirst().dropLast())
                    }
                    out += code
                    i = close + run
                } else {
                    out += String(repeating: "`", count: run)
                    i += run
                }
                continue
            }
            if depth < maximumNesting, c == "[" || (c == "!" && i + 1 < chars.count && chars[i + 1] == "[") {
                let open = c == "!" ? i + 1 : i
                if let (text, next) = link(chars, openBracket: open) {
                    out += strip(text, depth: depth + 1)
                    i = next
                    continue
                }
            }
            if c == "*" || c == "_" || c == "~" {
                let run = min(runLength(chars, at: i), 3)
                if depth < maximumNesting, let close = findEmphasisClose(chars, marker: c, length: run, openAt: i) {
                    out += strip(Array(chars[(i + run)..<close]), depth: depth + 1)
                    i = close + run
                    continue
                }
                out += String(repeating: c, count: runLength(chars, at: i))
                i += runLength(chars, at: i)
                continue
            }
            out.append(c)
            i += 1
        }
        return out
    }

    static func runLength(_ chars: [Character], at index: Int) -> Int {
        var end = index
        while end < chars.count, chars[end] == chars[index] { end += 1 }
        return end - index
    }

    static func findBacktickRun(_ chars: [Character], length: Int, from start: Int) -> Int? {
        var j = start
        while j < chars.count {
            if chars[j] == "`" {
                let run = runLength(chars, at: j)
                if run == length { return j }
                j += run
            } else {
                j += 1
            }
        }
        return nil
    }

    /// `[text](destination)` starting at `openBracket`: returns the text and the index after `)`.
    static func link(_ chars: [Character], openBracket: Int) -> ([Character], Int)? {
        var depth = 0
        var j = openBracket
        var closeBracket: Int?
        while j < chars.count {
            if chars[j] == "[" { depth += 1 }
            if chars[j] == "]" { depth -= 1; if depth == 0 { closeBracket = j; break } }
            j += 1
        }
        guard let closeBracket, closeBracket + 1 < chars.count, chars[closeBracket + 1] == "(" else { return nil }
        depth = 0
        j = closeBracket + 1
        while j < chars.count {
            if chars[j] == "(" { depth += 1 }
            if chars[j] == ")" { depth -= 1; if depth == 0 { break } }
            j += 1
        }
        guard j < chars.count else { return nil }
        return (Array(chars[(openBracket + 1)..<closeBracket]), j + 1)
    }

    /// Finds a closing delimiter run that matches the opener, following the spirit of
    /// CommonMark flanking rules: no space just inside the markers, and `_` does not
    /// work inside words (so `snake_case_name` is left alone).
    static func findEmphasisClose(_ chars: [Character], marker: Character, length: Int, openAt i: Int) -> Int? {
        if marker == "~", length != 2 { return nil }
        let innerStart = i + length
        guard innerStart < chars.count, !chars[innerStart].isWhitespace else { return nil }
        if marker == "_", i > 0, chars[i - 1].isLetter || chars[i - 1].isNumber { return nil }
        var j = innerStart + 1
        while j < chars.count {
            if chars[j] == marker {
                let run = runLength(chars, at: j)
                if run == length, !chars[j - 1].isWhitespace {
                    let after = j + run
                    let wordAfter = after < chars.count && (chars[after].isLetter || chars[after].isNumber)
                    if !(marker == "_" && wordAfter) { return j }
                }
                j += run
            } else {
                j += 1
            }
        }
        return nil
    }
}
