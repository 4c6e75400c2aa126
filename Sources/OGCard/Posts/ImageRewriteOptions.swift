/// Choices for `ImageLineRewriter`.
package struct ImageRewriteOptions: Sendable, Equatable {
    /// Add the field when the post has none (default on, since a post without an image is
    /// exactly the one that needs a card): a missing key at the end of the front matter (`image:`,
    /// or `images: [...]` / `cover:` for those fields), a missing child in its mapping, the item in
    /// an empty list.
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
