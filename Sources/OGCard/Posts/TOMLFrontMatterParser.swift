/// ogcard's one TOML parser: posts' `+++` front matter and Hugo's `hugo.toml`/`config.toml`.
///
/// Supports `key = value` with bare, quoted and dotted keys; basic, literal and multi-line
/// strings; numbers, booleans and datetimes (kept as source text); arrays (also across
/// lines); inline tables; `[table]` and `[[array of tables]]` headers; `#` comments.
/// Written here because ogcard needs far less than a full TOML library and the
/// project avoids extra dependencies.
struct TOMLFrontMatterParser {
    let bytes: [UInt8]
    let end: Int
    let lines: [SourceLine]
    let path: String
    var position: Int
    let limits: InputLimits
    /// Keys and values read so far, against `limits.frontMatterNodes`: table updates copy arrays,
    /// so an unbounded count of keys would also cost quadratic time.
    var nodes = 0
    /// Arrays and inline tables open at `position`, against `limits.frontMatterDepth` (parsing
    /// them recurses, and the stack is finite).
    var depth = 0

    static func parse(
        bytes: [UInt8], contentRange: Range<Int>, lines: [SourceLine], path: String,
        limits: InputLimits = .default
    ) throws(Diagnostic) -> (entries: [FrontMatterEntry], keys: [FrontMatterParser.KeyStart]) {
        var parser = TOMLFrontMatterParser(
            bytes: bytes, end: contentRange.upperBound, lines: lines,
            path: path, position: contentRange.lowerBound, limits: limits)
        return try parser.parseDocument()
    }

