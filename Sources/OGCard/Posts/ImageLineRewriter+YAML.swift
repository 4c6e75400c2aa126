extension ImageLineRewriter {
    /// Plans the YAML edit: the value on the `image:` line, the `path:` line of a block
    /// mapping, or a new `image:` line before the closing delimiter.
    func yamlEdit(_ bytes: [UInt8], _ frontMatter: FrontMatter, newImage: String, path: String) throws(Diagnostic)
        -> Edit
    {
        let lines = SourceLine.split(bytes)
        guard let location = frontMatter.location(of: "image") else {
            let closing = lines[frontMatter.closingLine - 1]
            let previous = lines[frontMatter.closingLine - 2]
            let ending = previous.ending(in: bytes)
            let text = "image: \(YAMLScalarStyle.plain.render(newImage))\(ending)"
            return Edit(range: closing.start..<closing.start, replacement: Array(text.utf8), line: closing.number)
        }
        let keyLine = lines[location.line - 1]
        // YAML also ends lines at a lone CR, NEL, LS and PS; a key sharing the file line with
        // `image:` cannot be told apart from its value by a line-based edit.
        if frontMatter.locations.contains(where: { $0.key != "image" && $0.line == location.line }) {
            throw Diagnostic(
                file: path, line: keyLine.number, step: .rewritePost,
                reason:
                    "another key shares this line with image: (separated by a carriage return or U+0085/U+2028/U+2029, which YAML reads as line breaks); edit it by hand"
            )
        }
        guard let colon = Self.yamlColon(bytes, keyLine, key: "image") else {
            throw Diagnostic(
                file: path, line: keyLine.number, step: .rewritePost, reason: "cannot find \"image:\" on this line")
        }
        let valueStart = Self.skipBlanks(bytes, from: colon + 1, to: keyLine.contentEnd)
        let emptyOnKeyLine = valueStart == keyLine.contentEnd || bytes[valueStart] == UInt8(ascii: "#")
        if location.lastLine == location.line || !Self.hasContent(bytes, lines[location.line..<location.lastLine]) {
            return try Self.valueEdit(bytes, line: keyLine, colon: colon, newValue: newImage, path: path)
        }
        guard emptyOnKeyLine else {
            throw Diagnostic(
                file: path, line: keyLine.number, step: .rewritePost,
                reason: "the image value spans several lines (block or multi-line scalar); edit it by hand")
        }
        guard frontMatter["image"]?.entries != nil else {
            throw Diagnostic(
                file: path, line: keyLine.number, step: .rewritePost,
                reason: "the image value is a list or block value, not a string or a mapping with path")
        }
        // A block mapping: find `path:` among the direct children (the least-indented lines).
        let children = lines[location.line..<location.lastLine].filter { line in
            let text = line.trimmedContent(in: bytes).drop { $0 == " " || $0 == "\t" }
            return !text.isEmpty && !text.hasPrefix("#")
        }
        let indentation = children.map { Self.indentation(bytes, $0) }.min() ?? 0
        for child in children where Self.indentation(bytes, child) == indentation {
            if let childColon = Self.yamlColon(bytes, child, key: "path") {
                return try Self.valueEdit(bytes, line: child, colon: childColon, newValue: newImage, path: path)
            }
        }
        throw Diagnostic(
            file: path, line: keyLine.number, step: .rewritePost,
            reason: "the image mapping has no single-line \"path:\" to replace")
    }

    static func indentation(_ bytes: [UInt8], _ line: SourceLine) -> Int {
        var index = line.start
        while index < line.contentEnd, bytes[index] == 0x20 { index += 1 }
        return index - line.start
    }

    static func skipBlanks(_ bytes: [UInt8], from start: Int, to end: Int) -> Int {
        var index = start
        while index < end, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
        return index
    }

    static func hasContent(_ bytes: [UInt8], _ lines: ArraySlice<SourceLine>) -> Bool {
        lines.contains { line in
            let text = line.trimmedContent(in: bytes).drop { $0 == " " || $0 == "\t" }
            return !text.isEmpty && !text.hasPrefix("#")
        }
    }

    /// The offset of the `:` after `key` (bare, "double" or 'single' quoted) at the
    /// start of the line's content, or `nil` when the line does not start with that key.
    static func yamlColon(_ bytes: [UInt8], _ line: SourceLine, key: String) -> Int? {
        let start = skipBlanks(bytes, from: line.start, to: line.contentEnd)
        let keyBytes = Array(key.utf8)
        for candidate in [keyBytes, [0x22] + keyBytes + [0x22], [0x27] + keyBytes + [0x27]] {
            guard bytes[start..<line.contentEnd].starts(with: candidate) else { continue }
            let colon = skipBlanks(bytes, from: start + candidate.count, to: line.contentEnd)
            if colon < line.contentEnd, bytes[colon] == UInt8(ascii: ":"),
                colon + 1 == line.contentEnd || bytes[colon + 1] == 0x20 || bytes[colon + 1] == 0x09
            {
                return colon
            }
        }
        return nil
    }

    /// Replaces the single-line value after `colon`, keeping its quote style, any
    /// trailing comment and the line ending.
    static func valueEdit(_ bytes: [UInt8], line: SourceLine, colon: Int, newValue: String, path: String)
        throws(Diagnostic) -> Edit
    {
        let end = line.contentEnd
        let start = skipBlanks(bytes, from: colon + 1, to: end)
        func refuse(_ reason: String) -> Diagnostic {
            Diagnostic(file: path, line: line.number, step: .rewritePost, reason: reason)
        }
        if start == end || bytes[start] == UInt8(ascii: "#") {
            // Empty (null) value: insert, keeping a space after the colon and before a comment.
            var text = (start == colon + 1 ? " " : "") + YAMLScalarStyle.plain.render(newValue)
            if start < end { text += " " }
            return Edit(range: start..<start, replacement: Array(text.utf8), line: line.number)
        }
        let style: YAMLScalarStyle
        var valueEnd: Int
        switch bytes[start] {
        case UInt8(ascii: "'"):
            style = .singleQuoted
            valueEnd = start + 1
            while true {
                guard valueEnd < end else { throw refuse("the quoted image value continues on the next line") }
                if bytes[valueEnd] == UInt8(ascii: "'") {
                    if valueEnd + 1 < end, bytes[valueEnd + 1] == UInt8(ascii: "'") { valueEnd += 2; continue }
                    valueEnd += 1
                    break
                }
                valueEnd += 1
            }
        case UInt8(ascii: "\""):
            style = .doubleQuoted
            valueEnd = start + 1
            while true {
                guard valueEnd < end else { throw refuse("the quoted image value continues on the next line") }
                if bytes[valueEnd] == UInt8(ascii: "\\") { valueEnd += 2; continue }
                if bytes[valueEnd] == UInt8(ascii: "\"") { valueEnd += 1; break }
                valueEnd += 1
            }
        case UInt8(ascii: "|"), UInt8(ascii: ">"):
            throw refuse("the image value is a block scalar; edit it by hand")
        case UInt8(ascii: "["), UInt8(ascii: "{"):
            throw refuse("the image value is a flow collection; edit it by hand")
        case UInt8(ascii: "&"), UInt8(ascii: "*"), UInt8(ascii: "!"):
            throw refuse("the image value uses an anchor, alias or tag; edit it by hand")
        default:
            style = .plain
            valueEnd = start
            // A plain scalar ends at ` #` (a comment) or the end of the line.
            while valueEnd < end,
                !(bytes[valueEnd] == UInt8(ascii: "#") && (bytes[valueEnd - 1] == 0x20 || bytes[valueEnd - 1] == 0x09))
            {
                valueEnd += 1
            }
            while valueEnd > start, bytes[valueEnd - 1] == 0x20 || bytes[valueEnd - 1] == 0x09 { valueEnd -= 1 }
        }
        let rest = skipBlanks(bytes, from: valueEnd, to: end)
        guard rest == end || (bytes[rest] == UInt8(ascii: "#") && rest > valueEnd) else {
            throw refuse("unexpected text after the quoted image value")
        }
        return Edit(range: start..<valueEnd, replacement: Array(style.render(newValue).utf8), line: line.number)
    }
}
