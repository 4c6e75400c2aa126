/// What a site's own generator config says about it, used where ogcard.yml is silent (or absent).
public struct SiteDefaults: Hashable, Sendable {
    /// The detected generator.
    public var generator: SiteGenerator
    /// Site URL including any base path (Jekyll `url` + `baseurl`, Hugo `baseURL`).
    public var url: String?
    /// Site name (`title`).
    public var name: String?
    /// Default author name.
    public var author: String?
    /// Site Twitter handle.
    public var twitter: String?
    /// The site's default language (Jekyll `lang`, Hugo `defaultContentLanguage` / `languageCode`).
    package var language: String?
    /// The folders the generator reads posts from, when the site shows them (every `_posts` and
    /// `_drafts` folder and output collection of a Jekyll site); nil for the generator's default.
    package var posts: [String]?
    /// Jekyll's URL and publication settings (defaults when the site is not a Jekyll site).
    package var jekyll = JekyllSiteSettings()
    /// Hugo's URL, language and publication settings (defaults when the site is not a Hugo site).
    package var hugo = HugoSiteSettings()

    /// Creates defaults.
    public init(
        generator: SiteGenerator = .unknown, url: String? = nil, name: String? = nil, author: String? = nil,
        twitter: String? = nil
    ) {
        self.generator = generator
        self.url = url
        self.name = name
        self.author = author
        self.twitter = twitter
    }
}