    /// A whole TOML file (a generator's config), with the fixed limits of config files: such a
    /// file is the site owner's, read before any `limits:` is known.
    /// - Throws: `Diagnostic` (step `.parseTOML`) at the line of the first thing that is not TOML.
    static func parse(file text: String, path: String) throws -> [FrontMatterEntry] {
        let bytes = Array(text.utf8)
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let limits = InputLimits(
            frontMatterBytes: bytes.count, frontMatterDepth: YAMLSizeGuard.Limits.files.depth,
            frontMatterNodes: YAMLSizeGuard.Limits.files.nodes)
        return try parse(
            bytes: bytes, contentRange: start..<bytes.count, lines: SourceLine.split(bytes),
            path: path, limits: limits
        ).entries
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

    /// Fails when `levels` of nesting exceed the depth limit.
    func checkDepth(_ levels: Int) throws(Diagnostic) {
        guard levels <= limits.frontMatterDepth else {
            throw failure(
                "tables and arrays nest deeper than \(limits.frontMatterDepth) levels \(InputLimits.hint("front_matter_depth"))"
            )
        }
    }

    // MARK: Document

    mutating func parseDocument() throws(Diagnostic) -> (
        entries: [FrontMatterEntry], keys: [FrontMatterParser.KeyStart]
    ) {
        var root: [FrontMatterEntry] = []
        var keys: [FrontMatterParser.KeyStart] = []
        var table: [String] = []
        var seenTopLevel: Set<String> = []
        while true {
            skipSpaces()
            guard position < end else { break }
            let byte = bytes[position]
            if byte == 0x0A || byte == 0x0D { position += 1; continue }
            if byte == UInt8(ascii: "#") { skipComment(); continue }
            let line = currentLine
            if byte == UInt8(ascii: "[") {
                position += 1
                let isArray = peek(UInt8(ascii: "["))
                if isArray { position += 1 }
                skipSpaces()
                table = try parseKeyPath()
                skipSpaces()
                try expect("]")
                if isArray { try expect("]") }
                try finishLine()
                if isArray {
                    Self.appendTable(at: table, in: &root)
                } else {
                    Self.ensureTable(at: table, in: &root)
                }
                if let name = table.first, seenTopLevel.insert(name).inserted {
                    keys.append(.init(key: name, line: line, isTable: true))
                }
                continue
            }
            let keyPath = try parseKeyPath()
            skipSpaces()
            try expect("=")
            skipSpaces()
            let value = try parseValue()
            try finishLine()
            if table.isEmpty, let name = keyPath.first, seenTopLevel.insert(name).inserted {
                keys.append(.init(key: name, line: line))
            }
            try Self.set(value, at: table + keyPath, in: &root, line: line, path: path)
        }
        return (root, keys)
    }

    // MARK: Tree building

    /// Sets `value` at `keyPath`, creating intermediate tables; the last table of an
    /// array of tables receives keys, as TOML specifies.
    static func set(
        _ value: FrontMatterValue, at keyPath: [String], in entries: inout [FrontMatterEntry],
        line: Int, path: String
    ) throws(Diagnostic) {
        guard let head = keyPath.first else { return }
        let rest = Array(keyPath.dropFirst())
        if rest.isEmpty {
            if entries.contains(where: { $0.key == head }) {
                throw Diagnostic(file: path, line: line, step: .parseTOML, reason: "key \"\(head)\" is defined twice")
            }
            entries.append(FrontMatterEntry(key: head, value: value))
            return
        }
        let index =
            entries.firstIndex { $0.key == head }
            ?? {
                entries.append(FrontMatterEntry(key: head, value: .mapping([])))
                return entries.count - 1
            }()
        switch entries[index].value {
        case .mapping(var children):
            try set(value, at: rest, in: &children, line: line, path: path)
            entries[index].value = .mapping(children)
        case .list(var tables) where tables.last?.entries != nil:
            var children = tables[tables.count - 1].entries ?? []
            try set(value, at: rest, in: &children, line: line, path: path)
            tables[tables.count - 1] = .mapping(children)
            entries[index].value = .list(tables)
        default:
            throw Diagnostic(file: path, line: line, step: .parseTOML, reason: "key \"\(head)\" is not a table")
        }
    }

    static func ensureTable(at keyPath: [String], in entries: inout [FrontMatterEntry]) {
        guard let head = keyPath.first else { return }
        let index =
            entries.firstIndex { $0.key == head }
            ?? {
                entries.append(FrontMatterEntry(key: head, value: .mapping([])))
                return entries.count - 1
            }()
        switch entries[index].value {
        case .mapping(var children):
            ensureTable(at: Array(keyPath.dropFirst()), in: &children)
            entries[index].value = .mapping(children)
        case .list(var tables) where tables.last?.entries != nil:
            var children = tables[tables.count - 1].entries ?? []
            ensureTable(at: Array(keyPath.dropFirst()), in: &children)
            tables[tables.count - 1] = .mapping(children)
            entries[index].value = .list(tables)
        default:
            break
        }
    }

    static func appendTable(at keyPath: [String], in entries: inout [FrontMatterEntry]) {
        guard let head = keyPath.first else { return }
        if keyPath.count == 1 {
            if let index = entries.firstIndex(where: { $0.key == head }), case .list(var tables) = entries[index].value
            {
                tables.append(.mapping([]))
                entries[index].value = .list(tables)
            } else {
                entries.append(FrontMatterEntry(key: head, value: .list([.mapping([])])))
            }
            return
        }
        ensureTable(at: [head], in: &entries)
        guard let index = entries.firstIndex(where: { $0.key == head }) else { return }
        switch entries[index].value {
        case .mapping(var children):
            appendTable(at: Array(keyPath.dropFirst()), in: &children)
            entries[index].value = .mapping(children)
        case .list(var tables) where tables.last?.entries != nil:
            var children = tables[tables.count - 1].entries ?? []
            appendTable(at: Array(keyPath.dropFirst()), in: &children)
            tables[tables.count - 1] = .mapping(children)
            entries[index].value = .list(tables)
        default:
            break
        }
    }

    // MARK: Lexing

    var currentLine: Int { SourceLine.lineNumber(of: position, in: lines) }

    func failure(_ reason: String) -> Diagnostic {
        Diagnostic(file: path, line: currentLine, step: .parseTOML, reason: reason)
    }

    func peek(_ byte: UInt8) -> Bool { position < end && bytes[position] == byte }

    mutating func expect(_ character: Character) throws(Diagnostic) {
        guard let ascii = character.asciiValue, peek(ascii) else {
            throw failure("expected \"\(character)\"")
        }
        position += 1
    }

    mutating func skipSpaces() {
        while position < end, bytes[position] == 0x20 || bytes[position] == 0x09 { position += 1 }
    }

    mutating func skipComment() {
        while position < end, bytes[position] != 0x0A { position += 1 }
    }

    /// Skips spaces, newlines and comments (inside arrays).
    mutating func skipBlank() {
        while position < end {
            switch bytes[position] {
            case 0x20, 0x09, 0x0A, 0x0D: position += 1
            case UInt8(ascii: "#"): skipComment()
            default: return
            }
        }
    }

    /// After a key/value or header: only spaces and a comment may follow on the line.
    mutating func finishLine() throws(Diagnostic) {
        skipSpaces()
        if peek(UInt8(ascii: "#")) { skipComment() }
        if peek(0x0D) { position += 1 }
        guard position >= end || peek(0x0A) else { throw failure("unexpected text after value") }
        if position < end { position += 1 }
    }

    static func isBareKeyByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
            || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
    }

