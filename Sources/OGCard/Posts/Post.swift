/// The fields of one post that a social card and Open Graph tags need.
///
/// Built by `PostReader`; never fails on missing or odd fields. Problems become
/// `warnings` and sensible fallbacks are used, so one bad post cannot stop a site build.
public struct Post: Sendable, Equatable {
    /// The file path as given to the reader.
    public var path: String
    /// The parsed front matter, or `nil` when the file has none.
    package var frontMatter: FrontMatter?
    /// The title exactly as written in front matter, or `nil` when missing or empty.
    public var rawTitle: String?
    /// The title as a reader sees it (inline Markdown and HTML removed, entities decoded), or a fallback (see `isTitleFallback`).
    public var title: String
    /// The title with its inline styles (`<code>`, `<em>`, Markdown) and `<br>` line breaks, as
    /// a card draws it; nil for a post made without one (then `title` is plain).
    public var styledTitle: StyledText?
    /// Whether `title` is a fallback (file name, body or hash) because front matter had none.
    public var isTitleFallback: Bool
    /// Authors in the order written (empty when none).
    public var authors: [PostAuthor]
    /// Tags (empty when missing or null).
    public var tags: [String]
    /// Categories from `categories`, or from `category` when `categories` is absent.
    public var categories: [String]
    /// The post date from `date`, else from a `YYYY-MM-DD-` file-name prefix.
    public var date: PostDate?
    /// The first non-empty of `description`, `excerpt`, `summary`, `subtitle`.
    public var description: String?
    /// A safe, file-name-ready slug (see `PostSlug`).
    public var slug: String
    /// The `permalink` value, as written.
    public var permalink: String?
    /// The `image` value (string or mapping with `path` / `alt`).
    public var image: PostImage?
    /// The `published_at` date, when present and parseable.
    public var publishedAt: PostDate?
    /// The `lang` value.
    public var lang: String?
    /// Non-fatal problems, each naming the file.
    public var warnings: [Diagnostic]
    /// A title for the meta tags only (`seo.title`, `og_title`), when the post has one.
    public var metaTitle: String?
    /// A description for the meta tags only (`seo.description`, `og_description`), when the post has one.
    public var metaDescription: String?
    /// The last-modified date (`lastmod`, `updated` …), for `article:modified_time`.
    public var modified: PostDate?
    /// Where the picture sits in the front matter (where a card URL replaces it).
    package var imageField: ImageField = .image
    /// The fields whose ogcard.yml `fields:` paths this post has (to report paths no post has).
    package var matchedFieldOverrides: Set<PostFieldMap.Field> = []

    /// Creates a post; usually you want `PostReader.parse(_:path:)` instead.
    package init(
        path: String, frontMatter: FrontMatter?, rawTitle: String?, title: String, isTitleFallback: Bool,
        authors: [PostAuthor], tags: [String], categories: [String], date: PostDate?, description: String?,
        slug: String, permalink: String?, image: PostImage?, publishedAt: PostDate?, lang: String?,
        warnings: [Diagnostic]
    ) {
        self.path = path
        self.frontMatter = frontMatter
        self.rawTitle = rawTitle
        self.title = title
        self.isTitleFallback = isTitleFallback
        self.authors = authors
        self.tags = tags
        self.categories = categories
        self.date = date
        self.description = description
        self.slug = slug
        self.permalink = permalink
        self.image = image
        self.publishedAt = publishedAt
        self.lang = lang
        self.warnings = warnings
    }

    /// The first author, if any.
    public var author: PostAuthor? { authors.first }

    /// Any top-level front-matter key as text: scalars as written, lists of scalars
    /// joined with `", "`; `nil` for missing, null or nested values.
    public func field(_ key: String) -> String? {
        switch frontMatter?[key] {
        case .scalar(let text): return text
        case .list(let items):
            let texts = items.compactMap(\.string)
            return texts.count == items.count ? texts.joined(separator: ", ") : nil
        default: return nil
        }
    }
}
