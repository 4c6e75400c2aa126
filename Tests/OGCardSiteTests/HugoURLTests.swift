import Foundation
import OGCardTestSupport
import Testing

@testable import OGCard

/// og:url of every page ogcard places in a Hugo site equals the `.Permalink` Debian's `hugo`
/// 0.111 prints for it (and the file it writes), on small sites covering
/// docs/research/generator-urls-and-drafts.md §2.
@Suite(
    .enabled(
        if: TestEnvironment.runs(needing: Program.onPath("hugo") != nil),
        "Debian's hugo is not installed (scripts/setup installs it)"))
struct HugoURLTests {
    static let kinds = "disableKinds = [\"RSS\", \"sitemap\", \"taxonomy\", \"term\", \"404\"]\n"

    static func page(_ fields: String) -> String { "---\n" + fields + "\n---\nBody.\n" }

    @Test func defaultURLsBundlesSlugsAndURLs() throws {
        let site = try HugoSite(
            config: "baseURL = \"https://Example.org/blog\"\ntitle = \"T\"\n" + Self.kinds,
            files: [
                "content/_index.md": Self.page("title: Home"),
                "content/posts/_index.md": Self.page("title: Posts"),
                "content/posts/hello-world.md": Self.page("title: Hello World\ndate: 2024-03-05"),
                "content/posts/My File Name.md": Self.page("title: \"C++ & Rust: a Tale!\""),
                "content/posts/Café Ünïcode (v2), ok?.md": Self.page("title: Café"),
                "content/posts/C# Tips & Tricks.md": Self.page("title: C#"),
                "content/posts/custom.md": Self.page("title: x\nslug: \"Custom Slug! Über\""),
                "content/posts/lead.md": Self.page("title: x\nslug: \"-Lead Trail-\""),
                "content/posts/plus.md": Self.page("title: x\nslug: \"C++ tips %41\""),
                "content/posts/my-bundle/index.md": Self.page("title: Bundle"),
                "content/posts/my-bundle/notes.md": Self.page("title: resource, not a page"),
                "content/posts/slugged-bundle/index.md": Self.page("title: B\nslug: bundle-slug"),
                "content/posts/2024/sub/deep.md": Self.page("title: Deep"),
                "content/Blog Posts/Sub Dir/s.md": Self.page("title: S"),
                "content/docs/_index.md": Self.page("title: Docs"),
                "content/docs/guides/_index.md": Self.page("title: Guides"),
                "content/docs/guides/intro.md": Self.page("title: Intro ΣΑΣ İstanbul"),
                "content/urls/path-here.md": Self.page("title: u\nurl: /custom/Path Here/"),
                "content/urls/rel.md": Self.page("title: u\nurl: rel/thing"),
                "content/urls/file.md": Self.page("title: u\nurl: /file.html"),
                "content/urls/_index.md": Self.page("title: U\nurl: /all-urls/"),
                "content/about.md": Self.page("title: About"),
                "content/_under.md": Self.page("title: Under"),
                "content/posts/#ignored.md": Self.page("title: ignored"),
                "content/posts/backup.md~": Self.page("title: ignored"),
            ])
        try site.expectSamePages(bases: ["": "https://Example.org/blog/"])
    }