    mutating func parseKeyPath() throws(Diagnostic) -> [String] {
        var parts: [String] = []
        while true {
            // Every part is a level of tables: `set` and `ensureTable` recurse once per part.
            try checkDepth(parts.count + 1)
            try countNode()
            skipSpaces()
            guard position < end else { throw failure("expected a key") }
            if peek(UInt8(ascii: "\"")) {
                position += 1
                parts.append(try parseBasicString())
            } else if peek(UInt8(ascii: "'")) {
                position += 1
                parts.append(try parseLiteralString())
            } else {
                let start = position
                while position < end, Self.isBareKeyByte(bytes[position]) { position += 1 }
                guard position > start else { throw failure("expected a key") }
                parts.append(String(decoding: bytes[start..<position], as: UTF8.self))
            }
            skipSpaces()
            guard peek(UInt8(ascii: ".")) else { return parts }
            position += 1
        }
    }

    // MARK: Values

    mutating func parseValue() throws(Diagnostic) -> FrontMatterValue {
        guard position < end else { throw failure("expected a value") }
        try countNode()
        switch bytes[position] {
        case UInt8(ascii: "\""):
            if bytes[position...].starts(with: [0x22, 0x22, 0x22]) {
                position += 3
                return .scalar(try parseMultilineString(literal: false))
            }
            position += 1
            return .scalar(try parseBasicString())
        case UInt8(ascii: "'"):
            if bytes[position...].starts(with: [0x27, 0x27, 0x27]) {
                position += 3
                return .scalar(try parseMultilineString(literal: true))
            }
            position += 1
            return .scalar(try parseLiteralString())
        case UInt8(ascii: "["):
            try checkDepth(depth + 1)
            depth += 1
            defer { depth -= 1 }
            position += 1
            var items: [FrontMatterValue] = []
            while true {
                skipBlank()
                if peek(UInt8(ascii: "]")) { position += 1; return .list(items) }
                items.append(try parseValue())
                skipBlank()
                if peek(UInt8(ascii: ",")) { position += 1; continue }
                try expect("]")
                return .list(items)
            }
        case UInt8(ascii: "{"):
            try checkDepth(depth + 1)
            depth += 1
            defer { depth -= 1 }
            position += 1
            var entries: [FrontMatterEntry] = []
            skipSpaces()
            if peek(UInt8(ascii: "}")) { position += 1; return .mapping(entries) }
            while true {
                let line = currentLine
                let keyPath = try parseKeyPath()
                skipSpaces()
                try expect("=")
                skipSpaces()
                let value = try parseValue()
                try Self.set(value, at: keyPath, in: &entries, line: line, path: path)
                skipSpaces()
                if peek(UInt8(ascii: ",")) { position += 1; skipSpaces(); continue }
                try expect("}")
                return .mapping(entries)
            }
        default:
            return .scalar(try parseBareValue())
        }
    }

