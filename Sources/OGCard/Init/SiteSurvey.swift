package import Foundation

/// What `ogcard init` found out about a site: its generator, the site-wide values in the
/// generator's own config, where posts live, where ogcard should write, and which design the
/// posts' opengraphimg URLs used. `configText()` turns it into a commented ogcard.yml.
package struct SiteSurvey: Hashable, Sendable {
    /// The site root: where ogcard.yml goes.
    package var root: URL
    /// The generator found.
    package var generator: Generator
    /// The generator's config file, relative to `root` (e.g. `_config.yml`); nil when none was found.
    package var generatorConfig: String?
    /// The site URL with any base path, without trailing slash; nil when not found or not absolute.
    package var url: String?
    /// The site name.
    package var name: String?
    /// The default author.
    package var author: String?
    /// The site's Twitter handle, as a handle (`@name`), never a profile URL.
    package var twitter: String?
    /// Post folders, relative to `root`.
    package var posts: [String]
    /// Where cards go, relative to `root`.
    package var output: String
    /// The public URL path of `output`.
    package var imageURLPath: String
    /// Where HTML snippets go, relative to `root`.
    package var snippets: String
    /// Where the meta-tag JSON goes, relative to `root`.
    package var metaJSON: String
    /// The design to use: `.ogcard`, or the design most of the posts' opengraphimg URLs share.
    package var design: SiteDesign
    /// How many posts have an opengraphimg URL in `image:`.
    package var openGraphImagePosts: Int
    /// How many posts were read to decide the design.
    package var postsRead: Int
    /// Findings worth telling the user (a value that could not be used, a placeholder URL, …).
    package var notes: [String]
    /// Whether a Jekyll site uses jekyll-seo-tag (in `plugins:` or as `{% seo %}` in a layout),
    /// which names og:image only from a post's `image:`: the config then sets `add_missing_image`.
    package var usesSeoTag = false

    /// A survey with the built-in defaults of `generator` and nothing found yet.
    package init(root: URL, generator: Generator) {
        self.root = root
        self.generator = generator
        generatorConfig = nil
        url = nil
        name = nil
        author = nil
        twitter = nil
        posts = generator.defaultPosts
        output = generator.defaultOutput
        imageURLPath = "/assets/og"
        snippets = generator.defaultSnippets
        metaJSON = generator.defaultMetaJSON
        design = .ogcard
        openGraphImagePosts = 0
        postsRead = 0
        notes = []
    }

    /// Inspects the site at `root`: Jekyll (`_config.yml`), Hugo (`hugo.toml`, `config.toml`) or
    /// Eleventy (`eleventy.config.js`, `.eleventy.js`, …), then its posts.
    /// - Throws: `Diagnostic` when the generator's config exists but cannot be read or parsed.
    package static func inspect(root: URL) throws(Diagnostic) -> SiteSurvey {
        try SiteSurveyor(root: root.standardizedFileURL).survey()
    }
}
