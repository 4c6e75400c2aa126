/// A parsed front-matter block together with its exact position in the file.
package struct FrontMatter: Sendable, Equatable {
    /// The block's syntax.
    package var format: FrontMatterFormat
    /// Bytes of the whole block: opening delimiter line through the closing delimiter's line ending.
    package var blockRange: Range<Int>
    /// Bytes between the delimiter lines (for JSON: the object itself).
    package var contentRange: Range<Int>
    /// The 1-based line of the opening delimiter (or of `{` for JSON).
    package var openingLine: Int
    /// The 1-based line of the closing delimiter (or of `}` for JSON).
    package var closingLine: Int
    /// The line ending of the opening delimiter line (`"\n"` or `"\r\n"`), used for inserted lines.
    package var lineEnding: String
    /// Whether the file starts with a UTF-8 byte order mark (which precedes `blockRange`).
    package var hasByteOrderMark: Bool
    /// The top-level entries in source order.
    package var entries: [FrontMatterEntry]
    /// Where each top-level key sits, in source order.
    package var locations: [FrontMatterKeyLocation]
    /// The top-level keys whose value is a quoted YAML scalar. `FrontMatterValue.scalar` keeps
    /// only the text, but YAML gives `published: false` and `published: "false"` (or a zone-less
    /// `date:` with and without quotes) different meanings, and Jekyll follows them.
    package var quotedKeys: Set<String> = []

    /// Creates a front-matter description.
    package init(
        format: FrontMatterFormat, blockRange: Range<Int>, contentRange: Range<Int>,
        openingLine: Int, closingLine: Int, lineEnding: String, hasByteOrderMark: Bool,
        entries: [FrontMatterEntry], locations: [FrontMatterKeyLocation]
    ) {
        self.format = format
        self.blockRange = blockRange
        self.contentRange = contentRange
        self.openingLine = openingLine
        self.closingLine = closingLine
        self.lineEnding = lineEnding
        self.hasByteOrderMark = hasByteOrderMark
        self.entries = entries
        self.locations = locations
    }

    /// The value of a top-level key (first occurrence wins).
    package subscript(key: String) -> FrontMatterValue? {
        entries.first { $0.key == key }?.value
    }

    /// Where a top-level key sits, if present.
    package func location(of key: String) -> FrontMatterKeyLocation? {
        locations.first { $0.key == key }
    }

    /// The offset where the body (everything after the block) starts.
    package var bodyStart: Int { blockRange.upperBound }
}
