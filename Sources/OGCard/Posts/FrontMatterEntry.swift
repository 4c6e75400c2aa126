/// One key/value pair of a front-matter mapping, in source order.
public struct FrontMatterEntry: Sendable, Equatable {
    /// The key as written (unquoted).
    public var key: String
    /// The value.
    public var value: FrontMatterValue

    /// Creates an entry.
    public init(key: String, value: FrontMatterValue) {
        self.key = key
        self.value = value
    }
}
