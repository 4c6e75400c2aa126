import Foundation
import OGCardTestSupport
import Testing

@testable import OGCard

/// Issue 12: `ogcard inject` on what Debian's real `jekyll` (with jekyll-seo-tag, which already
/// writes a partial tag set) and `hugo` (with its internal Open Graph and Twitter templates)
/// build: every page gets each tag once, og:url is the URL the generator itself gives the page
/// (its templates print it in the body), every card decodes at 1200×630, nothing outside the
/// tags changes, and a second run changes nothing.
@Suite(.serialized) struct GeneratorOutputTests {
    /// Jekyll and Hugo are required in CI (scripts/setup installs them); elsewhere a missing one
    /// is reported as a skipped test, never a silent pass.
    static func required(_ tool: String) -> Bool {
        TestEnvironment.runs(needing: Program.onPath(tool) != nil)
    }

    /// Runs inject on `folder` (from `site`), then checks every page the generator wrote, then
    /// runs it again. Returns the pages checked.
    @discardableResult
    func injectAndCheck(_ site: TemporarySite, folder: String, siteURL: String) throws -> [String] {
        let root = site.url(folder)
        let pages = try FileManager.default.subpathsOfDirectory(atPath: root.path).filter { $0.hasSuffix(".html") }
            .sorted()
        var originals: [String: Data] = [:]
        for page in pages { originals[page] = try Data(contentsOf: root.appendingPathComponent(page)) }

        let result = try runOGCard(["inject", folder, "--url", siteURL, "--json"], in: site.root)
        #expect(result.status == 0, "\(result)")
        let summary = try JSONDecoder().decode(BuildSummary.self, from: Data(result.stdout.utf8))
        let injected = pages.filter { $0 != "404.html" }
        #expect(summary.posts == injected.count, "\(result)")
        #expect(summary.failures.isEmpty, "\(summary.failures)")

        let check = InjectedPageCheck(folder: root, siteURL: siteURL)
        for page in injected {
            let original = try #require(originals[page])
            // The URL the generator gave the page, which its template printed in the body.
            let text = String(decoding: original, as: UTF8.self)
            let marker = try #require(text.range(of: "data-url=\""), "\(page) has no data-url")
            let url = String(text[marker.upperBound...].prefix { $0 != "\"" })
            try check.expectInjected(page, original: original, url: url)
        }
        #expect(try Data(contentsOf: root.appendingPathComponent("404.html")) == originals["404.html"])

        let after = try site.snapshot()
        let second = try runOGCard(["inject", folder, "--url", siteURL, "--json"], in: site.root)
        #expect(second.status == 0, "\(second)")
        #expect(try site.snapshot() == after, "the second run changed files")
        let again = try JSONDecoder().decode(BuildSummary.self, from: Data(second.stdout.utf8))
        #expect(again.rendered == 0 && again.rewritten == 0)
        return injected
    }

    @Test(.enabled(if: required("jekyll"), "Debian's jekyll is not installed (scripts/setup installs it)"))
    func jekyllWithSEOTagOnTheExampleSite() throws {
        let site = try TemporarySite.copy(of: "Examples/site")
        defer { site.remove() }
        let config = try site.read("_config.yml")
        try site.write("_config.yml", config + "\nplugins:\n  - jekyll-seo-tag\n")
        try site.write(
            "_layouts/default.html",
            """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            {% seo %}
            </head>
            <body data-url="{{ page.url | absolute_url }}">
            {{ content }}
            </body>
            </html>

            """)
        try site.write(
            "_layouts/post.html",
            """
            ---
            layout: default
            ---
            <article><h1>{{ page.title }}</h1><time datetime="{{ page.date | date_to_xmlschema }}">{{ page.date }}</time>
            {{ content }}
            </article>

            """)
        try site.write(
            "index.html",
            "---\nlayout: default\ntitle: Home\n---\n<ul>{% for post in site.posts %}<li><a href=\"{{ post.url }}\">{{ post.title }}</a></li>{% endfor %}</ul>\n"
        )
        try site.write("about.md", "---\nlayout: default\ntitle: About\npermalink: /about/\n---\nAbout this site.\n")
        try site.write("404.html", "---\nlayout: default\ntitle: Not found\n---\nNothing here.\n")
        let jekyll = try Program.required("jekyll").run(["build", "--quiet"], in: site.root, timeout: .seconds(300))
        #expect(jekyll.status == 0, "jekyll build failed: \(jekyll)")
        let pages = try injectAndCheck(site, folder: "_site", siteURL: "https://fieldnotes.example.org")
        // The home page, the about page and the seven posts.
        #expect(pages.count == 9, "\(pages)")
        let tags = InjectedPageCheck.headTags(try site.bytes("_site/python/2017/06/02/pycon-us-2017.html"))
        #expect(tags.contains { $0 == ("og:type", "article") })
        #expect(tags.contains { $0 == ("og:title", "PyCon US 2017") })
        #expect(tags.contains { $0 == ("og:site_name", "Field Notes") })
    }

