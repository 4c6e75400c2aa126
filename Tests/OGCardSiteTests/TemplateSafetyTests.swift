import Foundation
import OGCardTestSupport
import Testing

@testable import OGCard

/// Issue 19: ogcard's snippets, partials and JSON index are inert in the template language
/// that reads them. Proved with the real generators (Debian's `jekyll` and `hugo`, installed by
/// scripts/setup): posts whose fields hold Liquid and Go template syntax build, and each page
/// shows the literal text, never a secret from the site's config.
@Suite(.serialized) struct TemplateSafetyTests {
    /// Field values a guest post could carry; each is a tag in Liquid or in Go templates.
    static let title = "Hi {{ site.secret_token }} {{ site.Params.secret }} and {% raw %} and {% include /etc/passwd %}"
    static let description = "Hugo tip: {{ end }} closes a block; 100% sure {%"
    static let tag = "{% endraw %}"
    static let author = "{{ .Site.Params.secret }}"

    static var frontMatter: String {
        func quoted(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "''") + "'" }
        return """
            title: \(quoted(title))
            description: \(quoted(description))
            tags: [\(quoted(tag)), plain]
            author: \(quoted(author))
            date: 2024-01-02
            """
    }

    /// Jekyll and Hugo are required in CI (scripts/setup installs them); elsewhere a missing one
    /// is reported as a skipped test, never a silent pass.
    static func required(_ tool: String) -> Bool {
        TestEnvironment.runs(needing: Program.onPath(tool) != nil)
    }

    @Test(.enabled(if: required("jekyll"), "Debian's jekyll is not installed (scripts/setup installs it)"))
    func jekyllBuildsAndShowsTheLiteralText() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        try site.write("_config.yml", "title: Safe\nurl: https://jekyll.example.org\nsecret_token: TOPSECRET-JEKYLL\n")
        // Both ways the recipe offers: the per-post include and the data-file include.
        try site.write(
            "_layouts/default.html",
            "<html><head>{% include ogcard/{{ page.slug }}.html %}\n<link rel=\"x-data-include\">\n{% include ogcard-meta.html %}</head><body>{{ content }}</body></html>\n"
        )
        try FileManager.default.createDirectory(at: site.url("_includes"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: PackageRoot.appending("Examples/recipes/jekyll/_includes/ogcard-meta.html"),
            to: site.url("_includes/ogcard-meta.html"))
        try site.write("_posts/2024-01-02-guest.md", "---\nlayout: default\n\(Self.frontMatter)\n---\nBody.\n")

        let summary = try site.build()
        #expect(summary.failures.isEmpty, "\(summary.failures)")
        let jekyll = try Program.required("jekyll").run(["build", "--quiet"], in: site.root, timeout: .seconds(300))
        #expect(jekyll.status == 0, "jekyll build failed: \(jekyll)")

        let page = try site.read("_site/2024/01/02/guest.html")
        #expect(!page.contains("TOPSECRET"))
        let halves = page.components(separatedBy: "<link rel=\"x-data-include\">")
        #expect(halves.count == 2)
        for half in halves { Self.expectLiteralTags(in: half) }
    }

    @Test(.enabled(if: required("hugo"), "Debian's hugo is not installed (scripts/setup installs it)"))
    func hugoBuildsAndShowsTheLiteralText() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        try site.write(
            "hugo.toml",
            "baseURL = \"https://hugo.example.org/\"\ntitle = \"Safe\"\ndisableKinds = [\"RSS\", \"sitemap\"]\n[params]\nsecret = \"TOPSECRET-HUGO\"\n"
        )
        try site.write(
            "layouts/_default/single.html",
            "<html><head>{{ partial (printf \"ogcard/%s.html\" .File.ContentBaseName) . }}\n<link rel=\"x-data-include\">\n{{ partial \"ogcard-meta.html\" . }}</head><body>{{ .Content }}</body></html>\n"
        )
        try FileManager.default.createDirectory(at: site.url("layouts/partials"), withIntermediateDirectories: true)
        try site.write(
            "layouts/_default/list.html", "<html><body>{{ range .Pages }}<p>{{ .Title }}</p>{{ end }}</body></html>\n")
        try FileManager.default.copyItem(
            at: PackageRoot.appending("Examples/recipes/hugo/layouts/partials/ogcard-meta.html"),
            to: site.url("layouts/partials/ogcard-meta.html"))
        try site.write("content/posts/guest.md", "---\n\(Self.frontMatter)\n---\nBody.\n")

        let summary = try site.build()
        #expect(summary.failures.isEmpty, "\(summary.failures)")
        #expect(FileManager.default.fileExists(atPath: site.url("layouts/partials/ogcard/guest.html").path))
        let hugo = try Program.required("hugo").run(["--quiet"], in: site.root, timeout: .seconds(300))
        #expect(hugo.status == 0, "hugo failed: \(hugo)")

        let page = try site.read("public/posts/guest/index.html")
        #expect(!page.contains("TOPSECRET"))
        let halves = page.components(separatedBy: "<link rel=\"x-data-include\">")
        #expect(halves.count == 2)
        for half in halves { Self.expectLiteralTags(in: half) }
    }

    @Test func theJSONIndexKeepsTheSameText() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        try site.write("_config.yml", "url: https://example.org\n")
        try site.write("_posts/2024-01-02-guest.md", "---\n\(Self.frontMatter)\n---\nBody.\n")
        _ = try site.build()
        let json =
            try JSONSerialization.jsonObject(with: site.bytes("_data/ogcard.json")) as? [String: [[String: String]]]
        let tags = try #require(json?["_posts/2024-01-02-guest.md"])
        #expect(tags.first { $0["property"] == "og:title" }?["content"] == Self.title)
        #expect(tags.first { $0["property"] == "og:description" }?["content"] == Self.description)
    }

    @Test func bidiControlsAreNeutralisedInTagValues() {
        let tags = MetaTags(
            title: "Invoice \u{202E}fdp.exe\u{202C} \u{2067}isolated\u{2069} \u{200F}שלום", description: "",
            pageURL: "https://e.org/a",
            siteName: "", imageURL: "https://e.org/a.png", imageType: "image/png", imageWidth: 1200, imageHeight: 630,
            imageAlt: nil, publishedTime: "", author: "", tags: [], twitterSite: "", twitterCreator: ""
        ).metaTags()
        let title = tags.first { $0.key == "og:title" }?.content
        #expect(title == "Invoice fdp.exe isolated \u{200F}שלום")
    }

    /// og:title, og:description, article:tag and article:author in `html` decode to the posts' text.
    static func expectLiteralTags(in html: String) {
        let tags = MetaSnippet.parse(html)
        #expect(tags["og:title"] == [title], "\(html)")
        #expect(tags["og:description"] == [description])
        #expect(tags["article:tag"] == [tag, "plain"])
        #expect(tags["article:author"] == [author])
    }
}
