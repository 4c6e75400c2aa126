public import Foundation

/// Finds and parses the front-matter block at the top of a post.
///
/// Recognises YAML (`---` … `---` or `...`), TOML (`+++` … `+++`) and a leading JSON
/// object, after an optional UTF-8 BOM, with LF, CRLF or mixed line endings.
public enum FrontMatterParser {
    /// Parses the front matter of `data`; returns `nil` when the file has no block.
    ///
    /// - Parameter path: used only in error messages.
    /// - Throws: `PostError` naming the file and line for an unterminated block or invalid syntax.
    public static func parse(_ data: Data, path: String) throws -> FrontMatter? {
        try parse(bytes: [UInt8](data), path: path)
    }

    /// Parses the front matter of raw bytes; see `parse(_:path:)`.
    public static func parse(bytes: [UInt8], path: String) throws -> FrontMatter? {
        let hasBOM = bytes.starts(with: [0xEF, 0xBB, 0xBF])
        let origin = hasBOM ? 3 : 0
        let lines = SourceLine.split(bytes, from: origin)
        guard let first = lines.first else { return nil }

        if bytes[origin] == UInt8(ascii: "{") {
            return try JSONFrontMatterParser.parse(bytes: bytes, origin: origin, lines: lines,
                                                   hasBOM: hasBOM, path: path)
        }
        let opening = first.trimmedContent(in: bytes)
        let format: FrontMatterFormat
        let closers: Set<String>
        switch opening {
        case "---": format = .yaml; closers = ["---", "..."]
        case "+++": format = .toml; closers = ["+++"]
        default: return nil
        }
        guard let closeIndex = lines.indices.dropFirst().first(where: { closers.contains(lines[$0].trimmedContent(in: bytes)) }) else {
            throw PostError(path: path, line: first.number, step: .findFrontMatter,
                            reason: "the \(opening) block opened here is never closed")
        }
        let closing = lines[closeIndex]
        let contentLines = Array(lines[1..<closeIndex])
        let contentRange = first.end..<closing.start
        let parsed: (entries: [FrontMatterEntry], keys: [KeyStart])
        switch format {
        case .yaml:
            parsed = try YAMLFrontMatterParser.parse(bytes: bytes, contentRange: contentRange,
                                                     contentLines: contentLines, path: path)
        case .toml:
            parsed = try TOMLFrontMatterParser.parse(bytes: bytes, contentRange: contentRange,
                                                     lines: lines, path: path)
        case .json:
            return nil // handled above; a JSON block never starts with a delimiter line
        }
        let locations = locate(parsed.keys, contentLines: contentLines, bytes: bytes)
        return FrontMatter(format: format, blockRange: first.start..<closing.end, contentRange: contentRange,
                           openingLine: first.number, closingLine: closing.number,
                           lineEnding: first.ending(in: bytes).isEmpty ? "\n" : first.ending(in: bytes),
                           hasByteOrderMark: hasBOM, entries: parsed.entries, locations: locations)
    }

    /// A top-level key's starting line as found by a format parser, before its extent is known.
    struct KeyStart {
        var key: String
        var line: Int
        var valueByteRange: Range<Int>? = nil
        var isTable: Bool = false
    }

    /// Turns key start lines into full entry ranges: an entry runs until the next key's
    /// line, minus trailing blank and comment lines (those usually introduce the next key).
    static func locate(_ starts: [KeyStart], contentLines: [SourceLine], bytes: [UInt8]) -> [FrontMatterKeyLocation] {
        guard let firstLine = contentLines.first?.number else { return [] }
        let nextStarts = Set(starts.map(\.line))
        return starts.map { start in
            var lastIndex = start.line - firstLine
            // Extend over following lines until the next key starts.
            while lastIndex + 1 < contentLines.count, !nextStarts.contains(contentLines[lastIndex + 1].number) {
                lastIndex += 1
            }
            while lastIndex > start.line - firstLine {
                let text = contentLines[lastIndex].trimmedContent(in: bytes).drop { $0 == " " || $0 == "\t" }
                guard text.isEmpty || text.hasPrefix("#") else { break }
                lastIndex -= 1
            }
            let first = contentLines[start.line - firstLine]
            let last = contentLines[lastIndex]
            return FrontMatterKeyLocation(key: start.key, line: first.number, lastLine: last.number,
                                          byteRange: first.start..<last.end,
                                          valueByteRange: start.valueByteRange, isTable: start.isTable)
        }
    }
}
