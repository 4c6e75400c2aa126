/// How deep a page nests its elements, estimated in one pass over its bytes before gumbo sees it.
///
/// gumbo's tree building takes time quadratic in the nesting depth and frees the tree
/// recursively, so a page of 300 000 nested `<div>`s takes minutes and overflows the stack.
/// Real pages nest a few dozen deep; a page beyond `limit` is left alone. The estimate counts
/// start tags up and end tags down, skipping void elements, self-closing tags, elements whose end
/// tag is optional (`<p>`, `<li>`, `<td>` …, which never nest deep), comments, and the text of
/// raw-text elements (`<script>`, `<style>` …), so it errs towards the real depth.
enum NestingEstimate {
    /// The deepest nesting a page may have.
    static let limit = 10_000

    /// Elements that never count: void, or closed by their next sibling.
    private static let flat: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
        "basefont", "bgsound", "frame", "keygen", "param", "p", "li", "dt", "dd", "option", "optgroup", "tr", "td",
        "th", "tbody", "thead", "tfoot", "rb", "rt", "rp", "rtc", "colgroup", "caption", "html", "head", "body",
    ]
    /// Elements whose text is not markup: the estimate skips to their end tag.
    private static let rawText: Set<String> = [
        "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext",
    ]

    /// Whether `bytes` nest deeper than `limit`.
    static func exceedsLimit(_ bytes: [UInt8]) -> Bool {
        var depth = 0
        var index = 0
        let count = bytes.count
        while index < count {
            guard bytes[index] == UInt8(ascii: "<"), index + 1 < count else {
                index += 1
                continue
            }
            let next = bytes[index + 1]
            if next == UInt8(ascii: "!") {
                index = skipComment(bytes, from: index)
            } else if next == UInt8(ascii: "/") {
                if index + 2 < count, isLetter(bytes[index + 2]) { depth = max(0, depth - 1) }
                index = skip(to: UInt8(ascii: ">"), in: bytes, from: index + 2)
            } else if isLetter(next) {
                var end = index + 1
                while end < count, isLetter(bytes[end]) || (0x30...0x39).contains(bytes[end]) { end += 1 }
                let name = String(decoding: bytes[(index + 1)..<end].map { $0 | 0x20 }, as: UTF8.self)
                let close = skip(to: UInt8(ascii: ">"), in: bytes, from: end)
                let selfClosing = close - 2 >= 0 && close - 2 < count && bytes[close - 2] == UInt8(ascii: "/")
                index = close
                if rawText.contains(name) {
                    index = skipRawText(bytes, from: index, name: Array(name.utf8))
                } else if !flat.contains(name), !selfClosing {
                    depth += 1
                    if depth > limit { return true }
                }
            } else {
                index += 1
            }
        }
        return false
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }

    /// The offset after the next `byte` at or after `from` (the end when there is none).
    private static func skip(to byte: UInt8, in bytes: [UInt8], from: Int) -> Int {
        var index = from
        while index < bytes.count {
            if bytes[index] == byte { return index + 1 }
            index += 1
        }
        return bytes.count
    }

    /// After `<!--…-->` or `<!…>`.
    private static func skipComment(_ bytes: [UInt8], from: Int) -> Int {
        guard bytes[from...].starts(with: Array("<!--".utf8)) else {
            return skip(to: UInt8(ascii: ">"), in: bytes, from: from)
        }
        var index = from + 4
        while index + 2 < bytes.count {
            if bytes[index] == UInt8(ascii: "-"), bytes[index + 1] == UInt8(ascii: "-"),
                bytes[index + 2] == UInt8(ascii: ">")
            {
                return index + 3
            }
            index += 1
        }
        return bytes.count
    }

    /// After the `</name` that ends a raw-text element (case-insensitive).
    private static func skipRawText(_ bytes: [UInt8], from: Int, name: [UInt8]) -> Int {
        var index = from
        while index + 1 + name.count < bytes.count {
            if bytes[index] == UInt8(ascii: "<"), bytes[index + 1] == UInt8(ascii: "/"),
                zip(bytes[(index + 2)...], name).allSatisfy({ $0 | 0x20 == $1 })
            {
                return index + 2 + name.count
            }
            index += 1
        }
        return bytes.count
    }
}
