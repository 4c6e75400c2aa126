extension ImageLineRewriter {
    /// Plans the JSON edit: the string token of the key, of `path` in its object, of a child in a
    /// nested object or of an array's first item; or a new member after the last one, indented
    /// like it.
    func jsonEdit(_ bytes: [UInt8], _ frontMatter: FrontMatter, field: ImageField, newImage: String, path: String)
        throws(Diagnostic) -> Edit
    {
        let lines = SourceLine.split(bytes)
        let value = Array(Self.jsonString(newImage).utf8)
        let key = field.topLevelKey
        if let location = frontMatter.location(of: key) {
            guard let range = location.valueByteRange else {
                throw Diagnostic(
                    file: path, line: location.line, step: .rewritePost, reason: "the \(key) value is not a JSON string"
                )
            }
            let line = SourceLine.lineNumber(of: range.lowerBound, in: lines)
            func refuse(_ reason: String) -> Diagnostic {
                Diagnostic(file: path, line: line, step: .rewritePost, reason: reason)
            }
            switch (field, bytes[range.lowerBound]) {
            case (.key, 0x22):
                return Edit(range: range, replacement: value, line: line)
            case (.key, UInt8(ascii: "{")):
                return try jsonMemberEdit(
                    bytes, lines, object: range, child: "path", canAdd: false, value: value, path: path)
            case (.nested(_, let child), UInt8(ascii: "{")):
                return try jsonMemberEdit(
                    bytes, lines, object: range, child: child, canAdd: true, value: value, path: path)
            case (.firstItem, UInt8(ascii: "[")):
                guard
                    let array = FlowCollectionScan(
                        bytes, open: range.lowerBound, limit: range.upperBound, format: .json)
                else { throw refuse("cannot read the \(key) array") }
                guard let first = array.items.first else {
                    return Edit(range: array.interior, replacement: value, line: line)
                }
                guard bytes[first.value.lowerBound] == 0x22 else {
                    throw refuse("the first item of \(key) is not a JSON string; edit it by hand")
                }
                return Edit(
                    range: first.value, replacement: value,
                    line: SourceLine.lineNumber(of: first.value.lowerBound, in: lines))
            case (.key, _):
                throw refuse("the \(key) value is not a JSON string")
            case (.nested, _):
                throw refuse("the \(key) value is not a JSON object; edit it by hand")
            case (.firstItem, _):
                throw refuse("the \(key) value is not a JSON array; edit it by hand")
            }
        }
        let member = Array("\(Self.jsonString(key)): ".utf8) + Self.jsonNewValue(field, value)
        guard let last = frontMatter.locations.last, let range = last.valueByteRange else {
            throw Diagnostic(
                file: path, line: frontMatter.openingLine, step: .rewritePost,
                reason: "cannot add \(key) to an empty JSON object; add it by hand")
        }
        return Self.jsonAppend(
            bytes, lines, member: member, after: range, keyLine: lines[last.line - 1],
            openingLine: frontMatter.openingLine)
    }

    /// The value of a new top-level member holding the field.
    static func jsonNewValue(_ field: ImageField, _ value: [UInt8]) -> [UInt8] {
        switch field {
        case .key: value
        case .nested(_, let child): Array("{\(jsonString(child)): ".utf8) + value + [UInt8(ascii: "}")]
        case .firstItem: [UInt8(ascii: "[")] + value + [UInt8(ascii: "]")]
        }
    }

    /// `member` after the value at `range`: on the same line when the key on `keyLine` shares
    /// the line with its object's opening brace (`openingLine`), else on a new line indented like
    /// `keyLine`.
    static func jsonAppend(
        _ bytes: [UInt8], _ lines: [SourceLine], member: [UInt8], after range: Range<Int>, keyLine: SourceLine,
        openingLine: Int
    ) -> Edit {
        if keyLine.number == openingLine {
            return Edit(
                range: range.upperBound..<range.upperBound, replacement: Array(", ".utf8) + member,
                line: SourceLine.lineNumber(of: range.lowerBound, in: lines))
        }
        let indent = Array(bytes[keyLine.start..<skipBlanks(bytes, from: keyLine.start, to: keyLine.contentEnd)])
        let ending = Array(keyLine.ending(in: bytes).utf8)
        let lastValueLine = SourceLine.lineNumber(of: range.upperBound - 1, in: lines)
        return Edit(
            range: range.upperBound..<range.upperBound,
            replacement: [UInt8(ascii: ",")] + ending + indent + member,
            line: lastValueLine + 1)
    }

    /// The string of `child` in the object at `object`, or (when `canAdd`) a new member after
    /// its last one, or inside `{}`.
    func jsonMemberEdit(
        _ bytes: [UInt8], _ lines: [SourceLine], object: Range<Int>, child: String, canAdd: Bool, value: [UInt8],
        path: String
    ) throws(Diagnostic) -> Edit {
        let line = SourceLine.lineNumber(of: object.lowerBound, in: lines)
        func refuse(_ reason: String) -> Diagnostic {
            Diagnostic(file: path, line: line, step: .rewritePost, reason: reason)
        }
        guard let members = FlowCollectionScan(bytes, open: object.lowerBound, limit: object.upperBound, format: .json)
        else { throw refuse("cannot read the object") }
        if let member = members.items.first(where: { $0.key.map { FlowCollectionScan.keyText(bytes, $0) } == child }) {
            guard bytes[member.value.lowerBound] == 0x22 else {
                throw refuse("the \(child) value is not a JSON string")
            }
            return Edit(
                range: member.value, replacement: value,
                line: SourceLine.lineNumber(of: member.value.lowerBound, in: lines))
        }
        guard canAdd else { throw refuse("the object has no \(child) string to replace") }
        let text = Array("\(Self.jsonString(child)): ".utf8) + value
        guard let last = members.items.last, let keyRange = last.key else {
            return Edit(range: members.interior, replacement: text, line: line)
        }
        let keyLine = lines[SourceLine.lineNumber(of: keyRange.lowerBound, in: lines) - 1]
        return Self.jsonAppend(bytes, lines, member: text, after: last.value, keyLine: keyLine, openingLine: line)
    }
}
