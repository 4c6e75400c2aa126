/// One HTML tag in a title (`<code>`, `</em>`, `<br/>`), as `TitleMarkup` reads it.
struct HTMLTag {
    /// The element name, lowercased.
    let name: String
    /// Whether it is an end tag (`</code>`).
    let isEnd: Bool
    /// Whether it ends with `/>`.
    let isSelfClosing: Bool
    /// The index of its `<`.
    let start: Int
    /// The index after its `>`.
    let end: Int

    /// The tag starting at `chars[index]` (a `<`), when it names a known HTML element and is
    /// closed by a `>` (quotes in attributes respected). Anything else — `Vec<T>`, `a < b`,
    /// `<3`, `<custom-thing>` — is not a tag and stays text.
    static func parse(_ chars: [Character], at index: Int) -> HTMLTag? {
        var j = index + 1
        let isEnd = j < chars.count && chars[j] == "/"
        if isEnd { j += 1 }
        var name = ""
        while j < chars.count, chars[j].isASCII, chars[j].isLetter || chars[j].isNumber {
            name.append(chars[j])
            j += 1
            if name.count > 10 { return nil }
        }
        name = name.lowercased()
        guard knownElements.contains(name), j < chars.count else { return nil }
        guard chars[j] == ">" || chars[j] == "/" || chars[j] == " " else { return nil }
        var quote: Character?
        var selfClosing = false
        while j < chars.count {
            let c = chars[j]
            if let open = quote {
                if c == open { quote = nil }
            } else if c == "\"" || c == "'" {
                quote = c
            } else if c == "<" {
                return nil  // `<b <i>`: not a tag
            } else if c == ">" {
                return HTMLTag(name: name, isEnd: isEnd, isSelfClosing: selfClosing, start: index, end: j + 1)
            }
            selfClosing = quote == nil && c == "/"
            j += 1
        }
        return nil
    }

    /// The end tag that closes `open`, skipping nested elements of the same name; nil when the
    /// element is never closed.
    static func matchingEnd(of open: HTMLTag, in chars: [Character]) -> HTMLTag? {
        var depth = 1
        var j = open.end
        while j < chars.count {
            if chars[j] == "<", let tag = parse(chars, at: j) {
                if tag.name == open.name {
                    if tag.isEnd {
                        depth -= 1
                        if depth == 0 { return tag }
                    } else if !tag.isSelfClosing {
                        depth += 1
                    }
                }
                j = tag.end
            } else {
                j += 1
            }
        }
        return nil
    }

    /// The style an element gives its text.
    static func style(of name: String) -> InlineStyle {
        switch name {
        case "code", "kbd", "samp", "tt": .code
        case "em", "i", "cite", "dfn", "var": .italic
        case "strong", "b": .bold
        default: []
        }
    }

    /// Elements without content or end tag: dropped whole.
    static let voidElements: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
    ]

    /// The HTML elements (current and obsolete) a title may contain. Only these are tags: a name
    /// outside the list (`<T>`, `<String>`) is text, as programmers write it in titles.
    static let knownElements: Set<String> = [
        "a", "abbr", "acronym", "address", "area", "article", "aside", "audio", "b", "base", "bdi", "bdo", "big",
        "blink", "blockquote", "body", "br", "button", "canvas", "caption", "center", "cite", "code", "col",
        "colgroup", "data", "datalist", "dd", "del", "details", "dfn", "dialog", "div", "dl", "dt", "em", "embed",
        "fieldset", "figcaption", "figure", "font", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "head",
        "header", "hr", "html", "i", "iframe", "img", "input", "ins", "kbd", "label", "legend", "li", "link",
        "main", "mark", "marquee", "menu", "meta", "meter", "nav", "nobr", "noscript", "object", "ol",
        "optgroup", "option", "output", "p", "param", "picture", "pre", "progress", "q", "rp", "rt", "ruby", "s",
        "samp", "script", "section", "select", "small", "source", "span", "strike", "strong", "style", "sub",
        "summary", "sup", "svg", "table", "tbody", "td", "template", "textarea", "tfoot", "th", "thead", "time",
        "title", "tr", "track", "tt", "u", "ul", "var", "video", "wbr",
    ]
}
