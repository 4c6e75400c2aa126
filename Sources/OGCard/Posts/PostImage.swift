/// A post's `image`, written as a string or as a mapping with `path` (and `alt`).
public struct PostImage: Sendable, Hashable {
    /// The image path or URL exactly as written.
    public var path: String
    /// Alternative text, when the mapping form gives one.
    public var alt: String?

    /// Creates an image reference.
    public init(path: String, alt: String? = nil) {
        self.path = path
        self.alt = alt
    }
}
