/// One physical line of a file, as byte offsets (internal helper for parsers and rewriters).
struct SourceLine: Sendable, Equatable {
    /// 1-based line number in the file.
    var number: Int
    /// Offset of the first byte.
    var start: Int
    /// Offset just past the content, before `\r\n` or `\n`.
    var contentEnd: Int
    /// Offset just past the line ending (equals `contentEnd` on a last line without one).
    var end: Int

    /// The line terminator as text; empty for a last line without one.
    func ending(in bytes: [UInt8]) -> String {
        String(decoding: bytes[contentEnd..<end], as: UTF8.self)
    }

    /// The content bytes with trailing spaces and tabs removed, as text.
    func trimmedContent(in bytes: [UInt8]) -> String {
        var stop = contentEnd
        while stop > start, bytes[stop - 1] == 0x20 || bytes[stop - 1] == 0x09 { stop -= 1 }
        return String(decoding: bytes[start..<stop], as: UTF8.self)
    }

    /// Splits `bytes[from...]` into lines; only `\n` and `\r\n` end a line, because that is
    /// what every static-site generator recognises (a lone `\r` stays content). With
    /// `startingBefore`, only the lines that start before that offset (each whole).
    static func split(_ bytes: [UInt8], from offset: Int = 0, startingBefore limit: Int = .max) -> [SourceLine] {
        var lines: [SourceLine] = []
        var start = offset
        var number = 1
        var index = offset
        while index < bytes.count, start < limit {
            if bytes[index] == 0x0A {
                let contentEnd = (index > start && bytes[index - 1] == 0x0D) ? index - 1 : index
                lines.append(SourceLine(number: number, start: start, contentEnd: contentEnd, end: index + 1))
                number += 1
                start = index + 1
            }
            index += 1
        }
        if start < bytes.count, start < limit {
            lines.append(SourceLine(number: number, start: start, contentEnd: bytes.count, end: bytes.count))
        }
        return lines
    }

    /// The 1-based line containing `offset` (binary search over `lines`).
    static func lineNumber(of offset: Int, in lines: [SourceLine]) -> Int {
        var low = 0
        var high = lines.count - 1
        while low <= high {
            let mid = (low + high) / 2
            if offset < lines[mid].start {
                high = mid - 1
            } else if offset >= lines[mid].end {
                low = mid + 1
            } else {
                return lines[mid].number
            }
        }
        return lines.last?.number ?? 1
    }
}
