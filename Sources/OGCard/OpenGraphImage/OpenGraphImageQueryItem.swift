/// One decoded `name=value` pair of an opengraphimg query string, kept in URL order.
public struct OpenGraphImageQueryItem: Hashable, Sendable {
    /// The decoded parameter name, e.g. `authorSize`.
    public var name: String
    /// The decoded value; empty when the pair had no `=` or nothing after it.
    public var value: String

    /// Creates a pair from already-decoded text.
    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}
