/// Where each post field is read from in front matter: ogcard.yml's `fields:` over defaults that
/// cover the spellings real sites use (`published_at`, `publishDate`, Hugo's `images` list,
/// `cover.image`, `seo.description` …). Paths are dotted (`seo.description` is the
/// `description` key of the `seo` mapping); the first path present in a post wins.
public struct PostFieldMap: Hashable, Sendable {
    /// A field ogcard reads from every post.
    public enum Field: String, CaseIterable, Hashable, Sendable {
        /// The title drawn on the card (and the meta title unless `meta_title` is present).
        case title
        /// A title for the meta tags only (SEO plugins' `seo.title`, `og_title`).
        case metaTitle = "meta_title"
        /// The description on the card (and in the meta tags unless `meta_description` is present).
        case description
        /// A description for the meta tags only (`seo.description`, `og_description`).
        case metaDescription = "meta_description"
        /// The publication date (`article:published_time`, the date on the card).
        case date
        /// The last-modified date (`article:modified_time`).
        case modified
        /// The picture: replaced by the card when it is an opengraphimg URL.
        case image
        /// The author (a name, a mapping with `name`, or a list of them).
        case author
        /// The tags.
        case tags
        /// The post's language (BCP 47: `en`, `es`, `pt-BR`).
        case lang
    }

    /// The paths ogcard.yml's `fields:` gave, by field.
    public private(set) var overrides: [Field: [String]]
    /// The ogcard.yml line of each override, for "this path matched no post".
    package var lines: [Field: Int]
    /// The site's generator: Hugo sites keep their picture in `images` first.
    public var generator: SiteGenerator

    /// The defaults for `generator`, with no overrides.
    public init(generator: SiteGenerator = .unknown) {
        self.generator = generator
        overrides = [:]
        lines = [:]
    }

    /// Reads `field` from `paths` (in order) instead of the defaults.
    public mutating func set(_ field: Field, to paths: [String], line: Int? = nil) {
        overrides[field] = paths
        if let line { lines[field] = line }
    }

    /// The paths `field` is read from, in order.
    public func paths(for field: Field) -> [String] {
        overrides[field] ?? Self.defaults(for: field, generator: generator)
    }

    /// What every site reads when ogcard.yml does not say otherwise.
    public static func defaults(for field: Field, generator: SiteGenerator) -> [String] {
        switch field {
        case .title: ["title"]
        case .metaTitle: ["seo.title", "og_title"]
        case .description: ["description", "excerpt", "summary", "subtitle", "seo.description"]
        case .metaDescription: ["seo.description", "og_description"]
        case .date: ["date", "published_at", "publishDate", "pubDate", "pubdate"]
        case .modified: ["lastmod", "updated", "last_modified_at", "modified", "updated_at", "updatedDate"]
        case .image:
            generator == .hugo
                ? ["images", "image", "cover.image", "og_image"] : ["image", "og_image", "cover.image", "images"]
        case .author: ["author", "authors"]
        case .tags: ["tags"]
        case .lang: ["lang", "locale", "language"]
        }
    }

    /// Whether `path` is a usable field path: dot-separated, non-empty keys.
    static func isValidPath(_ path: String) -> Bool {
        !path.isEmpty && !path.split(separator: ".", omittingEmptySubsequences: false).contains { $0.isEmpty }
            && !path.contains(where: { $0.isWhitespace })
    }
}
