import Foundation
import Testing

@testable import OGCard

/// og:url of Jekyll posts, row by row from research §3.1 (observed with Jekyll 4.3.1 and
/// jekyll-seo-tag 2.8.0).
@Suite struct JekyllURLTests {
    static let j1 = JekyllTestSite.j1
    static let base = "https://example.com/blog"

    @Test(
        arguments: [
            ("_posts/2024-03-05-hello-world.md", "title: Hello World", "/2024/03/05/hello-world.html"),
            (
                "_posts/2024-03-05-Café Ünïcode! (v2).md", "title: x",
                "/2024/03/05/Caf%C3%A9-%C3%9Cn%C3%AFcode!-(v2).html"
            ),
            ("_posts/2024-03-05-a.md", "slug: My Custom Slug_2", "/2024/03/05/My-Custom-Slug_2.html"),
            (
                "_posts/2024-03-05-a.md", "slug: \"Héllo Wörld — ça va?\"",
                "/2024/03/05/H%C3%A9llo-W%C3%B6rld-%C3%A7a-va.html"
            ),
            ("_posts/2024-03-05-emoji-🎉-party.md", "title: x", "/2024/03/05/emoji-party.html"),
            ("_posts/2024-03-05-what's up, doc.md", "title: x", "/2024/03/05/what's-up,-doc.html"),
            ("_posts/2024-03-05-trailing-dots...md", "title: x", "/2024/03/05/trailing-dots.html"),
            ("_posts/2024-3-5-short-date.md", "title: x", "/2024/03/05/short-date.html"),
            ("_posts/2024-03-05-cat-string.md", "categories: Foo Bar", "/foo/bar/2024/03/05/cat-string.html"),
            (
                "_posts/2024-03-05-cat-list.md", "categories: [\"Foo Bar\", Baz]",
                "/foo%20bar/baz/2024/03/05/cat-list.html"
            ),
            ("_posts/2024-03-05-cat-singular.md", "category: Foo Bar", "/foo%20bar/2024/03/05/cat-singular.html"),
            (
                "_posts/2024-03-05-cat-both.md", "category: One\ncategories: [Two, Three]",
                "/two/three/one/2024/03/05/cat-both.html"
            ),
            ("news/_posts/2024-03-05-folder-cat.md", "title: x", "/news/2024/03/05/folder-cat.html"),
            ("_posts/sub/2024-03-05-sub-folder.md", "title: x", "/2024/03/05/sub-folder.html"),
            (
                "news/_posts/2024-03-05-folder-and-fm.md", "categories: [Tech, news, NEWS]",
                "/news/tech/2024/03/05/folder-and-fm.html"
            ),
            (
                "tech/web/_posts/2024-03-05-nested-folders.md", "categories: Web",
                "/tech/web/2024/03/05/nested-folders.html"
            ),
            (
                "_posts/2024-03-05-cat-punct.md", "categories: [\"C++\", \"Node.js\", \"Q&A?\", \"Ünï\"]",
                "/c++/node.js/q&a?/%C3%BCn%C3%AF/2024/03/05/cat-punct.html"
            ),
            ("_posts/2024-03-05-date-offset.md", "date: 2024-03-05 23:30:00 -0500", "/2024/03/06/date-offset.html"),
            ("_posts/2024-03-05-date-dateonly.md", "date: 2024-03-09", "/2024/03/09/date-dateonly.html"),
            ("_posts/2024-03-05-fm-permalink.md", "permalink: /custom/:title/", "/custom/fm-permalink/"),
            (
                "_posts/2024-03-05-fm-permalink3.md", "permalink: /:categories/:slug\ncategories: [A b]",
                "/a%20b/fm-permalink3"
            ),
            ("_posts/2024-03-05-p.md", "permalink: pretty", "/pretty"),
            ("_posts/2024-03-05-fm-noslash.md", "permalink: blog/:title/", "/blog/fm-noslash/"),
            (
                "_posts/2024-03-05-literal-space.md", "permalink: /a b/Ünï/:title/",
                "/a%20b/%C3%9Cn%C3%AF/literal-space/"
            ),
            ("_posts/2024-03-05-cat-slash.md", "categories: [\"a/b\", 2024]", "/a/b/2024/2024/03/05/cat-slash.html"),
            (
                "_posts/2024-03-05-cat-colon.md", "categories: [\"Python: tips\"]",
                "/python:%20tips/2024/03/05/cat-colon.html"
            ),
            ("_posts/2024-03-05-empty.md", "slug: \"\"", "/2024/03/05/.html"),
            ("_posts/2024-03-05-wait...what.md", "title: x", "/2024/03/05/wait/.what.html"),
            ("_posts/2024-03-05-no-fm.md", nil, "/2024/03/05/no-fm.html"),
            ("_posts/2024-03-05-draft-true.md", "draft: true", "/2024/03/05/draft-true.html"),
            ("_posts/2024-03-05-index.md", "permalink: /foo/index.html", "/foo/"),
        ] as [(String, String?, String)])
    func j1PostsGetJekyllsURL(path: String, frontMatter: String?, expected: String) throws {
        #expect(try Self.j1.url(path, frontMatter) == Self.base + expected)
    }

