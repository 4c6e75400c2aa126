package import Foundation

/// Where the site's generator publishes one post, and whether it publishes it at all: what a
/// `PageModel` answers for each post.
package struct PagePlacement: Sendable, Equatable {
    /// The page's og:url: absolute when the site URL is known, else root-relative (with any base
    /// path), exactly as the generator (or jekyll-seo-tag, or Hugo's templates) would print it.
    package var url: String
    /// The page's language as the site spells it (`en`, `es`, `pt-br`), when known.
    package var language: String?
    /// Pages with the same key (and different languages) are translations of each other; nil
    /// when the page has no translations by construction.
    package var translationKey: String?
    /// Whether the generator publishes the page now.
    package var visibility: PageVisibility
    /// When a published page stops being published (Hugo's `expiryDate`), so an unchanged post
    /// is looked at again once that moment has passed.
    package var expires: Date?
    /// Problems with the post's URL or dates that do not stop its card (each naming the file).
    package var warnings: [Diagnostic]

    /// Creates a placement.
    package init(
        url: String, language: String? = nil, translationKey: String? = nil, visibility: PageVisibility = .published,
        expires: Date? = nil, warnings: [Diagnostic] = []
    ) {
        self.url = url
        self.language = language
        self.translationKey = translationKey
        self.visibility = visibility
        self.expires = expires
        self.warnings = warnings
    }
}
