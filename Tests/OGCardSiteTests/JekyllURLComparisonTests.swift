import Foundation
import OGCardTestSupport
import Testing

@testable import OGCard

/// Issue 11: og:url and publication proved against Debian's real `jekyll` (4.3.1). Each test
/// builds one small site with `jekyll build` and with ogcard's page model, and compares page by
/// page (see `JekyllComparison`).
@Suite(.serialized) struct JekyllURLComparisonTests {
    static var hasJekyll: Bool { TestEnvironment.runs(needing: Program.onPath("jekyll") != nil) }

    /// J1-like: default `date` style, no `timezone:` (the machine's zone), `baseurl`, Unicode and
    /// punctuation in file names, slugs and categories, folder categories, per-post permalinks,
    /// and files Jekyll does not take as posts.
    @Test(.enabled(if: hasJekyll, "Debian's jekyll is not installed (scripts/setup installs it)"))
    func defaultStyle() throws {
        let site = try JekyllComparison()
        defer { site.site.remove() }
        try site.site.write("_config.yml", "title: J1\nurl: https://example.com\nbaseurl: /blog\n")
        try site.post("_posts/2024-03-05-hello-world.md", "title: Hello World")
        try site.post("_posts/2024-03-05-Café Ünïcode! (v2).md", "title: Café")
        try site.post("_posts/2024-03-05-cafe\u{301}-nfd.md", "title: NFD")
        try site.post("_posts/2024-03-05-emoji-🎉-party.md", "title: Emoji")
        try site.post("_posts/2024-03-05-what's up, doc.md", "title: Doc")
        try site.post("_posts/2024-03-05-trailing-dots...md", "title: Dots")
        try site.post("_posts/2024-03-05-wait...what.md", "title: Wait")
        try site.post("_posts/2024-3-5-short-date.md", "title: Short")
        try site.post("_posts/2024-03-05-日本語のタイトル.markdown", "title: 日本語")
        try site.post("_posts/2024-03-05-page.html", "title: HTML post")
        try site.post("_posts/2024-03-05-no-front-matter.md")
        try site.post("_posts/2024-03-05-slug.md", "slug: \"Héllo Wörld — ça va?\"")
        try site.post("_posts/2024-03-05-slug2.md", "slug: My Custom Slug_2")
        try site.post("_posts/2024-03-05-cats.md", "categories: Foo Bar")
        try site.post("_posts/2024-03-05-cat-list.md", "categories: [\"Foo Bar\", Baz, 2024]")
        try site.post("_posts/2024-03-05-cat-one.md", "category: Foo Bar")
        try site.post("_posts/2024-03-05-cat-both.md", "category: One\ncategories: [Two, Three, two]")
        try site.post(
            "_posts/2024-03-05-cat-punct.md", "categories: [\"C++\", \"Node.js\", \"Ünï\", \"Python: tips\", \"a/b\"]")
        try site.post("news/_posts/2024-03-05-folder.md", "categories: [Tech, news, NEWS]")
        try site.post("tech/web/_posts/2024-03-05-nested.md", "categories: Web")
        try site.post("_posts/sub/2024-03-05-below.md", "title: Below")
        try site.post("_posts/2024-03-05-offset.md", "date: 2024-03-05 23:30:00 -0500")
        try site.post("_posts/2024-03-05-dateonly.md", "date: 2024-03-09")
        try site.post("_posts/2024-03-05-perma.md", "permalink: /custom/:title/")
        try site.post("_posts/2024-03-05-perma-index.md", "permalink: /foo/index.html")
        try site.post("_posts/2024-03-05-perma-bare.md", "permalink: /bar")
        try site.post("_posts/2024-03-05-perma-literal.md", "permalink: /a b/Ünï/:title/")
        try site.post("_posts/2024-03-05-perma-noslash.md", "permalink: blog/:slug/:i_month/:i_day/")
        try site.post("_posts/2024-03-05-perma-cats.md", "permalink: /:categories/:slug\ncategories: [A b]")
        try site.post("_posts/2024-03-05-draft-key.md", "draft: true")
        try site.post("_posts/2024-03-05-published-string.md", "published: \"false\"")
        // Not posts for Jekyll: no date, no extension (not read by ogcard either), `_` folder.
        try site.post("_posts/no-date-name.md", "title: Nope")
        try site.post("_posts/_hidden/2024-03-05-under.md", "title: Nope")
        try site.post("_secret/_posts/2024-03-05-inside-underscore.md", "title: Nope")
        try site.post("about.md", "title: About")
        // Jekyll's default excludes: `node_modules` and `vendor/bundle`, but not `vendor` itself.
        try site.post("node_modules/pkg/_posts/2024-03-05-module.md", "title: Module")
        try site.post("vendor/bundle/_posts/2024-03-05-bundle.md", "title: Bundle")
        try site.post("vendor/_posts/2024-03-05-vendor.md", "title: Vendor")

        let counts = try site.compare()
        #expect(counts.published == 32)
        #expect(counts.hidden == 0)
    }

