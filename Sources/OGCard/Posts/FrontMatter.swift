/// A parsed front-matter block together with its exact position in the file.
public struct FrontMatter: Sendable, Equatable {
    /// The block's syntax.
    public var format: FrontMatterFormat
    /// Bytes of the whole block: opening delimiter line through the closing delimiter's line ending.
    public var blockRange: Range<Int>
    /// Bytes between the delimiter lines (for JSON: the object itself).
    public var contentRange: Range<Int>
    /// The 1-based line of the opening delimiter (or of `{` for JSON).
    public var openingLine: Int
    /// The 1-based line of the closing delimiter (or of `}` for JSON).
    public var closingLine: Int
    /// The line ending of the opening delimiter line (`"\n"` or `"\r\n"`), used for inserted lines.
    public var lineEnding: String
    /// Whether the file starts with a UTF-8 byte order mark (which precedes `blockRange`).
    public var hasByteOrderMark: Bool
    /// The top-level entries in source order.
    public var entries: [FrontMatterEntry]
    /// Where each top-level key sits, in source order.
    public var locations: [FrontMatterKeyLocation]

    /// Creates a front-matter description.
    public init(format: FrontMatterFormat, blockRange: Range<Int>, contentRange: Range<Int>,
                openingLine: Int, closingLine: Int, lineEnding: String, hasByteOrderMark: Bool,
                entries: [FrontMatterEntry], locations: [FrontMatterKeyLocation]) {
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
    public subscript(key: String) -> FrontMatterValue? {
        entries.first { $0.key == key }?.value
    }

    /// Where a top-level key sits, if present.
    public func location(of key: String) -> FrontMatterKeyLocation? {
        locations.first { $0.key == key }
    }

    /// The offset where the body (everything after the block) starts.
    public var bodyStart: Int { blockRange.upperBound }
}
