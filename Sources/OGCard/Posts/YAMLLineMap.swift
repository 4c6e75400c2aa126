/// Translates YAML's line numbers within a front-matter block into the file's line numbers.
///
/// YAML (libyaml, hence Yams' marks) ends a line at LF, CRLF, a lone CR, NEL (U+0085), LS (U+2028)
/// and PS (U+2029); ogcard's `SourceLine`, like every site generator and editor's line count,
/// only at LF and CRLF. A front matter holding `title: a\rslug: b` is two YAML lines but one file
/// line, so a YAML line number must go through the byte where that YAML line starts.
struct YAMLLineMap {
    /// File offsets where each YAML line of the block starts; the first is the block's start.
    private let starts: [Int]
    private let contentLines: [SourceLine]
    private let fallback: Int

    init(bytes: [UInt8], contentRange: Range<Int>, contentLines: [SourceLine]) {
        var starts = [contentRange.lowerBound]
        var index = contentRange.lowerBound
        let end = contentRange.upperBound
        while index < end {
            let byte = bytes[index]
            var length = 0
            if byte == 0x0D {
                length = index + 1 < end && bytes[index + 1] == 0x0A ? 2 : 1
            } else if byte == 0x0A {
                length = 1
            } else if byte == 0xC2, index + 1 < end, bytes[index + 1] == 0x85 {
                length = 2
            } else if byte == 0xE2, index + 2 < end, bytes[index + 1] == 0x80,
                bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9
            {
                length = 3
            }
            if length > 0 {
                index += length
                starts.append(index)
            } else {
                index += 1
            }
        }
        self.starts = starts
        self.contentLines = contentLines
        fallback = contentLines.first?.number ?? 1
    }

    /// The file line holding the start of YAML line `yamlLine` (1-based); a line past the end
    /// (a mark at the very end of the block) is the block's last line.
    func fileLine(_ yamlLine: Int) -> Int {
        guard !contentLines.isEmpty else { return fallback }
        let index = min(max(yamlLine - 1, 0), starts.count - 1)
        let offset = min(starts[index], contentLines[contentLines.count - 1].end - 1)
        return SourceLine.lineNumber(of: offset, in: contentLines)
    }
}
