/// Puts a block of `<meta>` tags into a page's head, as a byte-exact splice: the managed tags the
/// page has are removed (each with its line when it stands alone on one), the block goes where
/// the first of them was, or else at the end of the head, and every other byte stays.
///
/// The block is written one tag a line, in the indentation and line ending (LF or CRLF) of the
/// place it goes, when that place starts a line; on one line otherwise (a minified page). Both
/// ways a second splice with the same tags finds the block where it put it and changes nothing.
enum HeadSplice {
    /// `bytes` with `layout`'s managed tags replaced by `tags` (each `<meta …>`).
    static func apply(_ tags: [String], to bytes: [UInt8], layout: HeadLayout) -> [UInt8] {
        let eol: [UInt8] = lineEnding(of: bytes)
        var removals: [Range<Int>] = []
        var wholeLines: Set<Int> = []
        // Managed tags grouped by line (each line's start found once, walking forward): a line
        // holding nothing else goes with them.
        var lines: [(start: Int, ranges: [Range<Int>])] = []
        var searched = 0
        for range in layout.managed where range.lowerBound >= searched {
            if let newline = bytes[searched..<range.lowerBound].lastIndex(of: UInt8(ascii: "\n")) {
                lines.append((newline + 1, [range]))
            } else if lines.isEmpty {
                lines.append((firstLineStart(bytes), [range]))
            } else {
                lines[lines.count - 1].ranges.append(range)
            }
            searched = range.upperBound
        }
        for (start, ranges) in lines {
            let end = lineEnd(bytes, from: ranges.last?.upperBound ?? start)
            var position = start
            var blank = true
            for range in ranges {
                blank = blank && bytes[position..<range.lowerBound].allSatisfy(isBlank)
                position = range.upperBound
            }
            blank = blank && bytes[position..<end].allSatisfy { isBlank($0) || $0 == UInt8(ascii: "\n") }
            if blank, end > start, bytes[end - 1] == UInt8(ascii: "\n") {
                removals.append(start..<end)
                wholeLines.insert(start)
            } else {
                removals += ranges
            }
        }
        let (offset, indent, lineMode) = insertion(bytes, layout: layout, wholeLines: wholeLines)
        var block: [UInt8] = []
        for tag in tags {
            if lineMode { block += indent }
            block += Array(tag.utf8)
            if lineMode { block += eol }
        }
        removals.sort { $0.lowerBound < $1.lowerBound }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + block.count)
        var position = 0
        var inserted = false
        for removal in removals {
            if !inserted, offset <= removal.lowerBound {
                result += bytes[position..<offset]
                result += block
                position = offset
                inserted = true
            }
            result += bytes[position..<max(position, removal.lowerBound)]
            position = max(position, removal.upperBound)
        }
        if !inserted {
            result += bytes[position..<max(position, offset)]
            result += block
            position = max(position, offset)
        }
        result += bytes[position...]
        return result
    }

    /// Where the block goes, the indentation of its lines, and whether it is written a tag a line.
    private static func insertion(_ bytes: [UInt8], layout: HeadLayout, wholeLines: Set<Int>) -> (
        Int, [UInt8], Bool
    ) {
        if let first = layout.managed.first {
            let start = lineStart(bytes, before: first.lowerBound)
            if wholeLines.contains(start) { return (start, Array(bytes[start..<first.lowerBound]), true) }
            return (first.lowerBound, [], false)
        }
        if let end = layout.endTag {
            let start = lineStart(bytes, before: end.lowerBound)
            guard bytes[start..<end.lowerBound].allSatisfy(isBlank) else { return (end.lowerBound, [], false) }
            // The tags line up with the head's last element when it starts its own line.
            var indent = Array(bytes[start..<end.lowerBound])
            if let child = layout.lastChildStart {
                let childLine = lineStart(bytes, before: child)
                if bytes[childLine..<child].allSatisfy(isBlank) { indent = Array(bytes[childLine..<child]) }
            }
            return (start, indent, true)
        }
        if let unclosed = layout.unclosedStart { return (unclosed, [], false) }
        // No `</head>`: after the last thing the browser put in the head, else after `<head>`,
        // `<html>` or the doctype, else at the very start (a browser opens the head there).
        let anchors: [(Int?, Int?)] = [
            (layout.lastChildEnd, layout.lastChildStart), (layout.startTagEnd, nil), (layout.htmlStartTagEnd, nil),
            (layout.doctypeEnd > 0 ? layout.doctypeEnd : nil, nil),
        ]
        for case (let end?, let start) in anchors {
            let next = lineEnd(bytes, from: end)
            let restIsBlank = bytes[end..<next].allSatisfy { isBlank($0) || $0 == UInt8(ascii: "\n") }
            guard restIsBlank, next > end, bytes[next - 1] == UInt8(ascii: "\n") else { return (end, [], false) }
            let line = lineStart(bytes, before: start ?? end)
            let indent = bytes[line..<(start ?? line)].allSatisfy(isBlank) ? Array(bytes[line..<(start ?? line)]) : []
            return (next, indent, true)
        }
        // A UTF-8 byte-order mark stays first: anywhere else it would be text.
        return (firstLineStart(bytes), [], true)
    }

    /// CRLF when the page's first line ends so, else LF.
    static func lineEnding(of bytes: [UInt8]) -> [UInt8] {
        guard let newline = bytes.firstIndex(of: UInt8(ascii: "\n")) else { return [UInt8(ascii: "\n")] }
        return newline > 0 && bytes[newline - 1] == UInt8(ascii: "\r") ? [13, 10] : [10]
    }

    /// The offset just after the last `\n` before `offset` (on the first line, its start: after
    /// a byte-order mark, which is not part of the text).
    private static func lineStart(_ bytes: [UInt8], before offset: Int) -> Int {
        let first = firstLineStart(bytes)
        var index = offset
        while index > first, bytes[index - 1] != UInt8(ascii: "\n") { index -= 1 }
        return index
    }

    /// Where the first line starts: after a UTF-8 byte-order mark, else at 0.
    private static func firstLineStart(_ bytes: [UInt8]) -> Int {
        bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    }

    /// The offset just after the first `\n` at or after `offset` (the end when there is none).
    private static func lineEnd(_ bytes: [UInt8], from offset: Int) -> Int {
        var index = offset
        while index < bytes.count {
            index += 1
            if bytes[index - 1] == UInt8(ascii: "\n") { return index }
        }
        return bytes.count
    }

    private static func isBlank(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r")
    }
}
