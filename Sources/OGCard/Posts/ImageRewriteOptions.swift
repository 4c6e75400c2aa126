/// Choices for `ImageLineRewriter`.
public struct ImageRewriteOptions: Sendable, Equatable {
    /// Insert `image:` at the end of the front matter when the key is missing (default on,
    /// since a post without an image is exactly the one that needs a card).
    public var addMissingKey: Bool
    /// Prepend a minimal `---` block when the file has no front matter (default off:
    /// such files are often includes or drafts, so they are skipped with a reason).
    public var addMissingBlock: Bool
    /// Replace any existing image, not only opengraphimg URLs (default off, so authors'
    /// hand-picked pictures survive).
    public var force: Bool

    /// Creates options; the defaults are the safe choices described on each property.
    public init(addMissingKey: Bool = true, addMissingBlock: Bool = false, force: Bool = false) {
        self.addMissingKey = addMissingKey
        self.addMissingBlock = addMissingBlock
        self.force = force
    }
}