    @Test func theNFDFileNameIsNormalizedInTheOgURLOnly() throws {
        let site = JekyllTestSite(config: "url: https://example.com\ntimezone: UTC\n")
        #expect(
            try site.url("_posts/2024-03-05-cafe\u{301}-nfd.md") == "https://example.com/2024/03/05/caf%C3%A9-nfd.html")
    }

    /// J2: `url: "https://Example.COM/"` (trailing slash kept: a double slash), `baseurl: "/blog/"`, Tokyo, pretty.
    static let j2 = JekyllTestSite(
        config: """
            url: "https://Example.COM/"
            baseurl: "/blog/"
            timezone: Asia/Tokyo
            permalink: pretty
            collections:
              recipes:
                output: true
                permalink: /recipes/:name/
              notes:
                output: true
              hidden:
                output: false
            """)

    @Test(arguments: [
        ("_posts/2024-03-05-nozone.md", "date: 2024-03-05 23:30:00", "/2024/03/06/nozone/"),
        ("_posts/2024-03-05-nozone-quoted.md", "date: \"2024-03-05 23:30:00\"", "/2024/03/05/nozone-quoted/"),
        ("_posts/2024-03-05-nozone-minutes.md", "date: 2024-03-05 23:30", "/2024/03/05/nozone-minutes/"),
        ("_posts/2024-03-05-z.md", "date: 2024-03-05T14:59:59Z", "/2024/03/05/z/"),
        ("_posts/2024-03-05-utc-offset.md", "date: 2024-03-05 16:00:00 +0000", "/2024/03/06/utc-offset/"),
        ("_posts/2024-03-05-date-quoted.md", "date: \"2024-03-05 23:30:00 -0500\"", "/2024/03/06/date-quoted/"),
        ("_posts/2024-03-05-cats.md", "categories: [Foo Bar, baz]", "/foo%20bar/baz/2024/03/05/cats/"),
        ("_posts/2024-03-05-foo.md", "permalink: /foo/index.html", "/foo/"),
        ("_posts/2024-03-05-bar.md", "permalink: /bar", "/bar"),
        ("_recipes/Pasta Carbonara.md", "title: Pasta", "/recipes/pasta-carbonara/"),
        ("_recipes/sub/Dal.md", "title: Dal", "/recipes/dal/"),
        ("_notes/Note One.md", "title: N", "/notes/Note%20One/"),
        ("_notes/sub/Ünï Côde.md", "title: U", "/notes/sub/%C3%9Cn%C3%AF%20C%C3%B4de/"),
    ])
    func j2TokyoPrettyAndCollections(path: String, frontMatter: String, expected: String) throws {
        let placement = try Self.j2.place(path, frontMatter)
        #expect(placement.url == "https://example.com//blog" + expected)
        #expect(placement.visibility == .published)
    }

    @Test func aCollectionWithoutOutputHasNoPage() throws {
        let placement = try Self.j2.place("_hidden/x.md", "title: X")
        #expect(!placement.visibility.isPublished)
    }

    /// J3: `news/_posts/2024-12-30-Hello World_X.md`, categories `[Foo Bar, "Ü+x"]`, in each style.
    @Test(arguments: [
        ("date", "/news/foo%20bar/%C3%BC+x/2024/12/30/Hello-World_X.html"),
        ("pretty", "/news/foo%20bar/%C3%BC+x/2024/12/30/Hello-World_X/"),
        ("ordinal", "/news/foo%20bar/%C3%BC+x/2024/365/Hello-World_X.html"),
        ("weekdate", "/news/foo%20bar/%C3%BC+x/2024/W01/Mon/Hello-World_X.html"),
        ("none", "/news/foo%20bar/%C3%BC+x/Hello-World_X.html"),
        ("/:categories/:title/", "/news/foo%20bar/%C3%BC+x/Hello-World_X/"),
        ("\"/:categories/:title\"", "/news/foo%20bar/%C3%BC+x/Hello-World_X"),
    ])
    func j3Styles(style: String, expected: String) throws {
        let site = JekyllTestSite(config: "url: https://example.com\ntimezone: UTC\npermalink: \(style)\n")
        let url = try site.url(
            "news/_posts/2024-12-30-Hello World_X.md", "date: 2024-12-30 07:08:09 +0000\ncategories: [Foo Bar, \"Ü+x\"]"
        )
        #expect(url == "https://example.com" + expected)
    }

    @Test func everyPlaceholderOfTheResearchTable() throws {
        let tokens = [
            "year", "short_year", "month", "i_month", "day", "i_day", "hour", "minute", "second", "y_day", "w_year",
            "week", "w_day", "short_day", "long_day", "short_month", "long_month", "title", "slug", "name", "path",
            "categories", "slugified_categories", "collection", "output_ext",
        ]
        let template = "/" + tokens.map { ":\($0)" }.joined(separator: "|")
        let site = JekyllTestSite(config: "url: https://example.com\ntimezone: UTC\n")
        let url = try site.url(
            "news/_posts/2024-12-30-Hello World_X.md",
            "date: 2024-12-30 07:08:09 +0000\ncategories: [Foo Bar, \"Ü+x\"]\npermalink: \"\(template)\"")
        let expected = [
            "2024", "24", "12", "12", "30", "30", "07", "08", "09", "365", "2025", "01", "1", "Mon", "Monday", "Dec",
            "December", "Hello-World_X", "hello-world-x", "2024-12-30-hello-world-x", "news/2024-12-30-Hello%20World_X",
            "news/foo%20bar/%C3%BC+x", "news/foo-bar/%C3%BC-x", "posts", ".html",
        ]
        // `|` is not a path character: Addressable's normalize encodes it in the og:url.
        #expect(url == "https://example.com/" + expected.joined(separator: "%7C"))
    }

    @Test(arguments: [
        ("2021-01-01", "weekdate", "/2021/W53/Fri/iso.html"),
        ("2024-02-29", "ordinal", "/2024/060/iso.html"),
    ])
    func isoWeeksAndOrdinalDays(date: String, style: String, expected: String) throws {
        let site = JekyllTestSite(config: "url: https://example.com\ntimezone: UTC\npermalink: \(style)\n")
        #expect(try site.url("_posts/\(date)-iso.md", "title: x") == "https://example.com" + expected)
    }

    @Test func theMachineZoneDecidesWithoutTimezoneAndTimezoneWins() throws {
        let newYork = JekyllTestSite(config: "url: https://example.com\ntimezone: America/New_York\n")
        #expect(
            try newYork.url("_posts/2024-03-05-offset.md", "date: 2024-03-05 23:30:00 -0500")
                == "https://example.com/2024/03/05/offset.html")
        // A file-name date is midnight in the site zone, whatever the zone.
        #expect(try newYork.url("_posts/2024-03-05-file.md") == "https://example.com/2024/03/05/file.html")
    }

    /// J6/J7: `defaults:` and the template precedence.
    @Test func defaultsAndTemplatePrecedence() throws {
        let j6 = JekyllTestSite(
            config: """
                url: https://example.com
                timezone: UTC
                defaults:
                  - scope: {path: "", type: posts}
                    values: {categories: [dflt], permalink: "/p/:categories/:title/"}
                  - scope: {path: hidden/_posts}
                    values: {published: false}
                """)
        #expect(try j6.url("_posts/2024-03-05-own.md", "categories: [own]") == "https://example.com/p/dflt/own/own/")
        #expect(
            try j6.url("news/_posts/2024-03-05-folder.md", "category: solo")
                == "https://example.com/p/news/dflt/solo/folder/")
        let hidden = try j6.place("hidden/_posts/2024-03-05-h.md", "title: H")
        guard case .hidden(let reason) = hidden.visibility else {
            Issue.record("expected hidden, got \(hidden.visibility)")
            return
        }
        #expect(reason.contains("published: false") && reason.contains("defaults:"))

        let j7 = JekyllTestSite(
            config: "url: https://example.com\npermalink: pretty\ncollections:\n  posts:\n    permalink: /c/:title/\n")
        #expect(try j7.url("_posts/2024-03-05-a.md") == "https://example.com/c/a/")
        let literal = JekyllTestSite(
            config: "url: https://example.com\ncollections:\n  posts:\n    permalink: pretty\n")
        #expect(try literal.url("_posts/2024-03-05-a.md") == "https://example.com/pretty")
    }

    @Test func canonicalURLIsPrintedVerbatimAndOgcardsURLOverridesTheConfig() throws {
        #expect(
            try Self.j1.url("_posts/2024-03-05-c.md", "canonical_url: https://elsewhere.org/Post")
                == "https://elsewhere.org/Post")
        let defaults = try GeneratorConfigReader.readJekyll(
            yaml: "url: https://example.com\nbaseurl: /blog\ntimezone: UTC\n", file: "_config.yml")
        let config = try SiteConfigLoader.parse(
            yaml: "url: https://cdn.example.net/mirror/\n", file: "ogcard.yml", root: URL(fileURLWithPath: "/site"),
            defaults: defaults)
        let post = try PostReader.parse(Data("---\ntitle: x\n---\n".utf8), path: "_posts/2024-03-05-Ü b.md")
        let placement = try config.pageModel().place(post, relativePath: "_posts/2024-03-05-Ü b.md")
        #expect(placement.url == "https://cdn.example.net/mirror/2024/03/05/%C3%9C-b.html")
    }

    @Test func aQueryOrFragmentInTheURLIsAWarning() throws {
        let placement = try Self.j1.place("_posts/2024-03-05-q.md", "categories: [\"Q&A?\"]")
        #expect(placement.url.contains("q&a?/2024"))
        #expect(placement.warnings.count == 1)
        #expect(placement.warnings.first?.reason.contains("'?' or '#'") == true)
    }

    /// J3/J5 `_failing`: Jekyll stops the whole build; ogcard fails the post at the key's line.
    @Test(arguments: [
        ("title: x\npermalink: /:foo/:title/", "permalink", 3, ":foo"),
        ("title: x\nslug: 42", "slug", 3, "not a string"),
        ("title: x\nslug: 2024-01-01", "slug", 3, "not a string"),
        ("title: x\ncategories: [\"1:2\"]", "categories", 3, "1:2"),
        ("title: x\ncategory: \"Swift tips: x\"", "category", 3, "tips: x"),
        ("title: x\ndate:", "date", 3, "empty"),
    ])
    func whatJekyllCannotBuildIsAnErrorAtItsLine(frontMatter: String, key: String, line: Int, mention: String) {
        let error = Self.j1.failure("_posts/2024-03-05-bad.md", frontMatter)
        #expect(error?.file == "_posts/2024-03-05-bad.md")
        #expect(error?.line == line)
        #expect(error?.key == key)
        #expect(error?.reason.contains(mention) == true, "\(String(describing: error))")
        #expect(error?.reason.contains("Jekyll") == true)
    }

    @Test func anUnknownPlaceholderInTheConfigNamesTheConfig() {
        let site = JekyllTestSite(config: "url: https://example.com\npermalink: /:bogus/:title/\n")
        let error = site.failure("_posts/2024-03-05-x.md", "title: x")
        #expect(error?.reason.contains("_config.yml") == true)
        #expect(error?.line == nil)
    }

    @Test func monthUnderscoreFallsBackToMonth() throws {
        let site = JekyllTestSite(config: "url: https://example.com\ntimezone: UTC\npermalink: /:month_:day/:title\n")
        #expect(try site.url("_posts/2024-03-05-x.md") == "https://example.com/03_05/x")
    }

    /// A file outside `_posts` named by an explicit `posts:` is a page for Jekyll.
    @Test(
        arguments: [
            ("date", "blog/My Page.md", nil, "/blog/My%20Page.html"),
            ("pretty", "blog/My Page.md", nil, "/blog/My%20Page/"),
            ("weekdate", "blog/page.md", nil, "/blog/page"),
            ("pretty", "blog/index.md", nil, "/blog/"),
            ("date", "about.md", "permalink: /about/:foo/", "/about/:foo/"),
        ] as [(String, String, String?, String)])
    func pagesFollowJekyllsPageTemplate(style: String, path: String, frontMatter: String?, expected: String) throws {
        let site = JekyllTestSite(config: "url: https://example.com\ntimezone: UTC\npermalink: \(style)\n")
        #expect(try site.url(path, frontMatter) == "https://example.com" + expected)
    }
}
