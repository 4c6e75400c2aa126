import Foundation
import OGCardTestSupport
import Testing

@testable import OGCard

/// Pages Debian's `hugo` leaves out (drafts, future, expired, `_build`, headless bundles) are
/// exactly the pages ogcard hides; with `hugo -D -F -E` and ogcard's `--drafts` both publish the
/// same pages at the same URLs.
@Suite(
    .enabled(
        if: TestEnvironment.runs(needing: Program.onPath("hugo") != nil),
        "Debian's hugo is not installed (scripts/setup installs it)"))
struct HugoVisibilityTests {
    static func page(_ fields: String) -> String { "---\n" + fields + "\n---\nBody.\n" }

    static func stamp(_ offset: TimeInterval) -> String {
        let formatter = ISO8601DateFormatter()
        return formatter.string(from: Date().addingTimeInterval(offset))
    }

    static func files() -> [String: String] {
        [
            "content/posts/_index.md": page("title: Posts"),
            "content/posts/plain.md": page("title: Plain"),
            "content/posts/draft-true.md": page("title: D\ndraft: true"),
            "content/posts/draft-string.md": page("title: D\ndraft: \"true\""),
            "content/posts/draft-yes.md": page("title: D\ndraft: yes"),
            "content/posts/draft-false.md": page("title: D\ndraft: false"),
            "content/posts/unpublished.md": page("title: U\npublished: false"),
            "content/posts/published-no-string.md": page("title: U\npublished: \"no\""),
            "content/posts/published-date.md": page("title: U\npublished: 2024-01-01"),
            "content/posts/both.md": page("title: B\ndraft: false\npublished: false"),
            "content/posts/future.md": page("title: F\ndate: 2099-01-01"),
            "content/posts/soon.md": page("title: S\ndate: \(stamp(3600))"),
            "content/posts/just-now.md": page("title: J\ndate: \(stamp(-3600))"),
            "content/posts/pub-future.md": page("title: P\ndate: 2020-01-01\npublishDate: 2099-01-01"),
            "content/posts/pubdate-future.md": page("title: P\ndate: 2020-01-01\npubdate: 2099-01-01"),
            "content/posts/date-future-pub-past.md": page("title: P\ndate: 2099-01-01\npublishDate: 2020-01-01"),
            "content/posts/expired.md": page("title: E\nexpiryDate: 2021-01-01"),
            "content/posts/unpublishdate.md": page("title: E\nunpublishdate: 2021-01-01"),
            "content/posts/expires-soon.md": page("title: E\nexpiryDate: \(stamp(3600))"),
            "content/posts/never.md": page("title: N\n_build:\n  render: never"),
            "content/posts/render-false.md": page("title: N\n_build:\n  render: false"),
            "content/posts/headless/index.md": page("title: H\nheadless: true"),
            "content/posts/headless/inner.md": page("title: resource"),
            "content/hidden/_index.md": page("title: Hidden section\ndraft: true"),
            "content/toml-draft.md": "+++\ntitle = \"T\"\nDraft = true\n+++\n",
            "content/json-future.md": "{\n  \"title\": \"J\",\n  \"publishDate\": \"2099-05-06T07:08:09Z\"\n}\nBody\n",
        ]
    }

    static let config =
        "baseURL = \"https://example.org/\"\ndisableKinds = [\"RSS\", \"sitemap\", \"taxonomy\", \"term\", \"404\"]\n"

    @Test func hiddenPagesAreThePagesHugoLeavesOut() throws {
        let site = try HugoSite(config: Self.config, files: Self.files())
        try site.expectSamePages(bases: ["": "https://example.org/"])
        let hidden = try site.ogcardPages().hidden
        #expect(hidden["en:posts/draft-true.md"]?.contains("`draft: true`") == true)
        #expect(hidden["en:posts/draft-true.md"]?.contains("-D") == true)
        #expect(hidden["en:posts/draft-true.md"]?.contains("--drafts") == true)
        #expect(hidden["en:posts/unpublished.md"]?.contains("`published: false`") == true)
        #expect(hidden["en:posts/future.md"]?.contains("-F") == true)
        #expect(hidden["en:posts/expired.md"]?.contains("-E") == true)
        #expect(hidden["en:posts/never.md"]?.contains("render") == true)
        #expect(hidden["en:posts/headless/index.md"]?.contains("headless") == true)
        #expect(hidden["en:posts/headless/inner.md"] == nil, "a bundle's resource is no post")
    }

    @Test func withDraftsBothPublishTheSamePages() throws {
        let site = try HugoSite(config: Self.config, files: Self.files())
        try site.expectSamePages(
            hugoArguments: ["-D", "-F", "-E"], includeDrafts: true, bases: ["": "https://example.org/"])
    }

