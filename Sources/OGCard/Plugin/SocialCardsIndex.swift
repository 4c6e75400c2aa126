import Foundation

/// The index `OGCardBuildPlugin` writes next to its cards (`ogcard-cards.json`): per post, its
/// slug, its tags, and where its card lies in the cards file (`ogcard-cards.png-pack`) and in
/// the generated site. Sorted JSON, so the same site gives the same bytes.
struct SocialCardsIndex: Codable, Hashable, Sendable {
    /// One post's entry.
    struct Entry: Codable, Hashable, Sendable {
        /// The post's path relative to the site root, `/`-separated (`_posts/2024-01-02-hello.md`).
        var path: String
        /// The slug its card was named after.
        var slug: String
        /// Its card; nil when the post keeps its own picture (its tags then point there).
        var card: Card?
        /// Its meta tags, in order.
        var tags: [MetaTag]
    }

    /// Where a card's bytes are, and where it belongs in the generated site.
    struct Card: Codable, Hashable, Sendable {
        /// The card's path in the generated site, relative to the folder the site URL points at,
        /// as its `og:image` URL names it (`assets/og/hello.png`).
        var sitePath: String
        /// The first byte of the card's PNG in the cards file.
        var offset: Int
        /// The PNG's length in bytes.
        var length: Int
    }

    /// Version of this format; a reader refuses others, since the plugin and the library come from
    /// one ogcard and a mismatch means a stale build folder.
    static let currentFormat = 1
    /// The index's resource name (and the cards file's), for `Bundle.url(forResource:withExtension:)`.
    static let resourceName = "ogcard-cards"
    /// The index's extension.
    static let indexExtension = "json"
    /// The cards file's extension: the cards' PNGs one after another, each found by its entry.
    static let cardsExtension = "png-pack"

    /// The format of this index.
    var format = SocialCardsIndex.currentFormat
    /// The entries, sorted by path.
    var posts: [Entry]

    /// Sorted keys and no escaped slashes: the same site gives the same bytes.
    func encoded() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        // Strings and integers only: encoding cannot fail.
        return ((try? encoder.encode(self)) ?? Data("{}".utf8)) + Data("\n".utf8)
    }
}
