/// A front-matter value, kept close to its source text.
///
/// Scalars keep their text exactly as written (after unquoting) instead of being
/// converted to numbers, booleans or `Date`: YAML libraries turn `2017-06-02 11:25:00 -0600`
/// into a `Date` and lose the UTC offset, and a card should show what the author typed.
package enum FrontMatterValue: Sendable, Hashable {
    /// An explicit null (`~`, `null`, or a key with no value).
    case null
    /// A string, number, boolean or date, as the source text (unquoted).
    case scalar(String)
    /// A sequence / array.
    case list([FrontMatterValue])
    /// A mapping / table, in source order.
    case mapping([FrontMatterEntry])

    /// The scalar text, or `nil` for anything that is not a scalar.
    package var string: String? {
        if case .scalar(let text) = self { return text }
        return nil
    }

    /// The elements of a list, or `nil` for anything that is not a list.
    package var list: [FrontMatterValue]? {
        if case .list(let items) = self { return items }
        return nil
    }

    /// The entries of a mapping, or `nil` for anything that is not a mapping.
    package var entries: [FrontMatterEntry]? {
        if case .mapping(let entries) = self { return entries }
        return nil
    }

    /// "a list", "a mapping", "text" or "null", for messages.
    package var kindDescription: String {
        switch self {
        case .null: "null"
        case .scalar: "text"
        case .list: "a list"
        case .mapping: "a mapping"
        }
    }

    /// Whether this is `.null`.
    package var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    /// The value of `key` when this is a mapping (first match wins, like most generators).
    package subscript(key: String) -> FrontMatterValue? {
        entries?.first { $0.key == key }?.value
    }
}
