/// Where one top-level front-matter key sits in the file.
///
/// Byte offsets are into the whole file (a UTF-8 BOM included), so a rewriter can
/// splice one entry without re-serialising anything else.
package struct FrontMatterKeyLocation: Sendable, Equatable {
    /// The top-level key (for TOML tables, the table name such as `params`).
    package var key: String
    /// The 1-based file line on which the key starts.
    package var line: Int
    /// The 1-based file line of the entry's last line (trailing blank and comment lines excluded).
    package var lastLine: Int
    /// Bytes of the entry's lines, from the start of its first line through the line ending of its last.
    package var byteRange: Range<Int>
    /// Bytes of the value token itself, when the parser knows them exactly (JSON only).
    package var valueByteRange: Range<Int>?
    /// Whether the key is a TOML `[table]` header rather than a `key = value` line.
    package var isTable: Bool
    /// Whether the value is a quoted YAML scalar (`draft: "yes"` is text, `draft: yes` a
    /// boolean to YAML 1.1 readers such as Hugo's).
    package var isQuoted: Bool

    /// Creates a location.
    package init(
        key: String, line: Int, lastLine: Int, byteRange: Range<Int>,
        valueByteRange: Range<Int>? = nil, isTable: Bool = false, isQuoted: Bool = false
    ) {
        self.key = key
        self.line = line
        self.lastLine = lastLine
        self.byteRange = byteRange
        self.valueByteRange = valueByteRange
        self.isTable = isTable
        self.isQuoted = isQuoted
    }
}
