/// Decides which existing `image` values may be replaced by a generated card.
package enum ImageReplacementPolicy {
    /// Whether a post whose current image is `existing` may get a new one: always when it
    /// has none (or an empty one), when the current one is an opengraphimg URL, or when `force`.
    ///
    /// "An opengraphimg URL" is exactly what `OpenGraphImageURL.isOpenGraphImageURL(_:)` accepts
    /// (one of the service's endpoints), the same test the build uses to read a design from the
    /// URL: any other link on an opengraphimg host (`opengraphimg.com/logo.png`) is the author's own
    /// picture, and replacing it without `force` would lose it.
    package static func shouldReplace(existing: String?, force: Bool) -> Bool {
        guard let existing, !existing.trimmingSpaces().isEmpty else { return true }
        return force || OpenGraphImageURL.isOpenGraphImageURL(existing)
    }
}