    @Test(.enabled(if: required("hugo"), "Debian's hugo is not installed (scripts/setup installs it)"))
    func hugoWithItsInternalTemplates() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        try site.write(
            "hugo.toml",
            "baseURL = \"https://hugo.example.org/blog/\"\ntitle = \"Hugo Notes\"\nlanguageCode = \"en-us\"\ndisableKinds = [\"RSS\", \"sitemap\", \"robotsTXT\"]\n"
        )
        try site.write(
            "layouts/_default/baseof.html",
            """
            <!DOCTYPE html>
            <html lang="{{ .Site.LanguageCode }}">
              <head>
                <meta charset="utf-8">
                <title>{{ if .IsHome }}{{ .Site.Title }}{{ else }}{{ .Title }} | {{ .Site.Title }}{{ end }}</title>
                {{ template "_internal/opengraph.html" . }}
                {{ template "_internal/twitter_cards.html" . }}
              </head>
              <body data-url="{{ .Permalink }}">
            {{ block "main" . }}{{ end }}
              </body>
            </html>

            """)
        try site.write(
            "layouts/_default/single.html",
            "{{ define \"main\" }}<article><h1>{{ .Title }}</h1>{{ if not .Date.IsZero }}<time datetime=\"{{ .Date.Format \"2006-01-02T15:04:05Z07:00\" }}\">{{ .Date }}</time>{{ end }}{{ .Content }}</article>{{ end }}\n"
        )
        try site.write(
            "layouts/_default/list.html",
            "{{ define \"main\" }}<main><h1>{{ .Title }}</h1>{{ range .Pages }}<p><a href=\"{{ .Permalink }}\">{{ .Title }}</a></p>{{ end }}</main>{{ end }}\n"
        )
        try site.write("layouts/404.html", "{{ define \"main\" }}<p>Not found</p>{{ end }}\n")
        try site.write(
            "content/posts/first.md",
            "---\ntitle: First post\ndate: 2024-01-02T10:00:00Z\ntags: [swift, web]\ndescription: The first one.\n---\nHello from the first post.\n"
        )
        try site.write(
            "content/posts/second.md", "---\ntitle: Second post\ndate: 2024-02-03\ntags: [web]\n---\nThe second.\n")
        try site.write("content/about.md", "---\ntitle: About\n---\nAbout this site.\n")
        let hugo = try Program.required("hugo").run(["--quiet"], in: site.root, timeout: .seconds(300))
        #expect(hugo.status == 0, "hugo failed: \(hugo)")
        let pages = try injectAndCheck(site, folder: "public", siteURL: "https://hugo.example.org/blog")
        #expect(pages.contains("posts/first/index.html") && pages.contains("tags/web/index.html"), "\(pages)")
        let first = InjectedPageCheck.headTags(try site.bytes("public/posts/first/index.html"))
        #expect(first.contains { $0 == ("og:title", "First post") })
        #expect(first.contains { $0 == ("og:type", "article") })
        #expect(first.contains { $0 == ("og:description", "The first one.") })
        #expect(first.contains { $0 == ("article:published_time", "2024-01-02T10:00:00Z") })
        let firstImage = try #require(
            InjectedPageCheck.fingerprinted(
                "https://hugo.example.org/blog/og/posts/first/index.png",
                file: site.url("public/og/posts/first/index.png")))
        #expect(first.contains { $0 == ("og:image", firstImage) })
        let home = InjectedPageCheck.headTags(try site.bytes("public/index.html"))
        #expect(home.contains { $0 == ("og:title", "Hugo Notes") })
        #expect(home.contains { $0 == ("og:type", "website") })

        // Hugo builds again after one post's title changed: only the cards whose text changed
        // (that post, and the lists whose first paragraph names it) are rendered again.
        func cardText() throws -> [String: [String]] {
            try pages.reduce(into: [:]) { text, page in
                text[page] = InjectedPageCheck.headTags(try site.bytes("public/" + page)).filter {
                    [
                        "og:title", "og:description", "og:site_name", "og:locale", "article:published_time",
                        "article:author", "article:tag",
                    ]
                    .contains($0.key)
                }.map { "\($0.key)=\($0.content)" }
            }
        }
        let before = try cardText()
        try site.write(
            "content/posts/second.md",
            "---\ntitle: Second post, renamed\ndate: 2024-02-03\ntags: [web]\n---\nThe second.\n")
        #expect(try Program.required("hugo").run(["--quiet"], in: site.root, timeout: .seconds(300)).status == 0)
        let result = try runOGCard(
            ["inject", "public", "--url", "https://hugo.example.org/blog", "--json"], in: site.root)
        let summary = try JSONDecoder().decode(BuildSummary.self, from: Data(result.stdout.utf8))
        let after = try cardText()
        let changed = pages.filter { before[$0] != after[$0] }
        #expect(changed.contains("posts/second/index.html"), "\(changed)")
        #expect(summary.rendered == changed.count, "\(changed) \(result)")
        #expect(summary.rendered < pages.count)
    }
}
