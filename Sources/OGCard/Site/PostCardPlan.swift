public import Foundation

/// Everything ogcard decided for one post: what its card shows and looks like, where it goes,
/// whether the post's `image:` changes, and its meta tags.
public struct PostCardPlan: Sendable {
    /// The post.
    public var post: Post
    /// The post file.
    public var source: URL
    /// The post's path relative to the site root (the manifest key).
    public var relativePath: String
    /// The unique slug naming the card.
    public var slug: String
    /// Where the card PNG is written; nil when the post keeps its own picture.
    public var cardFile: URL?
    /// The card's public URL path (e.g. `/assets/og/slug.png`); nil when the post keeps its own picture.
    public var imagePath: String?
    /// What the card shows.
    public var content: CardContent
    /// How the card looks.
    public var design: CardDesign
    /// Where the design came from.
    public var designSource: DesignSource
    /// The layout the card is drawn with (the design resolved with the site's logo files).
    public var layout: CardLayout
    /// SHA-256 of the layout, part of the card's digest.
    public var layoutDigest: String
    /// The design of the opengraphimg URL in the post's `image:`, if it has one.
    public var urlDesign: OpenGraphImageDesign?
    /// Whether the post's `image:` is to point at the card.
    public var rewritesImage: Bool
    /// The post's meta tags.
    public var meta: MetaTags
    /// Warnings the user should see (a missing title, an unusable logo, an unknown URL parameter)
    /// and notes for verbose output (the URL's text differing from the front matter's).
    public var diagnostics: [Diagnostic]
}
