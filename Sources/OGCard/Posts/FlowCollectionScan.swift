/// The top-level items of a flow collection (`[a, "b"]`, `{image: x, alt: "y"}`) found by scanning
/// its bytes, so the image rewriter can replace one item's token and keep every other byte.
///
/// It only splits: the block already parsed, so the text is valid, and the rewriter proves its
/// edit by parsing the result again. Quotes open only where a token may start (after `[`, `{`,
/// `,`, `:` or `=`), so an apostrophe inside a plain YAML scalar (`[it's]`) is not a quote.
struct FlowCollectionScan {
    /// One item: for a mapping, the key token and the value token; for a list, only the value.
    struct Item {
        /// The key token, quotes included (mappings only; `nil` for a YAML `{a}` without a value).
        var key: Range<Int>?
        /// The value token, blanks around it excluded.
        var value: Range<Int>
    }

    /// The items, in order (none for `[]` or `{}`).
    var items: [Item]
    /// The bytes between the brackets.
    var interior: Range<Int>
    /// The offset just past the closing bracket.
    var end: Int

    /// Scans the collection opening at `open` (a `[` or `{`); `nil` when it does not close before
    /// `limit` (a YAML or TOML collection continuing on the next line).
    init?(_ bytes: [UInt8], open: Int, limit: Int, format: FrontMatterFormat) {
        let isMapping = bytes[open] == UInt8(ascii: "{")
        var index = open + 1
        var depth = 0
        var segmentStart = index
        var segments: [Range<Int>] = []
        var previous = bytes[open]
        var close: Int?
        scan: while index < limit {
            let byte = bytes[index]
            if byte == 0x22 || byte == 0x27, Array("[{,:=".utf8).contains(previous) {
                guard let after = Self.skipQuoted(bytes, from: index, limit: limit, format: format) else { return nil }
                previous = byte
                index = after
                continue
            }
            switch byte {
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                depth += 1
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                if depth == 0 {
                    segments.append(segmentStart..<index)
                    close = index
                    break scan
                }
                depth -= 1
            case UInt8(ascii: ","):
                if depth == 0 {
                    segments.append(segmentStart..<index)
                    segmentStart = index + 1
                }
            default:
                break
            }
            if !Self.isBlank(byte) { previous = byte }
            index += 1
        }
        guard let close else { return nil }
        var items: [Item] = []
        for segment in segments {
            let trimmed = Self.trim(bytes, segment)
            if trimmed.isEmpty { continue }  // `[]`, or a trailing comma
            items.append(isMapping ? Self.member(bytes, trimmed, format: format) : Item(key: nil, value: trimmed))
        }
        self.items = items
        interior = (open + 1)..<close
        end = close + 1
    }

    /// The unquoted text of a key token (escapes are not decoded: a key written with escapes
    /// simply does not match, and the rewriter refuses rather than guess).
    static func keyText(_ bytes: [UInt8], _ range: Range<Int>) -> String {
        var inner = range
        if inner.count >= 2, bytes[inner.lowerBound] == 0x22 || bytes[inner.lowerBound] == 0x27,
            bytes[inner.upperBound - 1] == bytes[inner.lowerBound]
        {
            inner = (inner.lowerBound + 1)..<(inner.upperBound - 1)
        }
        return String(decoding: bytes[inner], as: UTF8.self)
    }

    /// Splits a mapping item into key and value at its first `:` (YAML, JSON) or `=` (TOML)
    /// outside the key's quotes.
    private static func member(_ bytes: [UInt8], _ segment: Range<Int>, format: FrontMatterFormat) -> Item {
        let separator = format == .toml ? UInt8(ascii: "=") : UInt8(ascii: ":")
        var index = segment.lowerBound
        if bytes[index] == 0x22 || bytes[index] == 0x27 {
            index = skipQuoted(bytes, from: index, limit: segment.upperBound, format: format) ?? segment.upperBound
        }
        while index < segment.upperBound {
            if bytes[index] == separator,
                format != .yaml || index + 1 == segment.upperBound || isBlank(bytes[index + 1])
            {
                let key = trim(bytes, segment.lowerBound..<index)
                return Item(key: key, value: trim(bytes, (index + 1)..<segment.upperBound))
            }
            index += 1
        }
        return Item(key: nil, value: segment)
    }

    /// The offset just past the quoted token starting at `start`, or `nil` when it does not end
    /// before `limit`. Double quotes take backslash escapes in every format; single quotes are
    /// doubled in YAML and take no escapes in TOML.
    private static func skipQuoted(_ bytes: [UInt8], from start: Int, limit: Int, format: FrontMatterFormat) -> Int? {
        let quote = bytes[start]
        var index = start + 1
        while index < limit {
            let byte = bytes[index]
            if quote == 0x22, byte == UInt8(ascii: "\\") {
                index += 2
                continue
            }
            if byte == quote {
                if quote == 0x27, format == .yaml, index + 1 < limit, bytes[index + 1] == 0x27 {
                    index += 2
                    continue
                }
                return index + 1
            }
            index += 1
        }
        return nil
    }

    private static func isBlank(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    private static func trim(_ bytes: [UInt8], _ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, isBlank(bytes[lower]) { lower += 1 }
        while upper > lower, isBlank(bytes[upper - 1]) { upper -= 1 }
        return lower..<upper
    }
}