    @Test func permalinkTokensAndDates() throws {
        let site = try HugoSite(
            config: """
                baseURL = "https://example.org/sub/path/"
                timeZone = "Asia/Tokyo"
                \(Self.kinds)
                [permalinks]
                blog = "/:year/:month/:day/:slug/"
                docs = "/d/:sections/:sections[1:]/:sections[last]/:title/"
                notes = "/n/:monthname-:weekday-:weekdayname-:yearday/:filename/:slugorfilename/"
                times = "/:section/:2006-01-02T15:04/:title/"
                [frontmatter]
                date = [":filename", ":default"]
                """,
            files: [
                "content/blog/_index.md": Self.page("title: Blog"),
                "content/blog/rust.md": Self.page("title: \"C++ & Rust: a Tale!\"\ndate: 2024-03-05T23:30:00-05:00"),
                "content/blog/tips.md": Self.page("title: T\nslug: \"C++ tips\"\ndate: 2024-03-05"),
                "content/blog/notitle.md": Self.page("date: 2024-04-01"),
                "content/blog/pub.md": Self.page("title: Pub\npublishDate: 2023-01-02"),
                "content/blog/lastmod.md": Self.page("title: Mod\nlastmod: 2023-04-05"),
                "content/blog/tokyo.md": Self.page("title: Tokyo\ndate: 2024-03-05T23:30:00"),
                "content/blog/toml.md": "+++\ntitle = \"Toml Über\"\ndate = 2024-03-06T01:00:00+09:00\n+++\nBody\n",
                "content/blog/2024-03-05-dated-name.md": Self.page("title: Dated"),
                "content/blog/2024-02-01-named-bundle/index.md": Self.page("title: Named Bundle"),
                "content/blog/nosec.md": Self.page("title: No seconds\ndate: 2024-03-05 23:30"),
                "content/docs/_index.md": Self.page("title: Docs"),
                "content/docs/guides/_index.md": Self.page("title: Guides"),
                "content/docs/guides/advanced/_index.md": Self.page("title: Advanced"),
                "content/docs/guides/advanced/page.md": Self.page("title: \"Deep Dive: Ünïcode ǅ İ\""),
                "content/docs/plain/Deep Doc.md": Self.page("title: Plain ΣΑΣ"),
                "content/notes/Note One.md": Self.page("title: Note\ndate: 2024-12-29"),
                "content/notes/note-bundle/index.md": Self.page("title: NB\ndate: 2024-12-29\nslug: Own Slug"),
                "content/times/t.md": Self.page("title: emoji 🎉 party\ndate: 2024-07-08T09:10:11+02:00"),
                "content/other/plain.md": Self.page("title: Plain"),
                "content/times/bool.md": Self.page("title: N\ndate: 2024-01-01"),
                "content/times/yes.md": Self.page("title: yes\ndate: 2024-01-01"),
                "content/times/quoted.md": Self.page("title: \"no\"\ndate: 2024-01-01"),
                "content/times/float.md": Self.page("title: 1.50\ndate: 2024-01-01"),
                "content/times/hex.md": Self.page("title: 0x1F\ndate: 2024-01-01"),
                "content/times/day.md": Self.page("title: 2024-01-02\ndate: 2024-01-01"),
                "content/blog/on.md": Self.page("title: x\nslug: On\ndate: 2024-01-01"),
            ])
        try site.expectSamePages(bases: ["": "https://example.org/sub/path/"])
    }

    @Test func uglyURLsAndRemovePathAccents() throws {
        let site = try HugoSite(
            config: """
                baseURL = "https://X.ORG:443/My Blog/"
                uglyURLs = true
                removePathAccents = true
                \(Self.kinds)
                [permalinks]
                posts = "/:year/:slug/"
                """,
            files: [
                "content/_index.md": Self.page("title: Home"),
                "content/posts/_index.md": Self.page("title: Posts"),
                "content/posts/Hi There.md": Self.page("title: Hi There\ndate: 2024-01-02"),
                "content/posts/café.md": Self.page("title: Café Ünïcode\ndate: 2024-01-02"),
                "content/pages/ub/index.md": Self.page("title: Bundle"),
                "content/pages/u1.md": Self.page("title: U1"),
                "content/pages/url.md": Self.page("title: U\nurl: /explicit/"),
            ])
        try site.expectSamePages(bases: ["": "https://X.ORG:443/My%20Blog/"])
    }

    @Test func uglyURLsPerSectionAndDisablePathToLower() throws {
        let site = try HugoSite(
            config: """
                baseURL = "https://x.org/blog//"
                disablePathToLower = true
                \(Self.kinds)
                [uglyURLs]
                ugly = true
                """,
            files: [
                "content/ugly/_index.md": Self.page("title: Ugly"),
                "content/ugly/U1 Page.md": Self.page("title: U1"),
                "content/ugly/ub/index.md": Self.page("title: UB"),
                "content/pretty/My File Name.md": Self.page("title: Pretty"),
            ])
        try site.expectSamePages(bases: ["": "https://x.org/blog//"])
    }

