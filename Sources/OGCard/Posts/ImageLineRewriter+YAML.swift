extension ImageLineRewriter {
    /// Plans the YAML edit: the value on the key's line (or the `path:` line of a block mapping),
    /// a child of a block or one-line flow mapping, the first item of a block list or one-line
    /// flow list, or a new entry before the closing delimiter.
    func yamlEdit(_ bytes: [UInt8], _ frontMatter: FrontMatter, field: ImageField, newImage: String, path: String)
        throws(Diagnostic) -> Edit
    {
        let lines = SourceLine.split(bytes)
        let key = field.topLevelKey
        guard let location = frontMatter.location(of: key) else {
            let closing = lines[frontMatter.closingLine - 1]
            let previous = lines[frontMatter.closingLine - 2]
            let entry = Self.yamlEntry(field, newImage, ending: previous.ending(in: bytes))
            return Edit(
                range: closing.start..<closing.start, replacement: Array(entry.text.utf8),
                line: closing.number + entry.valueLineOffset)
        }
        let keyLine = lines[location.line - 1]
        func refuse(_ reason: String) -> Diagnostic {
            Diagnostic(file: path, line: keyLine.number, step: .rewritePost, reason: reason)
        }
        // YAML also ends lines at a lone CR, NEL, LS and PS; a key sharing the file line with
        // this one cannot be told apart from its value by a line-based edit.
        if frontMatter.locations.contains(where: { $0.key != key && $0.line == location.line }) {
            throw refuse(
                "another key shares this line with \(key): (separated by a carriage return or U+0085/U+2028/U+2029, which YAML reads as line breaks); edit it by hand"
            )
        }
        guard let colon = Self.yamlColon(bytes, keyLine, key: key) else {
            throw refuse("cannot find \"\(key):\" on this line")
        }
        let valueStart = Self.skipBlanks(bytes, from: colon + 1, to: keyLine.contentEnd)
        let emptyOnKeyLine = valueStart == keyLine.contentEnd || bytes[valueStart] == UInt8(ascii: "#")
        let body = lines[location.line..<location.lastLine]
        let continues = location.lastLine != location.line && Self.hasContent(bytes, body)
        switch field {
        case .key:
            if !continues, !emptyOnKeyLine, bytes[valueStart] == UInt8(ascii: "{") {
                // `image: {path: …, alt: …}`: the mapping's `path`, as in the block form.
                return try yamlFlowEdit(
                    bytes, line: keyLine, open: valueStart, child: "path", newValue: newImage, path: path)
            }
            if !continues {
                return try Self.valueEdit(bytes, line: keyLine, colon: colon, newValue: newImage, path: path)
            }
            guard emptyOnKeyLine else {
                throw refuse("the \(key) value spans several lines (block or multi-line scalar); edit it by hand")
            }
            guard frontMatter[key]?.entries != nil else {
                throw refuse("the \(key) value is a list or block value, not a string or a mapping with path")
            }
            return try yamlChildEdit(
                bytes, body: body, parent: key, child: "path", canAdd: false, newValue: newImage, path: path)
        case .nested(_, let child):
            if !emptyOnKeyLine {
                guard !continues, bytes[valueStart] == UInt8(ascii: "{") else {
                    throw refuse(Self.yamlCollectionRefusal(bytes[valueStart], key: key, kind: "mapping"))
                }
                return try yamlFlowEdit(
                    bytes, line: keyLine, open: valueStart, child: child, newValue: newImage, path: path)
            }
            guard continues else {
                // `cover:` with no value: the child goes on the next line, indented.
                let text = "  \(YAMLScalarStyle.plain.render(child)): \(YAMLScalarStyle.plain.render(newImage))"
                return Edit(
                    range: keyLine.end..<keyLine.end, replacement: Array((text + keyLine.ending(in: bytes)).utf8),
                    line: keyLine.number + 1)
            }
            return try yamlChildEdit(
                bytes, body: body, parent: key, child: child, canAdd: true, newValue: newImage, path: path)
        case .firstItem:
            if !emptyOnKeyLine {
                guard !continues, bytes[valueStart] == UInt8(ascii: "[") else {
                    throw refuse(Self.yamlCollectionRefusal(bytes[valueStart], key: key, kind: "list"))
                }
                return try yamlFlowEdit(
                    bytes, line: keyLine, open: valueStart, child: nil, newValue: newImage, path: path)
            }
            guard continues else {
                // `images:` with no value (null): it becomes a one-item flow list.
                var text = (valueStart == colon + 1 ? " " : "") + "[\(Self.jsonString(newImage))]"
                if valueStart < keyLine.contentEnd { text += " " }
                return Edit(range: valueStart..<valueStart, replacement: Array(text.utf8), line: keyLine.number)
            }
            return try yamlBlockItemEdit(bytes, body: body, key: key, newValue: newImage, path: path)
        }
    }

    /// A new top-level entry holding the field, and on which of its lines (0 or 1) the value sits.
    static func yamlEntry(_ field: ImageField, _ value: String, ending: String) -> (text: String, valueLineOffset: Int)
    {
        let plain = YAMLScalarStyle.plain
        switch field {
        case .key(let key):
            return ("\(plain.render(key)): \(plain.render(value))\(ending)", 0)
        case .nested(let parent, let child):
            return ("\(plain.render(parent)):\(ending)  \(plain.render(child)): \(plain.render(value))\(ending)", 1)
        case .firstItem(let key):
            return ("\(plain.render(key)): [\(jsonString(value))]\(ending)", 0)
        }
    }

    /// Why a `.nested` or `.firstItem` value on the key's line cannot be edited.
    static func yamlCollectionRefusal(_ first: UInt8, key: String, kind: String) -> String {
        switch first {
        case UInt8(ascii: "&"), UInt8(ascii: "*"), UInt8(ascii: "!"):
            "the \(key) value uses an anchor, alias or tag; edit it by hand"
        case UInt8(ascii: "|"), UInt8(ascii: ">"):
            "the \(key) value is a block scalar; edit it by hand"
        case UInt8(ascii: "["), UInt8(ascii: "{"):
            "the \(key) flow collection spans several lines; edit it by hand"
        default:
            "the \(key) value is not a \(kind) that can be edited in place; edit it by hand"
        }
    }

    /// The child `child:` among the direct children (the least-indented lines) of a block
    /// mapping, or a new child line after the mapping's last line when `canAdd`.
    func yamlChildEdit(
        _ bytes: [UInt8], body: ArraySlice<SourceLine>, parent: String, child: String, canAdd: Bool,
        newValue: String, path: String
    ) throws(Diagnostic) -> Edit {
        let children = body.filter { line in
            let text = line.trimmedContent(in: bytes).drop { $0 == " " || $0 == "\t" }
            return !text.isEmpty && !text.hasPrefix("#")
        }
        let indentation = children.map { Self.indentation(bytes, $0) }.min() ?? 0
        for line in children where Self.indentation(bytes, line) == indentation {
            if let childColon = Self.yamlColon(bytes, line, key: child) {
                return try Self.valueEdit(bytes, line: line, colon: childColon, newValue: newValue, path: path)
            }
        }
        guard canAdd, let last = children.last else {
            throw Diagnostic(
                file: path, line: (body.first?.number ?? 2) - 1, step: .rewritePost,
                reason: "the \(parent) mapping has no single-line \"\(child):\" to replace")
        }
        let text =
            String(repeating: " ", count: indentation)
            + "\(YAMLScalarStyle.plain.render(child)): \(YAMLScalarStyle.plain.render(newValue))"
            + last.ending(in: bytes)
        return Edit(range: last.end..<last.end, replacement: Array(text.utf8), line: last.number + 1)
    }

    /// The first item of a block list (`- value`, the first content line after the key).
    func yamlBlockItemEdit(
        _ bytes: [UInt8], body: ArraySlice<SourceLine>, key: String, newValue: String, path: String
    ) throws(Diagnostic) -> Edit {
        let content = body.filter { line in
            let text = line.trimmedContent(in: bytes).drop { $0 == " " || $0 == "\t" }
            return !text.isEmpty && !text.hasPrefix("#")
        }
        guard let item = content.first else {
            throw Diagnostic(
                file: path, line: (body.first?.number ?? 2) - 1, step: .rewritePost,
                reason: "cannot find the first item of \(key); edit it by hand")
        }
        func refuse(_ reason: String) -> Diagnostic {
            Diagnostic(file: path, line: item.number, step: .rewritePost, reason: reason)
        }
        let dash = Self.skipBlanks(bytes, from: item.start, to: item.contentEnd)
        guard bytes[dash] == UInt8(ascii: "-"),
            dash + 1 == item.contentEnd || bytes[dash + 1] == 0x20 || bytes[dash + 1] == 0x09
        else {
            throw refuse("the \(key) value is not a block list of single-line items; edit it by hand")
        }
        // An item continued on more-indented lines (a multi-line scalar or a nested block).
        if content.count > 1, Self.indentation(bytes, content[content.startIndex + 1]) > Self.indentation(bytes, item) {
            throw refuse("the first item of \(key) spans several lines; edit it by hand")
        }
        return try Self.valueEdit(bytes, line: item, colon: dash, newValue: newValue, path: path)
    }

    /// The first item of a one-line flow list (`child == nil`) or the value of `child` in a
    /// one-line flow mapping: only that token changes, keeping its quotes.
    func yamlFlowEdit(
        _ bytes: [UInt8], line: SourceLine, open: Int, child: String?, newValue: String, path: String
    ) throws(Diagnostic) -> Edit {
        func refuse(_ reason: String) -> Diagnostic {
            Diagnostic(file: path, line: line.number, step: .rewritePost, reason: reason)
        }
        guard let flow = FlowCollectionScan(bytes, open: open, limit: line.contentEnd, format: .yaml) else {
            throw refuse("the flow collection spans several lines; edit it by hand")
        }
        let rest = Self.skipBlanks(bytes, from: flow.end, to: line.contentEnd)
        guard rest == line.contentEnd || (bytes[rest] == UInt8(ascii: "#") && rest > flow.end) else {
            throw refuse("unexpected text after the flow collection; edit it by hand")
        }
        let token: Range<Int>
        if let child {
            guard let item = flow.items.first(where: { $0.key.map { FlowCollectionScan.keyText(bytes, $0) } == child })
            else {
                guard flow.items.isEmpty else { throw refuse("the flow mapping has no \(child); add it by hand") }
                let text = "\(YAMLScalarStyle.plain.render(child)): \(Self.yamlFlowPlain(newValue))"
                return Edit(range: flow.interior, replacement: Array(text.utf8), line: line.number)
            }
            token = item.value
        } else {
            guard let item = flow.items.first else {
                // An empty list gets the item, in double quotes (always valid in a flow list).
                return Edit(
                    range: flow.interior, replacement: Array(Self.jsonString(newValue).utf8), line: line.number)
            }
            token = item.value
        }
        guard !token.isEmpty else {
            return Edit(range: token, replacement: Array(Self.yamlFlowPlain(newValue).utf8), line: line.number)
        }
        let replacement: String
        switch bytes[token.lowerBound] {
        case UInt8(ascii: "'"): replacement = YAMLScalarStyle.singleQuoted.render(newValue)
        case UInt8(ascii: "\""): replacement = YAMLScalarStyle.doubleQuoted.render(newValue)
        case UInt8(ascii: "["), UInt8(ascii: "{"):
            throw refuse("the item is a flow collection, not a string; edit it by hand")
        case UInt8(ascii: "&"), UInt8(ascii: "*"), UInt8(ascii: "!"):
            throw refuse("the image value uses an anchor, alias or tag; edit it by hand")
        case UInt8(ascii: "|"), UInt8(ascii: ">"), UInt8(ascii: "?"):
            throw refuse("the image value cannot be edited in place; edit it by hand")
        default: replacement = Self.yamlFlowPlain(newValue)
        }
        return Edit(range: token, replacement: Array(replacement.utf8), line: line.number)
    }

    /// A value written plain inside a flow collection when YAML reads it back unchanged there too
    /// (no `,[]{}`, and no `:` or `#` that could start a mapping or comment); else single-quoted.
    static func yamlFlowPlain(_ value: String) -> String {
        if value.contains(where: { ",[]{}:#".contains($0) }) { return YAMLScalarStyle.singleQuoted.render(value) }
        return YAMLScalarStyle.plain.render(value)
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
