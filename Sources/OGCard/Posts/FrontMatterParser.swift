package import Foundation

/// Finds and parses the front-matter block at the top of a post.
///
/// Recognises YAML (`---` … `---` or `...`), TOML (`+++` … `+++`) and a leading JSON
/// object, after an optional UTF-8 BOM, with LF, CRLF or mixed line endings.
package enum FrontMatterParser {
    /// Parses the front matter of `data`; returns `nil` when the file has no block.
    ///
    /// - Parameters:
    ///   - path: used only in error messages.
    ///   - limits: the largest, deepest and most crowded front matter accepted (`InputLimits`).
    /// - Throws: `Diagnostic` naming the file and line for an unterminated block, invalid syntax or
    ///   a block over a limit.
    package static func parse(_ data: Data, path: String, limits: InputLimits = .default) throws(Diagnostic)
        -> FrontMatter?
    {
        try parse(bytes: [UInt8](data), path: path, limits: limits)
    }

    /// Parses the front matter of raw bytes; see `parse(_:path:limits:)`.
    package static func parse(bytes: [UInt8], path: String, limits: InputLimits = .default) throws(Diagnostic)
        -> FrontMatter?
    {
        let hasBOM = bytes.starts(with: [0xEF, 0xBB, 0xBF])
        let origin = hasBOM ? 3 : 0
        // Only lines that can belong to a block within the size limit are split: a post's body may
        // be millions of lines, and a line array of it would cost more memory than the file.
        let scanEnd = origin + limits.frontMatterBytes + Self.delimiterAllowance
        let lines = SourceLine.split(bytes, from: origin, startingBefore: scanEnd)
        guard let first = lines.first else { return nil }
        let wholeFileSplit = lines.last.map { $0.end == bytes.count } ?? true

        if bytes[origin] == UInt8(ascii: "{") {
            return try JSONFrontMatterParser.parse(
                bytes: bytes, origin: origin, lines: lines,
                hasBOM: hasBOM, path: path, limits: limits)
        }
        let opening = first.trimmedContent(in: bytes)
        let format: FrontMatterFormat
        let closers: Set<String>
        switch opening {
        case "---": format = .yaml; closers = ["---", "..."]
        case "+++": format = .toml; closers = ["+++"]
        default: return nil
        }
        let step: BuildStep = format == .yaml ? .parseYAML : .parseTOML
        guard
            let closeIndex = lines.indices.dropFirst().first(where: {
                closers.contains(lines[$0].trimmedContent(in: bytes))
            })
        else {
            if !wholeFileSplit {
                throw Diagnostic(file: path, line: first.number, step: step, reason: tooLarge(limits))
            }
            throw Diagnostic(
                file: path, line: first.number, step: .findFrontMatter,
                reason: "the \(opening) block opened here is never closed")
        }
        let closing = lines[closeIndex]
        let contentLines = Array(lines[1..<closeIndex])
        let contentRange = first.end..<closing.start
        guard contentRange.count <= limits.frontMatterBytes else {
            throw Diagnostic(
                file: path, line: first.number, step: step,
                reason: tooLarge(limits, size: contentRange.count))
        }
        let parsed: (entries: [FrontMatterEntry], keys: [KeyStart])
        switch format {
        case .yaml:
            parsed = try YAMLFrontMatterParser.parse(
                bytes: bytes, contentRange: contentRange,
                contentLines: contentLines, path: path, limits: limits)
        case .toml:
            parsed = try TOMLFrontMatterParser.parse(
                bytes: bytes, contentRange: contentRange,
                lines: lines, path: path, limits: limits)
        case .json:
            return nil  // handled above; a JSON block never starts with a delimiter line
        }
        let locations = locate(parsed.keys, contentLines: contentLines, bytes: bytes)
        var frontMatter = FrontMatter(
            format: format, blockRange: first.start..<closing.end, contentRange: contentRange,
            openingLine: first.number, closingLine: closing.number,
            lineEnding: first.ending(in: bytes).isEmpty ? "\n" : first.ending(in: bytes),
            hasByteOrderMark: hasBOM, entries: parsed.entries, locations: locations)
        frontMatter.quotedKeys = Set(parsed.keys.filter(\.isQuotedScalar).map(\.key))
        return frontMatter
    }

    /// Room past the size limit for the delimiter lines around the content.
    static let delimiterAllowance = 4096

    /// "the front matter is N, more than the limit …", or without a size when the block never ended within it.
    static func tooLarge(_ limits: InputLimits, size: Int? = nil) -> String {
        let limit = InputLimits.describe(bytes: limits.frontMatterBytes)
        let hint = InputLimits.hint("front_matter_bytes")
        guard let size else { return "the front matter does not end within \(limit) \(hint)" }
        return "the front matter is \(size) bytes, more than \(limit) (\(limits.frontMatterBytes) bytes) \(hint)"
    }

    /// A top-level key's starting line as found by a format parser, before its extent is known.
    struct KeyStart {
        var key: String
        var line: Int
        var valueByteRange: Range<Int>? = nil
        var isTable: Bool = false
        /// Whether the value is a quoted YAML scalar (`"2024-03-05 10:00:00"`, `'false'`).
        var isQuotedScalar: Bool = false
        /// Whether the value is any YAML scalar style but plain (quoted or block): text for sure.
        var isQuoted: Bool = false
    }

    /// Turns key start lines into full entry ranges: an entry runs until the next key's
    /// line, minus trailing blank and comment lines (those usually introduce the next key).
    ///
    /// A key whose line is not among `contentLines` (which a parser's line count disagreeing with
    /// `SourceLine`'s would cause) gets no location rather than an index out of range: a rewriter
    /// then refuses to touch it, which is safe.
    static func locate(_ starts: [KeyStart], contentLines: [SourceLine], bytes: [UInt8]) -> [FrontMatterKeyLocation] {
        guard let firstLine = contentLines.first?.number else { return [] }
        let nextStarts = Set(starts.map(\.line))
        return starts.compactMap { start in
            let startIndex = start.line - firstLine
            guard contentLines.indices.contains(startIndex), contentLines[startIndex].number == start.line else {
                return nil
            }
            var lastIndex = startIndex
            // Extend over following lines until the next key starts.
            while lastIndex + 1 < contentLines.count, !nextStarts.contains(contentLines[lastIndex + 1].number) {
                lastIndex += 1
            }
            while lastIndex > startIndex {
                let text = contentLines[lastIndex].trimmedContent(in: bytes).drop { $0 == " " || $0 == "\t" }
                guard text.isEmpty || text.hasPrefix("#") else { break }
                lastIndex -= 1
            }
            let first = contentLines[startIndex]
            let last = contentLines[lastIndex]
            return FrontMatterKeyLocation(
                key: start.key, line: first.number, lastLine: last.number,
                byteRange: first.start..<last.end,
                valueByteRange: start.valueByteRange, isTable: start.isTable, isQuoted: start.isQuoted)
        }
    }
}
