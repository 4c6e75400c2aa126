/// Parses a JSON object at the top of a file (Hugo's JSON front matter), recording the
/// byte range of every top-level value so a rewriter can replace exactly one token.
struct JSONFrontMatterParser {
    let bytes: [UInt8]
    let lines: [SourceLine]
    let path: String
    var position: Int
    let limits: InputLimits
    /// Where reading stops: the end of the file, or the size limit past the opening brace.
    let end: Int
    /// Keys and values read so far, against `limits.frontMatterNodes`.
    var nodes = 0
    /// Objects and arrays open at `position`, against `limits.frontMatterDepth` (parsing recurses).
    var depth = 0

    static func parse(
        bytes: [UInt8], origin: Int, lines: [SourceLine], hasBOM: Bool, path: String,
        limits: InputLimits = .default
    ) throws(Diagnostic) -> FrontMatter {
        var parser = JSONFrontMatterParser(
            bytes: bytes, lines: lines, path: path, position: origin, limits: limits,
            end: min(bytes.count, origin + limits.frontMatterBytes))
        var keys: [FrontMatterParser.KeyStart] = []
        let entries = try parser.parseObject(topLevelKeys: &keys)
        let objectEnd = parser.position
        let openingLine = lines[0]
        let closingNumber = SourceLine.lineNumber(of: objectEnd - 1, in: lines)
        let closing = lines[closingNumber - lines[0].number]
        // The block runs to the end of the line holding the closing brace, when only
        // whitespace follows it (Hugo requires the body to start on a new line).
        var blockEnd = objectEnd
        let rest = bytes[objectEnd..<closing.contentEnd]
        if rest.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { blockEnd = closing.end }
        let contentLines = Array(lines[0...(closingNumber - lines[0].number)])
        let locations = FrontMatterParser.locate(keys, contentLines: contentLines, bytes: bytes)
        let ending = openingLine.ending(in: bytes)
        return FrontMatter(
            format: .json, blockRange: origin..<blockEnd, contentRange: origin..<objectEnd,
            openingLine: openingLine.number, closingLine: closing.number,
            lineEnding: ending.isEmpty ? "\n" : ending, hasByteOrderMark: hasBOM,
            entries: entries, locations: locations)
    }

    var currentLine: Int { SourceLine.lineNumber(of: min(position, bytes.count - 1), in: lines) }

    /// An error at the current line; running into the size limit (rather than the end of the
    /// file) says so instead, whatever was being read. An escape reads up to 12 bytes ahead.
    func failure(_ reason: String) -> Diagnostic {
        if end < bytes.count, position + 12 >= end {
            return Diagnostic(
                file: path, line: lines.first?.number, step: .parseJSON, reason: FrontMatterParser.tooLarge(limits))
        }
        return Diagnostic(file: path, line: currentLine, step: .parseJSON, reason: reason)
    }

    /// Counts one key or value, failing past the node limit.
    mutating func countNode() throws(Diagnostic) {
        nodes += 1
        guard nodes <= limits.frontMatterNodes else {
            throw failure(
                "more than \(limits.frontMatterNodes) keys, values and list items \(InputLimits.hint("front_matter_nodes"))"
            )
        }
    }

    /// Enters an object or array, failing past the depth limit.
    mutating func enter() throws(Diagnostic) {
        depth += 1
        guard depth <= limits.frontMatterDepth else {
            throw failure(
                "objects and arrays nest deeper than \(limits.frontMatterDepth) levels \(InputLimits.hint("front_matter_depth"))"
            )
        }
    }

