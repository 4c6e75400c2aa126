/// Turns a title as themes print it — inline HTML, entities and Markdown — into the styled text
/// its readers see.
///
/// Jekyll and Hugo themes print titles unescaped, so `如何理解 <code>document</code> 对象` shows
/// "document" in code type on the page. Here:
/// - `<code>`, `<kbd>`, `<samp>`, `<tt>` and Markdown code spans become monospace; `<em>`, `<i>`,
///   `<cite>`, `<dfn>`, `<var>` and `*x*`/`_x_` italic; `<strong>`, `<b>` and `**x**` bold;
/// - `<br>` is a line break; other known HTML elements (`<span>`, `<a>`, `<script>`, …) are
///   dropped to their text, and void ones (`<img>`, `<hr>`, `<wbr>`) to nothing;
/// - character references (`&amp;`, `&#x4E2D;`, `&hellip;`) are decoded, and their result is
///   never read as markup again (`&lt;b&gt;` shows `<b>`);
/// - anything else stays as written: a `<` that does not open a known element (`Vec<T>`,
///   `a < b`), an element without its end tag (`How to center a <div>`), an unknown entity
///   (`AT&T;`), and everything inside a code span.
///
/// The result is plain text plus style ranges: nothing is ever handed to Pango as markup.
package enum TitleMarkup {
    /// The styled text of `markup`, tabs and line breaks of the source turned into spaces,
    /// trimmed. Reads at most `MarkdownTitle.maximumInputCharacters` characters (see there).
    package static func parse(_ markup: String) -> StyledText {
        let flattened = markup.prefix(MarkdownTitle.maximumInputCharacters).map {
            $0.isNewline || $0 == "\t" ? " " : $0
        }
        var builder = Builder()
        parse(flattened[...], style: [], depth: 0, into: &builder)
        return builder.finished()
    }

    /// The title as one line of plain text: what meta tags and file names carry.
    package static func plainText(_ markup: String) -> String {
        parse(markup).plainText
    }

    private static func parse(
        _ chars: ArraySlice<Character>, style: InlineStyle, depth: Int, into out: inout Builder
    ) {
        let chars = Array(chars)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "`" {
                let run = MarkdownTitle.runLength(chars, at: i)
                if let close = MarkdownTitle.findBacktickRun(chars, length: run, from: i + run) {
                    var code = String(chars[(i + run)..<close])
                    // CommonMark strips one space on each side so `` `x` `` can hold backticks.
                    if code.count >= 2, code.first == " ", code.last == " " {
                        code = String(code.dropFirst().dropLast())
                    }
                    out.append(code, style: style.union(.code))
                    i = close + run
                } else {
                    out.append(String(repeating: "`", count: run), style: style)
                    i += run
                }
                continue
            }
            if c == "<", let tag = HTMLTag.parse(chars, at: i) {
                if let next = apply(tag, chars, style: style, depth: depth, into: &out) {
                    i = next
                    continue
                }
            }
            if c == "&", let (decoded, next) = CharacterReference.decode(chars, at: i) {
                out.append(decoded, style: style)
                i = next
                continue
            }
            // Inside HTML code, `*` and `_` are code, as a reader of the page sees them.
            if !style.contains(.code) {
                if depth < MarkdownTitle.maximumNesting,
                    c == "[" || (c == "!" && i + 1 < chars.count && chars[i + 1] == "[")
                {
                    let open = c == "!" ? i + 1 : i
                    if let (text, next) = MarkdownTitle.link(chars, openBracket: open) {
                        parse(text[...], style: style, depth: depth + 1, into: &out)
                        i = next
                        continue
                    }
                }
                if c == "*" || c == "_" || c == "~" {
                    let run = min(MarkdownTitle.runLength(chars, at: i), 3)
                    if depth < MarkdownTitle.maximumNesting,
                        let close = MarkdownTitle.findEmphasisClose(chars, marker: c, length: run, openAt: i)
                    {
                        let emphasis: InlineStyle =
                            c == "~" ? [] : run == 1 ? .italic : run == 2 ? .bold : [.bold, .italic]
                        parse(chars[(i + run)..<close], style: style.union(emphasis), depth: depth + 1, into: &out)
                        i = close + run
                        continue
                    }
                    let whole = MarkdownTitle.runLength(chars, at: i)
                    out.append(String(repeating: c, count: whole), style: style)
                    i += whole
                    continue
                }
            }
            out.append(String(c), style: style)
            i += 1
        }
    }

    /// Applies the tag at `tag.start`; returns the index after what it consumed, or nil when the
    /// `<` is to be shown as written (an element without its end tag, nesting too deep).
    private static func apply(
        _ tag: HTMLTag, _ chars: [Character], style: InlineStyle, depth: Int, into out: inout Builder
    ) -> Int? {
        if tag.name == "br" {
            out.appendLineBreak()
            return tag.end
        }
        // A stray end tag is dropped, as a browser drops it; so are void and self-closed elements.
        if tag.isEnd || tag.isSelfClosing || HTMLTag.voidElements.contains(tag.name) { return tag.end }
        guard depth < MarkdownTitle.maximumNesting, let close = HTMLTag.matchingEnd(of: tag, in: chars) else {
            return nil
        }
        parse(
            chars[tag.end..<close.start], style: style.union(HTMLTag.style(of: tag.name)), depth: depth + 1,
            into: &out)
        return close.end
    }

    /// Collects text and style spans, then trims and tidies line breaks.
    private struct Builder {
        var text = ""
        var spans: [TextSpan] = []

        mutating func append(_ piece: String, style: InlineStyle) {
            guard !piece.isEmpty else { return }
            let start = text.utf8.count
            text += piece
            guard !style.isEmpty else { return }
            let end = text.utf8.count
            if let last = spans.last, last.end == start, last.style == style {
                spans[spans.count - 1].end = end
            } else {
                spans.append(TextSpan(start: start, end: end, style: style))
            }
        }

        mutating func appendLineBreak() {
            text += "\n"
        }

        /// Leading and trailing spaces and breaks dropped, spaces around a break dropped and
        /// repeated breaks made one; other spaces kept as written (a title's `:title` slug must
        /// not change); spans moved with their text.
        func finished() -> StyledText {
            var result = ""
            var map = [Int](repeating: 0, count: text.utf8.count + 1)  // old byte offset → new
            var offset = 0
            var spaces = ""  // spaces waiting for what follows
            var lineBreak = false  // a break waiting for what follows
            for scalar in text.unicodeScalars {
                let width = String(scalar).utf8.count
                if scalar == " " || scalar == "\n" {
                    if !result.isEmpty {
                        if scalar == "\n" {
                            lineBreak = true
                        } else if !lineBreak {
                            spaces.unicodeScalars.append(scalar)
                        }
                    }
                    for k in 0..<width { map[offset + k] = result.utf8.count }
                    offset += width
                    continue
                }
                result += lineBreak ? "\n" : spaces
                lineBreak = false
                spaces = ""
                for k in 0..<width { map[offset + k] = result.utf8.count + k }
                result.unicodeScalars.append(scalar)
                offset += width
            }
            map[offset] = result.utf8.count
            let end = result.utf8.count
            let moved = spans.compactMap { span -> TextSpan? in
                let start = min(map[span.start], end), stop = min(map[span.end], end)
                return start < stop ? TextSpan(start: start, end: stop, style: span.style) : nil
            }
            return StyledText(result, spans: moved)
        }
    }
}