    static let languageFiles = [
        "content/_index.md": page("title: Home"),
        "content/_index.es.md": page("title: Inicio"),
        "content/posts/_index.md": page("title: Posts"),
        "content/posts/_index.es.md": page("title: Artículos"),
        "content/posts/hello.md": page("title: Hello"),
        "content/posts/hello.es.md": page("title: Hola"),
        "content/posts/b/index.md": page("title: Bundle"),
        "content/posts/b/index.es.md": page("title: Paquete"),
        "content/posts/slugged.es.md": page("title: S\nslug: mi-slug"),
        "content/posts/absolute.es.md": page("title: A\nurl: /absolute/"),
        "content/posts/relative.es.md": page("title: R\nurl: relative/"),
        "content/posts/fr-unknown.fr.md": page("title: F"),
        "content/posts/keyed.md": page("title: K\ntranslationKey: shared"),
        "content/posts/otro-nombre.es.md": page("title: K\ntranslationKey: shared"),
        "content/posts/Ñandú Über.es.md": page("title: Ñ"),
        "content/posts/deutsch.de.md": page("title: D"),
    ]

    static let languages = """
        defaultContentLanguage = "en"
        [languages.en]
        weight = 1
        languageCode = "en-US"
        [languages.es]
        weight = 2
        languageCode = "es-ES"
        [languages.de]
        weight = 3
        disabled = true
        """

    @Test func twoLanguagesByFileSuffix() throws {
        let site = try HugoSite(
            config: "baseURL = \"https://x.org/blog/\"\n" + Self.kinds + Self.languages, files: Self.languageFiles)
        try site.expectSamePages(bases: ["": "https://x.org/blog/"])
        let ogcard = try site.ogcardPages()
        #expect(ogcard.hidden["de:posts/deutsch.de.md"]?.contains("disabled") == true)
    }

    @Test func defaultLanguageInSubdirAndContentDirs() throws {
        var files = Self.languageFiles
        files["content_es/posts/from-dir.md"] = Self.page("title: Desde carpeta")
        files["content_es/posts/hello.md"] = Self.page("title: Hola otra vez")
        files.removeValue(forKey: "content/posts/hello.es.md")
        let site = try HugoSite(
            config: "baseURL = \"https://x.org/blog/\"\ndefaultContentLanguageInSubdir = true\n" + Self.kinds
                + Self.languages.replacingOccurrences(
                    of: "languageCode = \"es-ES\"", with: "languageCode = \"es-ES\"\ncontentDir = \"content_es\""),
            files: files)
        try site.expectSamePages(bases: ["": "https://x.org/blog/"])
    }

    @Test func multihost() throws {
        let site = try HugoSite(
            config: "baseURL = \"https://x.org/\"\n" + Self.kinds
                + Self.languages.replacingOccurrences(
                    of: "weight = 1", with: "weight = 1\nbaseURL = \"https://en.x.org/\""
                )
                .replacingOccurrences(of: "weight = 2", with: "weight = 2\nbaseURL = \"https://es.x.org/sub/\"")
                .replacingOccurrences(of: "weight = 3", with: "weight = 3\nbaseURL = \"https://de.x.org/\""),
            files: Self.languageFiles)
        try site.expectSamePages(bases: ["en": "https://en.x.org/", "es": "https://es.x.org/sub/"])
    }

    @Test func anEmptyBaseURLGivesRelativeLinks() throws {
        let site = try HugoSite(
            config: "baseURL = \"\"\n" + Self.kinds,
            files: [
                "ogcard.yml": "allow_relative_urls: true\n",
                "content/posts/hi.md": Self.page("title: Hi"),
                "content/posts/_index.md": Self.page("title: Posts"),
            ])
        try site.expectSamePages(bases: ["": "/"])
    }

