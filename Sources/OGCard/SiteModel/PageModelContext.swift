package import Foundation

/// What a page model needs besides the site's settings: the moment of the build (for future and
/// expired pages) and whether drafts are included (`ogcard build --drafts`, for local previews).
package struct PageModelContext: Sendable, Equatable {
    /// "Now" for the future and expiry checks: the build's start.
    package var now: Date
    /// Publish drafts, unpublished, future and expired pages too, as `jekyll serve --drafts
    /// --future --unpublished` or `hugo server -D -F -E` would.
    package var includeDrafts: Bool

    /// Creates a context.
    package init(now: Date = Date(), includeDrafts: Bool = false) {
        self.now = now
        self.includeDrafts = includeDrafts
    }
}
