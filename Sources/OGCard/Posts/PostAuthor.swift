/// A post author, from `author: Name`, a list, or a mapping with `name` / `twitter`.
public struct PostAuthor: Sendable, Hashable {
    /// The display name.
    public var name: String
    /// The Twitter/X handle as written (with or without `@`), if given.
    public var twitter: String?

    /// Creates an author.
    public init(name: String, twitter: String? = nil) {
        self.name = name
        self.twitter = twitter
    }
}
