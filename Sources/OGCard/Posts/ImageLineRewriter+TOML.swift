extension ImageLineRewriter {
    /// Plans the TOML edit: the string after `key =` at top level, a key of a `[table]`, of an
    /// inline table or a dotted key (`cover.image = …`), the first string of a one-line array,
    /// or a new line before the first `[table]` (keys after a header would belong to that table).
    func tomlEdit(_ bytes: [UInt8], _ frontMatter: FrontMatter, field: ImageField, newImage: String, path: String)
        throws(Diagnostic) -> Edit
    {
        let lines = SourceLine.split(bytes)
        let key = field.topLevelKey
        let location =
            frontMatter.locations.first(where: { $0.key == key && !$0.isTable })
            ?? frontMatter.locations.first(where: { $0.key == key })
        guard let location else {
            let insertLine = frontMatter.locations.first(where: \.isTable).map(\.line) ?? frontMatter.closingLine
            let target = lines[insertLine - 1]
            let ending = lines[insertLine - 2].ending(in: bytes)
            let text = "\(Self.tomlKey(key)) = \(Self.tomlNewValue(field, newImage))\(ending)"
            return Edit(range: target.start..<target.start, replacement: Array(text.utf8), line: target.number)
        }
        let line = lines[location.line - 1]
        func refuse(_ reason: String) -> Diagnostic {
            Diagnostic(file: path, line: line.number, step: .rewritePost, reason: reason)
        }
        if location.isTable {
            switch field {
            case .key:
                return try tomlTableChildEdit(
                    bytes, lines, header: line, table: key, child: "path", newValue: newImage, path: path)
            case .nested(_, let child):
                return try tomlTableChildEdit(
                    bytes, lines, header: line, table: key, child: child, newValue: newImage, path: path)
            case .firstItem: throw refuse("\(key) is a table, not an array of strings; edit it by hand")
            }
        }
        switch field {
        case .key:
            guard
                location.lastLine == location.line || !Self.hasContent(bytes, lines[location.line..<location.lastLine]),
                let equals = bytes[line.start..<line.contentEnd].firstIndex(of: UInt8(ascii: "="))
            else {
                throw refuse("the \(key) value spans several lines; edit it by hand")
            }
            return try Self.tomlStringEdit(bytes, line: line, from: equals + 1, newValue: newImage, path: path)
        case .nested(let parent, let child):
            // Dotted keys (`cover.image = …`) may follow on the lines after the first `cover.` one.
            for candidate in lines[(location.line - 1)..<location.lastLine] {
                guard let (keyPath, equals) = Self.tomlLineKey(bytes, candidate) else { continue }
                if keyPath == [parent, child] {
                    return try Self.tomlStringEdit(
                        bytes, line: candidate, from: equals + 1, newValue: newImage, path: path)
                }
                if keyPath == [parent] {
                    let open = Self.skipBlanks(bytes, from: equals + 1, to: candidate.contentEnd)
                    guard open < candidate.contentEnd, bytes[open] == UInt8(ascii: "{") else { break }
                    return try tomlInlineEdit(
                        bytes, line: candidate, open: open, child: child, newValue: newImage, path: path)
                }
            }
            throw refuse("cannot find a single-line \(field) to replace; edit it by hand")
        case .firstItem:
            guard let (keyPath, equals) = Self.tomlLineKey(bytes, line), keyPath == [key] else {
                throw refuse("cannot find \"\(key) =\" on this line; edit it by hand")
            }
            let open = Self.skipBlanks(bytes, from: equals + 1, to: line.contentEnd)
            guard open < line.contentEnd, bytes[open] == UInt8(ascii: "[") else {
                throw refuse("the \(key) value is not an array; edit it by hand")
            }
            return try tomlInlineEdit(bytes, line: line, open: open, child: nil, newValue: newImage, path: path)
        }
    }

    /// The value of a new top-level key holding the field.
    static func tomlNewValue(_ field: ImageField, _ value: String) -> String {
        switch field {
        case .key: tomlString(value, literal: false)
        case .nested(_, let child): "{ \(tomlKey(child)) = \(tomlString(value, literal: false)) }"
        case .firstItem: "[\(tomlString(value, literal: false))]"
        }
    }

    /// A key bare when TOML allows it, else quoted.
    static func tomlKey(_ key: String) -> String {
        let bare = !key.isEmpty && key.utf8.allSatisfy(TOMLFrontMatterParser.isBareKeyByte)
        return bare ? key : jsonString(key)
    }

    /// The key path at the start of a `key = value` line and the offset of its `=`, or `nil` for
    /// any other line (a header, a comment, a continuation). Quoted parts are taken as written.
    static func tomlLineKey(_ bytes: [UInt8], _ line: SourceLine) -> (keyPath: [String], equals: Int)? {
        var index = skipBlanks(bytes, from: line.start, to: line.contentEnd)
        var parts: [String] = []
        while index < line.contentEnd {
            let start = index
            if bytes[index] == 0x22 || bytes[index] == 0x27 {
                let quote = bytes[index]
                index += 1
                while index < line.contentEnd, bytes[index] != quote, bytes[index] != UInt8(ascii: "\\") { index += 1 }
                guard index < line.contentEnd, bytes[index] == quote else { return nil }
                parts.append(String(decoding: bytes[(start + 1)..<index], as: UTF8.self))
                index += 1
            } else {
                while index < line.contentEnd, TOMLFrontMatterParser.isBareKeyByte(bytes[index]) { index += 1 }
                guard index > start else { return nil }
                parts.append(String(decoding: bytes[start..<index], as: UTF8.self))
            }
            index = skipBlanks(bytes, from: index, to: line.contentEnd)
            guard index < line.contentEnd else { return nil }
            if bytes[index] == UInt8(ascii: "=") { return (parts, index) }
            guard bytes[index] == UInt8(ascii: ".") else { return nil }
            index = skipBlanks(bytes, from: index + 1, to: line.contentEnd)
        }
        return nil
    }

    /// `child = "…"` among the lines of the `[table]` whose header is `header` (up to the next
    /// header), or a new `child = "…"` line after the table's last key.
    func tomlTableChildEdit(
        _ bytes: [UInt8], _ lines: [SourceLine], header: SourceLine, table: String, child: String, newValue: String,
        path: String
    ) throws(Diagnostic) -> Edit {
        // The first header naming the table may be a sub-table (`[cover.sub]`) or an array of
        // tables (`[[cover]]`), whose keys are not the table's own.
        let headerText = header.trimmedContent(in: bytes).drop { $0 == " " || $0 == "\t" }
        let name = String(headerText.dropFirst().prefix { $0 != "]" }).trimmingSpaces()
        guard headerText.hasPrefix("["), !headerText.hasPrefix("[["), name == table || name == Self.tomlKey(table)
        else {
            throw Diagnostic(
                file: path, line: header.number, step: .rewritePost,
                reason: "the first table header for \(table) is not [\(Self.tomlKey(table))]; edit it by hand")
        }
        var last = header
        var index = header.number  // the line after the header
        while index < lines.count {
            let line = lines[index]
            let start = Self.skipBlanks(bytes, from: line.start, to: line.contentEnd)
            if start < line.contentEnd, bytes[start] == UInt8(ascii: "[") || line.trimmedContent(in: bytes) == "+++" {
                break
            }
            if let (keyPath, equals) = Self.tomlLineKey(bytes, line) {
                if keyPath == [child] {
                    return try Self.tomlStringEdit(bytes, line: line, from: equals + 1, newValue: newValue, path: path)
                }
            }
            if start < line.contentEnd, bytes[start] != UInt8(ascii: "#") { last = line }
            index += 1
        }
        guard child != "path" else {
            throw Diagnostic(
                file: path, line: header.number, step: .rewritePost,
                reason: "the table has no single-line \"path =\" to replace")
        }
        let text = "\(Self.tomlKey(child)) = \(Self.tomlString(newValue, literal: false))\(header.ending(in: bytes))"
        return Edit(range: last.end..<last.end, replacement: Array(text.utf8), line: last.number + 1)
    }

    /// The first string of a one-line array (`child == nil`), or `child`'s string in a one-line
    /// inline table; an empty array or inline table gets the value.
    func tomlInlineEdit(
        _ bytes: [UInt8], line: SourceLine, open: Int, child: String?, newValue: String, path: String
    ) throws(Diagnostic) -> Edit {
        func refuse(_ reason: String) -> Diagnostic {
            Diagnostic(file: path, line: line.number, step: .rewritePost, reason: reason)
        }
        guard let flow = FlowCollectionScan(bytes, open: open, limit: line.contentEnd, format: .toml) else {
            throw refuse("the array or inline table spans several lines; edit it by hand")
        }
        let item: FlowCollectionScan.Item?
        if let child {
            item = flow.items.first { $0.key.map { FlowCollectionScan.keyText(bytes, $0) } == child }
        } else {
            item = flow.items.first
        }
        guard let item else {
            guard flow.items.isEmpty else { throw refuse("the inline table has no \(child ?? ""); add it by hand") }
            var text = Self.tomlString(newValue, literal: false)
            if let child { text = "\(Self.tomlKey(child)) = " + text }
            return Edit(range: flow.interior, replacement: Array(text.utf8), line: line.number)
        }
        let token = item.value
        guard !token.isEmpty, bytes[token.lowerBound] == 0x22 || bytes[token.lowerBound] == 0x27,
            !bytes[token].starts(with: [bytes[token.lowerBound], bytes[token.lowerBound], bytes[token.lowerBound]])
        else {
            throw refuse("the value to replace is not a single-line string; edit it by hand")
        }
        let literal = bytes[token.lowerBound] == 0x27
        return Edit(
            range: token, replacement: Array(Self.tomlString(newValue, literal: literal).utf8), line: line.number)
    }

    /// Replaces the single-line string that starts after `from` (just past `=`).
    static func tomlStringEdit(_ bytes: [UInt8], line: SourceLine, from: Int, newValue: String, path: String)
        throws(Diagnostic) -> Edit
    {
        func refuse(_ reason: String) -> Diagnostic {
            Diagnostic(file: path, line: line.number, step: .rewritePost, reason: reason)
        }
        let start = skipBlanks(bytes, from: from, to: line.contentEnd)
        guard start < line.contentEnd, bytes[start] == 0x22 || bytes[start] == 0x27,
            !bytes[start..<line.contentEnd].starts(with: [bytes[start], bytes[start], bytes[start]])
        else {
            throw refuse("the image value is not a single-line string")
        }
        let quote = bytes[start]
        var end = start + 1
        while end < line.contentEnd, bytes[end] != quote {
            end += (quote == 0x22 && bytes[end] == UInt8(ascii: "\\")) ? 2 : 1
        }
        guard end < line.contentEnd else { throw refuse("unterminated image string") }
        return Edit(
            range: start..<(end + 1), replacement: Array(tomlString(newValue, literal: quote == 0x27).utf8),
            line: line.number)
    }

    /// A TOML string; literal ('…') is kept when the value allows it.
    static func tomlString(_ value: String, literal: Bool) -> String {
        let hasControl = value.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F }
        if literal, !value.contains("'"), !hasControl { return "'\(value)'" }
        return jsonString(value)
    }

    /// A double-quoted string valid in both JSON and TOML.
    /// Characters written as `\uXXXX`: C0 and C1 controls and DEL, which TOML and YAML refuse raw
    /// (YAML reads C1 controls as non-printable), and the line and paragraph separators, which
    /// YAML 1.1 reads as line breaks.
    static func mustEscape(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0x2028 || scalar.value == 0x2029
    }

    static func jsonString(_ value: String) -> String {
        var out = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if Self.mustEscape(scalar) {
                    out += "\\u" + String(scalar.value, radix: 16).leftPadded(to: 4)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
