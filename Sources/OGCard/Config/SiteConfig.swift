public import Foundation

/// The resolved site configuration: ogcard.yml over the generator's own config over built-in defaults.
public struct SiteConfig: Hashable, Sendable {
    /// The site root: the folder of ogcard.yml, or of the generator config when there is none.
    public var root: URL
    /// The ogcard.yml that was read, if any.
    public var configFile: URL?
    /// The detected generator.
    public var generator: SiteGenerator
    /// `url`: the site URL including any base path, without trailing slash; nil when unknown.
    public var url: String?
    /// `name`: the site name.
    public var name: String?
    /// `posts`: post folders or globs, relative to `root`.
    public var posts: [String]
    /// `output`: folder for rendered cards, relative to `root`.
    public var output: String
    /// `image_url_path`: public URL path (or absolute URL) of `output`.
    public var imageURLPath: String
    /// `file_name`: card file name pattern with `{slug}`, `{date}`, `{year}`, `{month}`, `{day}`.
    public var fileName: String
    /// `image_url_fingerprint`: how a card's URL carries its digest (`query` by default).
    public var imageURLFingerprint: ImageURLFingerprint = .query
    /// `author`: default author.
    public var author: String?
    /// `twitter`: the site's Twitter handle, as written.
    public var twitter: String?
    /// `design`: the default design; nil when not set (the caller's own default applies).
    public var design: SiteDesign?
    /// `rewrite`: which posts to touch.
    public var rewrite: SiteRewriteMode
    /// `add_missing_image`: add `image:` to posts that have none.
    public var addMissingImage: Bool
    /// `allow_relative_urls`: allow relative meta-tag URLs when no site URL is known.
    public var allowRelativeURLs: Bool
    /// `snippets`: folder for HTML includes/partials, relative to `root`.
    public var snippets: String
    /// `meta_json`: path of the meta-tag JSON file, relative to `root`; nil means none is written.
    public var metaJSON: String?
    /// `layouts`: folder for layout files, relative to `root`; nil when not set.
    public var layouts: String?
    /// `logos`: remote logo URL → local file path, so cards render offline.
    public var logos: [String: String]
    /// `limits`: the most of each kind of input a build accepts (front-matter size, tags, title length …).
    public var limits: InputLimits
    /// `max_card_bytes`: the size budget of one card PNG. A card over it is re-encoded losslessly
    /// (a palette when it has ≤ 256 colours), then, only if still over, with fewer colours, and the
    /// build warns (see `CardSizeReduction`).
    public var maxCardBytes: Int
    /// The default `max_card_bytes`: 300 KB, what the card size targets allow (docs/performance.md).
    public static let defaultMaxCardBytes = 300_000
    /// The `max_card_bytes` values accepted.
    public static let maxCardBytesRange = 1000...100_000_000
    /// `fields`: where each post field is read from (defaults cover the common spellings).
    public var fields: PostFieldMap
    /// `url_pattern`: page URLs for sites whose generator ogcard does not read.
    public var urlPattern: URLPattern?
    /// `language`: the site's default language (BCP 47), from ogcard.yml or the generator's
    /// config; posts in other languages get their cards in a folder named after their language.
    public var language: String?
    /// Whether `posts` are the generator's own (no `posts:` in ogcard.yml): a Jekyll site then
    /// gets exactly the files Jekyll reads as posts, drafts and collection documents.
    package var postsFollowGenerator: Bool
    /// `inject`: how `ogcard inject` treats a built site's folder.
    public var inject = InjectSettings()
    /// Jekyll's URL and publication settings, from `_config.yml`.
    package var jekyll: JekyllSiteSettings
    /// Hugo's URL, language and publication settings, from the Hugo config.
    package var hugo: HugoSiteSettings

    /// The placeholders `file_name` may use.
    public static let fileNamePlaceholders: Set<String> = ["slug", "date", "year", "month", "day"]

    /// Zero-config: everything from the generator's config and built-in defaults.
    public init(root: URL, defaults: SiteDefaults) {
        self.root = root
        configFile = nil
        generator = defaults.generator
        url = defaults.url
        name = defaults.name
        posts = defaults.posts ?? defaults.generator.defaultPosts
        postsFollowGenerator = defaults.generator == .jekyll
        if defaults.generator == .hugo {
            // Hugo's content folder and each language's own, when the language's folder exists
            // (Hugo builds a missing one as empty; ogcard would call a missing posts folder an error).
            let folders = defaults.hugo.contentDirectories
            posts = folders.enumerated().filter { index, folder in
                index == 0 || FileManager.default.fileExists(atPath: root.appendingPathComponent(folder).path)
            }.map(\.element)
        }
        output = defaults.generator.defaultOutput
        imageURLPath = defaults.generator.defaultImageURLPath
        fileName = "{slug}.png"
        author = defaults.author
        twitter = defaults.twitter
        design = nil
        rewrite = .opengraphimg
        addMissingImage = false
        allowRelativeURLs = false
        snippets = defaults.generator.defaultSnippets
        metaJSON = defaults.generator.defaultMetaJSON
        layouts = nil
        logos = [:]
        limits = .default
        maxCardBytes = Self.defaultMaxCardBytes
        jekyll = defaults.jekyll
        hugo = defaults.hugo
        fields = PostFieldMap(generator: defaults.generator)
        urlPattern = nil
        language = defaults.language
    }

    /// The config file ogcard writes to (the design migration): the one that was read, else a
    /// new one where `SiteConfigLoader.newConfigFile(root:generator:)` puts it.
    public var configFileToWrite: URL {
        configFile ?? SiteConfigLoader.newConfigFile(root: root, generator: generator)
    }

    /// A resolver for absolute page and image URLs from `url` and `allowRelativeURLs`.
    /// - Throws: a `Diagnostic` when `url` is not an absolute http(s) URL (the loader already checks this).
    package func urlResolver() throws(Diagnostic) -> SiteURLResolver {
        try SiteURLResolver(siteURL: url, allowRelativeURLs: allowRelativeURLs)
    }
}