    mutating func skipWhitespace() {
        while position < end, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[position]) { position += 1 }
    }

    mutating func expect(_ ascii: UInt8) throws(Diagnostic) {
        skipWhitespace()
        guard position < end, bytes[position] == ascii else {
            throw failure(
                position < end ? "expected \"\(Character(Unicode.Scalar(ascii)))\"" : "the JSON object is never closed")
        }
        position += 1
    }

    mutating func parseObject(topLevelKeys: inout [FrontMatterParser.KeyStart]) throws(Diagnostic) -> [FrontMatterEntry]
    {
        try expect(UInt8(ascii: "{"))
        try enter()
        defer { depth -= 1 }
        var entries: [FrontMatterEntry] = []
        skipWhitespace()
        if position < end, bytes[position] == UInt8(ascii: "}") { position += 1; return entries }
        while true {
            skipWhitespace()
            let keyLine = currentLine
            guard position < end, bytes[position] == UInt8(ascii: "\"") else { throw failure("expected a quoted key") }
            position += 1
            try countNode()
            let key = try parseString()
            try expect(UInt8(ascii: ":"))
            skipWhitespace()
            let valueStart = position
            var ignored: [FrontMatterParser.KeyStart] = []
            let value = try parseValue(nestedKeys: &ignored)
            topLevelKeys.append(.init(key: key, line: keyLine, valueByteRange: valueStart..<position))
            entries.append(FrontMatterEntry(key: key, value: value))
            skipWhitespace()
            if position < end, bytes[position] == UInt8(ascii: ",") { position += 1; continue }
            try expect(UInt8(ascii: "}"))
            return entries
        }
    }

    mutating func parseValue(nestedKeys: inout [FrontMatterParser.KeyStart]) throws(Diagnostic) -> FrontMatterValue {
        skipWhitespace()
        guard position < end else { throw failure("the JSON object is never closed") }
        try countNode()
        switch bytes[position] {
        case UInt8(ascii: "{"):
            return .mapping(try parseObject(topLevelKeys: &nestedKeys))
        case UInt8(ascii: "["):
            position += 1
            try enter()
            defer { depth -= 1 }
            var items: [FrontMatterValue] = []
            skipWhitespace()
            if position < end, bytes[position] == UInt8(ascii: "]") { position += 1; return .list(items) }
            while true {
                items.append(try parseValue(nestedKeys: &nestedKeys))
                skipWhitespace()
                if position < end, bytes[position] == UInt8(ascii: ",") { position += 1; continue }
                try expect(UInt8(ascii: "]"))
                return .list(items)
            }
        case UInt8(ascii: "\""):
            position += 1
            return .scalar(try parseString())
        default:
            let start = position
            while position < end, !([0x20, 0x09, 0x0A, 0x0D, 0x2C, 0x5D, 0x7D] as [UInt8]).contains(bytes[position]) {
                position += 1
            }
            let token = String(decoding: bytes[start..<position], as: UTF8.self)
            if token == "null" { return .null }
            guard token == "true" || token == "false" || Double(token) != nil else {
                // A token cut by the size limit is reported as the limit (see `failure`).
                if position < end { position = start }
                throw failure("invalid JSON value \"\(token.prefix(80))\"")
            }
            return .scalar(token)
        }
    }

    /// Parses a string body; `position` is just after the opening quote.
    mutating func parseString() throws(Diagnostic) -> String {
        var result: [UInt8] = []
        while position < end {
            let byte = bytes[position]
            position += 1
            switch byte {
            case UInt8(ascii: "\""):
                return String(decoding: result, as: UTF8.self)
            case UInt8(ascii: "\\"):
                guard position < end else { break }
                let code = bytes[position]
                position += 1
                switch code {
                case UInt8(ascii: "n"): result.append(0x0A)
                case UInt8(ascii: "t"): result.append(0x09)
                case UInt8(ascii: "r"): result.append(0x0D)
                case UInt8(ascii: "b"): result.append(0x08)
                case UInt8(ascii: "f"): result.append(0x0C)
                case UInt8(ascii: "u"):
                    var value = try parseHex4()
                    // Surrogate pairs encode characters outside the BMP (emoji in titles). A high
                    // surrogate followed by anything but a low one is invalid (and must not be
                    // subtracted from: `\uD800\u0041` would underflow).
                    if (0xD800..<0xDC00).contains(value), bytes[position..<end].starts(with: [0x5C, 0x75]) {
                        position += 2
                        let low = try parseHex4()
                        guard (0xDC00..<0xE000).contains(low) else {
                            throw failure("invalid unicode escape (unpaired surrogate)")
                        }
                        value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
                    }
                    guard let scalar = Unicode.Scalar(value) else { throw failure("invalid unicode escape") }
                    result += Array(String(Character(scalar)).utf8)
                default: result.append(code)  // \" \\ \/
                }
            case 0x0A:
                throw failure("unterminated string")
            default:
                result.append(byte)
            }
        }
        throw failure("unterminated string")
    }

    mutating func parseHex4() throws(Diagnostic) -> UInt32 {
        guard position + 4 <= end,
            let value = UInt32(String(decoding: bytes[position..<position + 4], as: UTF8.self), radix: 16)
        else {
            throw failure("invalid unicode escape")
        }
        position += 4
        return value
    }
}