    /// Numbers, booleans and datetimes; kept as text. A datetime may contain one space
    /// between date and time (`1979-05-27 07:32:00Z`).
    mutating func parseBareValue() throws(Diagnostic) -> String {
        let start = position
        func isTokenByte(_ byte: UInt8) -> Bool {
            Self.isBareKeyByte(byte) || byte == UInt8(ascii: "+") || byte == UInt8(ascii: ".")
                || byte == UInt8(ascii: ":")
        }
        while position < end, isTokenByte(bytes[position]) { position += 1 }
        if position - start == 10, position + 2 < end, bytes[position] == 0x20,
            bytes[position + 1] >= 0x30, bytes[position + 1] <= 0x39, bytes[start + 4] == UInt8(ascii: "-")
        {
            position += 1
            while position < end, isTokenByte(bytes[position]) { position += 1 }
        }
        guard position > start else { throw failure("expected a value") }
        let token = String(decoding: bytes[start..<position], as: UTF8.self)
        let first = token.first!
        guard first.isNumber || first == "+" || first == "-" || ["true", "false", "inf", "nan"].contains(token) else {
            throw failure("unquoted value \"\(token)\" (strings need quotes in TOML)")
        }
        return token
    }

    mutating func parseLiteralString() throws(Diagnostic) -> String {
        let start = position
        while position < end, bytes[position] != UInt8(ascii: "'") {
            if bytes[position] == 0x0A { throw failure("unterminated string") }
            position += 1
        }
        guard position < end else { throw failure("unterminated string") }
        defer { position += 1 }
        return String(decoding: bytes[start..<position], as: UTF8.self)
    }

    mutating func parseBasicString() throws(Diagnostic) -> String {
        var result: [UInt8] = []
        while position < end {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") { position += 1; return String(decoding: result, as: UTF8.self) }
            if byte == 0x0A { break }
            if byte == UInt8(ascii: "\\") {
                result += try parseEscape()
                continue
            }
            result.append(byte)
            position += 1
        }
        throw failure("unterminated string")
    }

    /// Parses an escape at `position` (which points at the backslash).
    mutating func parseEscape() throws(Diagnostic) -> [UInt8] {
        position += 1
        guard position < end else { throw failure("unterminated escape") }
        let code = bytes[position]
        position += 1
        switch code {
        case UInt8(ascii: "b"): return [0x08]
        case UInt8(ascii: "t"): return [0x09]
        case UInt8(ascii: "n"): return [0x0A]
        case UInt8(ascii: "f"): return [0x0C]
        case UInt8(ascii: "r"): return [0x0D]
        case UInt8(ascii: "e"): return [0x1B]
        case UInt8(ascii: "\""): return [0x22]
        case UInt8(ascii: "\\"): return [0x5C]
        case UInt8(ascii: "u"), UInt8(ascii: "U"):
            let count = code == UInt8(ascii: "u") ? 4 : 8
            guard position + count <= end,
                let value = UInt32(String(decoding: bytes[position..<position + count], as: UTF8.self), radix: 16),
                let scalar = Unicode.Scalar(value)
            else { throw failure("invalid unicode escape") }
            position += count
            return Array(String(Character(scalar)).utf8)
        default:
            throw failure("invalid escape \"\\\(Character(Unicode.Scalar(code)))\"")
        }
    }

    mutating func parseMultilineString(literal: Bool) throws(Diagnostic) -> String {
        let quote: UInt8 = literal ? 0x27 : 0x22
        // A newline right after the opening delimiter is trimmed.
        if peek(0x0D) { position += 1 }
        if peek(0x0A) { position += 1 }
        var result: [UInt8] = []
        while position < end {
            if bytes[position...].starts(with: [quote, quote, quote]) {
                position += 3
                // Up to two extra quotes right before the closer belong to the content.
                while peek(quote), result.count < Int.max { result.append(quote); position += 1 }
                return String(decoding: result, as: UTF8.self)
            }
            let byte = bytes[position]
            if !literal, byte == UInt8(ascii: "\\") {
                // Line-ending backslash: trim the newline and following whitespace.
                var look = position + 1
                while look < end, bytes[look] == 0x20 || bytes[look] == 0x09 { look += 1 }
                if look < end, bytes[look] == 0x0A || bytes[look] == 0x0D {
                    position = look
                    while position < end, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[position]) { position += 1 }
                    continue
                }
                result += try parseEscape()
                continue
            }
            result.append(byte)
            position += 1
        }
        throw failure("unterminated multi-line string")
    }
}