    /// The whole build: the og:url ogcard writes into data/ogcard.json is hugo's Permalink.
    @Test func theMetaJSONCarriesHugosPermalinks() throws {
        let site = try HugoSite(
            config: "baseURL = \"https://example.org/blog/\"\n" + Self.kinds
                + "[permalinks]\nposts = \"/:year/:title/\"\n",
            files: [
                "content/posts/rust.md": Self.page("title: \"C++ & Rust\"\ndate: 2024-03-05"),
                "content/guides/Ünïcode Guide.md": Self.page("title: Guide"),
                "content/guides/_index.md": Self.page("title: Guides"),
            ])
        let hugo = try site.hugoPages(bases: ["": "https://example.org/blog/"])
        _ = try site.site.build()
        let json = try JSONDecoder().decode([String: [MetaTag]].self, from: site.site.bytes("data/ogcard.json"))
        #expect(json.count == 3)
        for (path, tags) in json {
            let key = "en:" + path.dropFirst("content/".count)
            let hugoURL = try #require(hugo[key]).components(separatedBy: " ").first
            #expect(tags.first { $0.key == "og:url" }?.content == hugoURL, "\(path)")
        }
    }

    /// A pattern hugo 0.111 refuses stops hugo; ogcard fails each post with the reason.
    @Test func aPatternHugoRefusesFailsBoth() throws {
        let site = try HugoSite(
            config: "baseURL = \"https://example.org/\"\n" + Self.kinds
                + "[permalinks]\nposts = \"/:contentbasename/\"\n",
            files: ["content/posts/a.md": Self.page("title: A"), "content/notes/b.md": Self.page("title: B")])
        let hugo = try Program.required("hugo").run(["--quiet"], in: site.site.root, timeout: .seconds(120))
        #expect(hugo.status != 0)
        #expect("\(hugo)".contains("permalink ill-formed"))
        #expect(throws: Diagnostic.self) { try site.ogcardPages() }
    }

    @Test func rootSectionPatternsNestedSectionsAndOneLanguageInASubdir() throws {
        let site = try HugoSite(
            config: """
                baseURL = "https://example.org/"
                defaultContentLanguage = "fr"
                defaultContentLanguageInSubdir = true
                \(Self.kinds)
                [permalinks]
                "/" = "/root/:filename/"
                a = "/:sections/:slug/"
                """,
            files: [
                "content/about/index.md": Self.page("title: About Us"),
                "content/top.md": Self.page("title: Top"),
                "content/a/b/_index.md": Self.page("title: B"),
                "content/a/b/c/page.md": Self.page("title: Page in C"),
                "content/a/b/leaf/index.md": Self.page("title: Leaf"),
                "content/a/x.md": Self.page("title: X Über"),
                "content/a/b/page.fr.md": Self.page("title: Français"),
            ])
        try site.expectSamePages(bases: ["": "https://example.org/"])
    }

    /// A site configured by `config/_default/` (main file plus one file per table).
    @Test func aConfigFolder() throws {
        let site = try HugoSite(
            config: "",
            files: [
                "config/_default/hugo.toml": "baseURL = \"https://example.org/docs/\"\n" + Self.kinds,
                "config/_default/languages.yaml": "en:\n  weight: 1\nde:\n  weight: 2\n  contentDir: content_de\n",
                "config/_default/permalinks.toml": "posts = \"/:year/:slug/\"\n",
                "content/posts/hello.md": Self.page("title: Hello World\ndate: 2024-03-05"),
                "content_de/posts/hello.md": Self.page("title: Hallo Welt\ndate: 2024-03-05"),
                "content/docs/page.md": Self.page("title: Page"),
            ])
        try FileManager.default.removeItem(at: site.site.url("hugo.toml"))
        try site.expectSamePages(bases: ["": "https://example.org/docs/"])
        #expect(try SiteConfigLoader.discover(from: site.site.url("content_de")).posts == ["content", "content_de"])
    }
}