    /// J2-like: `pretty`, `timezone: Asia/Tokyo`, `url` with a trailing slash and upper case,
    /// YAML dates with and without zone or quotes, and collections with `output: true`.
    @Test(.enabled(if: hasJekyll, "Debian's jekyll is not installed (scripts/setup installs it)"))
    func prettyTokyoWithCollections() throws {
        let site = try JekyllComparison()
        defer { site.site.remove() }
        try site.site.write(
            "_config.yml",
            """
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
              stash:
                output: false
            """)
        try site.post("_posts/2024-03-05-nozone.md", "date: 2024-03-05 23:30:00")
        try site.post("_posts/2024-03-05-nozone-quoted.md", "date: \"2024-03-05 23:30:00\"")
        try site.post("_posts/2024-03-05-nozone-minutes.md", "date: 2024-03-05 23:30")
        try site.post("_posts/2024-03-05-z.md", "date: 2024-03-05T14:59:59Z")
        try site.post("_posts/2024-03-05-utc.md", "date: 2024-03-05 16:00:00 +0000")
        try site.post("_posts/2024-12-31-new-year.md", "date: 2024-12-31 15:00:00 -0000")
        try site.post("_posts/2024-03-05-cats.md", "categories: [Foo Bar, baz]")
        try site.post("_posts/2024-03-05-index.md", "permalink: /foo/index.html")
        try site.post("_recipes/Pasta Carbonara.md", "title: Pasta")
        try site.post("_recipes/sub/Dal.md", "title: Dal")
        try site.post("_recipes/2024-01-02-dated-recipe.md", "title: Dated")
        try site.post("_notes/Note One.md", "title: Note")
        try site.post("_notes/sub/Ünï Côde.md", "title: Unicode")
        try site.post("_notes/static-without-front-matter.md")
        try site.post("_stash/not-written.md", "title: Stash")

        let counts = try site.compare()
        #expect(counts.published == 13)
    }

    /// A custom template with folder and front-matter categories, `defaults:`, and every date
    /// placeholder, dated around a year boundary so ISO week-years differ.
    @Test(.enabled(if: hasJekyll, "Debian's jekyll is not installed (scripts/setup installs it)"))
    func customTemplateWithCategoriesAndDefaults() throws {
        let site = try JekyllComparison()
        defer { site.site.remove() }
        try site.site.write(
            "_config.yml",
            """
            url: https://example.org
            timezone: America/New_York
            permalink: /:categories/:w_year-W:week-:w_day/:short_year/:i_month/:i_day/:y_day/:hour:minute:second/:short_day-:long_day-:short_month-:long_month/:slugified_categories/:title:output_ext
            defaults:
              - scope: {path: "", type: posts}
                values: {categories: [Dflt Cat]}
              - scope: {path: special}
                values: {permalink: "/special/:slug/:name/:path/"}
            """)
        try site.post(
            "news/_posts/2024-12-30-Hello World_X.md", "date: 2024-12-30 07:08:09 +0000\ncategories: [Foo Bar, \"Ü+x\"]"
        )
        try site.post("news/world/_posts/2021-01-01-iso.md", "category: Ünï Côde")
        try site.post("_posts/2024-03-10-dst.md", "date: 2024-03-10 06:59:59 +0000")
        try site.post("_posts/2024-03-10-dst-after.md", "date: 2024-03-10 07:00:00 +0000")
        try site.post("special/_posts/2024-05-06-Spécial Post.md", "categories: own")
        try site.post(
            "_posts/2024-05-06-own.md", "categories: [\"Q.E.D\", \"&co\"]\npermalink: /:categories/:month_:day/:title")

        let counts = try site.compare()
        #expect(counts.published == 6)
    }

