/// Choices for `ImageLineRewriter`.
package struct ImageRewriteOptions: Sendable, Equatable {
    /// Insert `image:` at the end of the front matter when the key is missing (default on,
    /// since a post without an image is exactly the one that needs a card).
    package var addMissingKey: Bool
    /// Prepend a minimal `---` block when the file has no front matter (default off:
    /// such files are often includes or drafts, so they are skipped with a reason).
    package var addMissingBlock: Bool
    /// Replace any existing image, not only opengraphimg URLs (default off, so authors'
    /// hand-picked pictures survive).
    package var force: Bool

    /// Creates options; the defaults are the safe choices described on each property.
    package init(addMissingKey: Bool = true, addMissingBlock: Bool = false, force: Bool = false) {
        self.addMissingKey = addMissingKey
        self.addMissingBlock = addMissingBlock
        self.force = force
    }
}
