/// A non-fatal problem found while reading a post (the post is still usable).
public struct PostWarning: Sendable, Hashable, CustomStringConvertible {
    /// The file the warning is about.
    public var path: String
    /// The 1-based line, when known.
    public var line: Int?
    /// What is wrong and what was done instead.
    public var message: String

    /// Creates a warning.
    public init(path: String, line: Int? = nil, message: String) {
        self.path = path
        self.line = line
        self.message = message
    }

    /// `path:line: warning: message`.
    public var description: String {
        "\(line.map { "\(path):\($0)" } ?? path): warning: \(message)"
    }
}