    /// `weekdate` and `ordinal` styles, a `collections.posts.permalink` over the site style.
    @Test(.enabled(if: hasJekyll, "Debian's jekyll is not installed (scripts/setup installs it)"))
    func weekdateAndPostsCollectionPermalink() throws {
        let site = try JekyllComparison()
        defer { site.site.remove() }
        try site.site.write(
            "_config.yml",
            """
            url: http://example.net:80/root
            timezone: Pacific/Auckland
            permalink: weekdate
            collections:
              docs:
                output: true
            """)
        try site.post("_posts/2021-01-01-iso.md", "title: ISO")
        try site.post("_posts/2024-12-30-dec.md", "date: 2024-12-29 11:30:00 +0000")
        try site.post("_docs/Guide.md", "title: Guide")
        var counts = try site.compare()
        #expect(counts.published == 3)

        try site.site.write(
            "_config.yml",
            "url: https://example.net\ntimezone: UTC\npermalink: ordinal\ncollections:\n  posts:\n    permalink: /c/:year/:title/\n"
        )
        counts = try site.compare()
        #expect(counts.published == 2)
    }

    /// Drafts, `published: false`, future posts: absent from `_site` and hidden by ogcard; with
    /// `--drafts --future --unpublished`, written by Jekyll and published by ogcard with drafts.
    @Test(.enabled(if: hasJekyll, "Debian's jekyll is not installed (scripts/setup installs it)"))
    func draftsUnpublishedAndFuturePosts() throws {
        let site = try JekyllComparison()
        defer { site.site.remove() }
        try site.site.write("_config.yml", "url: https://example.com\ntimezone: UTC\n")
        let now = Date()
        let mtime = try #require(ISO8601DateFormatter().date(from: "2022-02-03T23:30:00Z"))
        try site.post("_posts/2024-03-05-public.md", "title: Public")
        try site.post("_posts/2024-03-05-unpublished.md", "published: false")
        try site.post("_posts/2024-03-05-unpublished-no.md", "published: no")
        try site.post("_posts/2024-03-05-unpublished-null.md", "published:")
        try site.post("_posts/2024-03-05-future-hour.md", "date: \(JekyllComparison.stamp(now + 3600))")
        try site.post("_posts/2024-03-05-past-hour.md", "date: \(JekyllComparison.stamp(now - 3600))")
        try site.post("_posts/\(JekyllComparison.day(now + 2 * 86_400))-day-after-tomorrow.md", "title: Later")
        try site.post("_drafts/my-draft.md", "title: Draft", modified: mtime)
        try site.post("_drafts/2020-01-02-dated-draft.md", "title: Dated draft")
        try site.post("news/_drafts/folder-draft.md", "title: Folder draft", modified: mtime)
        try site.post("_drafts/future-draft.md", "date: 2099-01-01")

        let plain = try site.compare()
        #expect(plain.published == 2)
        #expect(plain.hidden == 9)
        // Jekyll leaves a future draft out even with every flag; ogcard's --drafts shows it, so
        // it is compared in the second build without it.
        try FileManager.default.removeItem(at: site.site.url("_drafts/future-draft.md"))
        let everything = try site.compare(flags: ["--drafts", "--future", "--unpublished"], includeDrafts: true)
        #expect(everything.published == 10)
        #expect(everything.hidden == 0)
        // `show_drafts`, `future` and `unpublished` in _config.yml do what the flags do.
        try site.site.write(
            "_config.yml",
            "url: https://example.com\ntimezone: UTC\nshow_drafts: true\nfuture: true\nunpublished: true\n")
        #expect(try site.compare().published == 10)
    }

