extension ImageLineRewriter {
    /// Plans the TOML edit: the string after `image =` at top level, or a new line before
    /// the first `[table]` (keys after a header would belong to that table).
    func tomlEdit(_ bytes: [UInt8], _ frontMatter: FrontMatter, newImage: String, path: String) throws(Diagnostic)
        -> Edit
    {
        let lines = SourceLine.split(bytes)
        guard let location = frontMatter.locations.first(where: { $0.key == "image" && !$0.isTable }) else {
            let insertLine = frontMatter.locations.first(where: \.isTable).map(\.line) ?? frontMatter.closingLine
            let target = lines[insertLine - 1]
            let ending = lines[insertLine - 2].ending(in: bytes)
            let text = "image = \(Self.tomlString(newImage, literal: false))\(ending)"
            return Edit(range: target.start..<target.start, replacement: Array(text.utf8), line: target.number)
        }
        let line = lines[location.line - 1]
        func refuse(_ reason: String) -> Diagnostic {
            Diagnostic(file: path, line: line.number, step: .rewritePost, reason: reason)
        }
        guard location.lastLine == location.line || !Self.hasContent(bytes, lines[location.line..<location.lastLine]),
            let equals = bytes[line.start..<line.contentEnd].firstIndex(of: UInt8(ascii: "="))
        else {
            throw refuse("the image value spans several lines; edit it by hand")
        }
        let start = Self.skipBlanks(bytes, from: equals + 1, to: line.contentEnd)
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
            range: start..<(end + 1), replacement: Array(Self.tomlString(newImage, literal: quote == 0x27).utf8),
            line: line.number)
    }

    /// A TOML string; literal ('…') is kept when the value allows it.
    static func tomlString(_ value: String, literal: Bool) -> String {
        let hasControl = value.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F }
        if literal, !value.contains("'"), !hasControl { return "'\(value)'" }
        return jsonString(value)
    }

    /// A double-quoted string valid in both JSON and TOML.
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
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += "\\u" + String(scalar.value, radix: 16).leftPadded(to: 4)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
