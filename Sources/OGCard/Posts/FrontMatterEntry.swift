/// One key/value pair of a front-matter mapping, in source order.
package struct FrontMatterEntry: Sendable, Hashable {
    /// The key as written (unquoted).
    package var key: String
    /// The value.
    package var value: FrontMatterValue

    /// Creates an entry.
    package init(key: String, value: FrontMatterValue) {
        self.key = key
        self.value = value
    }
}