    /// What stops Jekyll's whole build (a non-string `slug`, an unknown placeholder, a category
    /// with a bad "scheme") is an error on that post alone for ogcard, at the key's line.
    @Test(.enabled(if: hasJekyll, "Debian's jekyll is not installed (scripts/setup installs it)"))
    func whatStopsJekyllFailsThePost() throws {
        let site = try JekyllComparison()
        defer { site.site.remove() }
        try site.site.write("_config.yml", "url: https://example.com\ntimezone: UTC\n")
        try site.post("_posts/2024-03-05-good.md", "title: Good")
        let bad = [
            ("_posts/2024-03-05-slug.md", "title: Bad\nslug: 42", "slug"),
            ("_posts/2024-03-05-token.md", "title: Bad\npermalink: /:foo/:title/", "permalink"),
            ("_posts/2024-03-05-scheme.md", "title: Bad\ncategories: [\"1:2\"]", "categories"),
        ]
        for (path, frontMatter, key) in bad {
            try site.post(path, frontMatter)
            let jekyll = try Program.required("jekyll").run(
                ["build", "--quiet"], in: site.site.root, timeout: .seconds(120))
            #expect(jekyll.status != 0, "\(path): Jekyll built it: \(jekyll)")
            let placements = try site.ogcard()
            guard case .failure(let error) = placements[path] else {
                Issue.record("\(path): ogcard placed it")
                continue
            }
            #expect(error.file == path && error.line == 3 && error.key == key, "\(error)")
            #expect(error.reason.contains("Jekyll"))
            if case .failure = placements["_posts/2024-03-05-good.md"] { Issue.record("the good post failed too") }
            try FileManager.default.removeItem(at: site.site.url(path))
        }
    }

    /// Which files are posts in a zero-config site: `collections_dir`, `exclude:`, Jekyll's
    /// default excludes (`node_modules`, `vendor/bundle`), the destination, output collections.
    @Test(.enabled(if: hasJekyll, "Debian's jekyll is not installed (scripts/setup installs it)"))
    func whichFilesArePosts() throws {
        let site = try JekyllComparison()
        defer { site.site.remove() }
        try site.site.write(
            "_config.yml",
            """
            url: https://example.com
            timezone: UTC
            collections_dir: my_collections
            destination: public
            exclude: [my_collections/old]
            collections:
              recipes:
                output: true
            """)
        try site.post("my_collections/_posts/2024-03-05-in-collections-dir.md", "title: In")
        try site.post("my_collections/news/_posts/2024-03-05-news.md", "title: News")
        try site.post("my_collections/_recipes/Soup.md", "title: Soup")
        try site.post("my_collections/_recipes/no-front-matter.md")
        try site.post("my_collections/old/_posts/2024-03-05-excluded.md", "title: Old")
        try site.post("my_collections/older/_posts/2024-03-05-prefix-excluded.md", "title: Older")
        try site.post("my_collections/node_modules/pkg/_posts/2024-03-05-module.md", "title: Module")
        try site.post("my_collections/vendor/bundle/_posts/2024-03-05-bundle.md", "title: Bundle")
        try site.post("my_collections/vendor/_posts/2024-03-05-vendor.md", "title: Vendor")
        try site.post("my_collections/_posts/2024-03-05-#hash.md", "title: Hash")
        try site.post("my_collections/_posts/.2024-03-05-dot.md", "title: Dot")
        try site.post("_posts/2024-03-05-outside-collections-dir.md", "title: Outside")

        let config = try SiteConfigLoader.discover(from: site.site.root)
        // Jekyll's default excludes are paths from the site root: inside collections_dir,
        // `node_modules` and `vendor/bundle` are read like any folder.
        #expect(
            config.posts == [
                "my_collections/_posts", "my_collections/_recipes", "my_collections/news/_posts",
                "my_collections/node_modules/pkg/_posts", "my_collections/vendor/_posts",
                "my_collections/vendor/bundle/_posts",
            ])
        let counts = try site.compare()
        #expect(counts.published == 7)

        // An explicit `posts:` in ogcard.yml still wins: everything under it is a post.
        try site.site.write("ogcard.yml", "posts: [_posts]\n")
        let explicit = try SiteConfigLoader.discover(from: site.site.root)
        #expect(explicit.posts == ["_posts"])
        #expect(!explicit.postsFollowGenerator)
        #expect(try SiteBuild(config: explicit).findPosts().count == 1)
    }
}
