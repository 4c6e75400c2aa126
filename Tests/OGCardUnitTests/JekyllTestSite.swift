import Foundation

@testable import OGCard

/// A Jekyll site held in memory for the page-model tests: `_config.yml` text and posts given
/// as path + text, placed by `JekyllPageModel` as a build at `now` would.
struct JekyllTestSite {
    var config: String
    var now = Date(timeIntervalSince1970: 1_800_000_000)  // 2027-01-15
    var includeDrafts = false

    /// J1 of the research: `url: https://example.com`, `baseurl: /blog`, machine zone UTC.
    static let j1 = JekyllTestSite(config: "url: https://example.com\nbaseurl: /blog\ntimezone: UTC\n")

    /// The site's settings as ogcard reads them.
    func siteConfig() throws -> SiteConfig {
        let defaults = try GeneratorConfigReader.readJekyll(yaml: config, file: "_config.yml")
        return SiteConfig(root: URL(fileURLWithPath: "/nonexistent-site"), defaults: defaults)
    }

    /// The placement of the post at `path` whose front matter is `frontMatter` (nil: none).
    func place(_ path: String, _ frontMatter: String? = nil) throws -> PagePlacement {
        let text = frontMatter.map { "---\n\($0)\n---\nBody\n" } ?? "Body\n"
        let post = try PostReader.parse(Data(text.utf8), path: path)
        let model = try siteConfig().pageModel(PageModelContext(now: now, includeDrafts: includeDrafts))
        return try model.place(post, relativePath: path)
    }

    /// The og:url of the post.
    func url(_ path: String, _ frontMatter: String? = nil) throws -> String {
        try place(path, frontMatter).url
    }

    /// The error placing the post gives, or nil when it is placed.
    func failure(_ path: String, _ frontMatter: String?) -> Diagnostic? {
        do {
            _ = try place(path, frontMatter)
            return nil
        } catch let error as Diagnostic {
            return error
        } catch {
            return nil
        }
    }
}