    @Test func buildFlagsInTheConfig() throws {
        let site = try HugoSite(
            config: Self.config + "buildDrafts = true\nbuildExpired = true\n", files: Self.files())
        try site.expectSamePages(bases: ["": "https://example.org/"])
    }

    @Test func anExpiryInTheFutureIsRecorded() throws {
        let site = try HugoSite(config: Self.config, files: Self.files())
        let config = try SiteConfigLoader.discover(from: site.site.root)
        let path = "content/posts/expires-soon.md"
        let post = try PostReader.read(contentsOf: site.site.url(path))
        let placement = try config.pageModel(PageModelContext()).place(post, relativePath: path)
        #expect(placement.visibility == .published)
        let expires = try #require(placement.expires)
        #expect(abs(expires.timeIntervalSinceNow - 3600) < 120)
    }

    /// `[frontmatter]` lists decide which keys are the publish and expiry dates.
    @Test func customDateKeys() throws {
        let site = try HugoSite(
            config: Self.config + """
                [frontmatter]
                date = ["releaseDate", ":default"]
                publishDate = ["goLive", ":default"]
                expiryDate = ["ends", ":default"]
                [permalinks]
                posts = "/:year/:month/:filename/"
                """,
            files: [
                "content/posts/release.md": Self.page("title: R\nreleaseDate: 2023-05-06\ndate: 2024-01-01"),
                "content/posts/golive-future.md": Self.page("title: G\ngoLive: 2099-01-01\ndate: 2020-01-01"),
                "content/posts/golive-past.md": Self.page("title: G\ngoLive: 2020-01-01\npublishDate: 2099-01-01"),
                "content/posts/ends.md": Self.page("title: E\nends: 2021-01-01"),
                "content/posts/default-expiry.md": Self.page("title: E\nexpiryDate: 2021-01-01\nends: 2099-01-01"),
                "content/posts/unpublishdate.md": Self.page("title: U\nunpublishDate: 2021-01-01"),
                "content/posts/plain.md": Self.page("title: P\ndate: 2022-02-03"),
            ])
        try site.expectSamePages(bases: ["": "https://example.org/"])
        let published = try site.ogcardPages().pages.keys.sorted()
        #expect(
            published == [
                "en:posts/default-expiry.md", "en:posts/golive-past.md", "en:posts/plain.md", "en:posts/release.md",
            ])
    }

    /// `cascade:` in `_index` files reaches the section and every page below it.
    @Test(arguments: [false, true])
    func cascade(drafts: Bool) throws {
        let site = try HugoSite(
            config: Self.config + "[languages.en]\nweight = 1\n[languages.es]\nweight = 2\n",
            files: [
                "content/posts/_index.md": Self.page("title: P\ncascade:\n  draft: true\n  slug: same"),
                "content/posts/a.md": Self.page("title: A"),
                "content/posts/own.md": Self.page("title: Own\ndraft: false\nslug: mine"),
                "content/posts/sub/b.md": Self.page("title: B"),
                "content/posts/a.es.md": Self.page("title: A es"),
                "content/other/_index.md": Self.page("title: O\ncascade:\n  _build:\n    render: never"),
                "content/other/c.md": Self.page("title: C"),
                "content/_index.es.md": Self.page(
                    "title: Inicio\ncascade:\n  - _target:\n      path: /nothing\n    draft: true\n  - slug: todo"),
                "content/plain.es.md": Self.page("title: Plain"),
                "content/drafty/_index.md": Self.page("title: Drafty\ndraft: true"),
                "content/drafty/kid.md": Self.page("title: Kid\ndraft: false"),
                "content/drafty/deeper/_index.md": Self.page("title: Deeper"),
                "content/drafty/deeper/grandkid.md": Self.page("title: Grandkid"),
                "content/later/_index.md": Self.page("title: Later\ndate: 2099-01-01"),
                "content/later/kid.md": Self.page("title: Kid"),
                "content/gone/_index.md": Self.page("title: Gone\nexpiryDate: 2020-01-01"),
                "content/gone/kid.md": Self.page("title: Kid"),
                "content/unrendered/_index.md": Self.page("title: Unrendered\n_build:\n  render: never"),
                "content/unrendered/kid.md": Self.page("title: Kid"),
            ])
        try site.expectSamePages(
            hugoArguments: drafts ? ["-D", "-F", "-E"] : [], includeDrafts: drafts, bases: ["": "https://example.org/"])
        if !drafts {
            let hidden = try site.ogcardPages().hidden
            #expect(hidden["en:drafty/deeper/grandkid.md"]?.contains("content/drafty/_index.md") == true)
        }
    }
}
