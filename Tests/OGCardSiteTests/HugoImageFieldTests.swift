import Foundation
import OGCardTestSupport
import Testing

@testable import OGCard

/// The picture fields the rewriter edits are the ones Hugo reads: after rewriting the first of
/// `images` and `cover.image` in YAML, TOML and JSON front matter, Debian's real `hugo` renders its
/// own Open Graph template with the new card first and the second picture kept, and the theme-style
/// `cover.image` with the new value.
@Suite(.serialized) struct HugoImageFieldTests {
    static let og = "https://generator.opengraphimg.com/?title=Hi+there&style=modern"

    /// The same post in each front-matter format, with two `images` and a `cover` mapping.
    static let posts = [
        "yaml":
            "---\r\ntitle: Y\r\nimages:\r\n  - \(og) # the old card\r\n  - /img/second.jpg\r\ncover: {image: \(og), alt: A}\r\n---\r\nBody.\r\n",
        "toml":
            "+++\ntitle = \"T\"\nimages = ['\(og)', \"/img/second.jpg\"]\n[cover]\n  image = \"\(og)\"\n  alt = \"A\"\n+++\nBody.\n",
        "json":
            "{\n  \"title\": \"J\",\n  \"images\": [\"\(og)\", \"/img/second.jpg\"],\n  \"cover\": {\"alt\": \"A\", \"image\": \"\(og)\"}\n}\nBody.\n",
    ]

    @Test(
        .enabled(
            if: TestEnvironment.runs(needing: Program.onPath("hugo") != nil),
            "Debian's hugo is not installed (scripts/setup installs it)"))
    func hugoReadsTheRewrittenFields() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        try site.write(
            "hugo.toml",
            "baseURL = \"https://hugo.example.org/\"\ntitle = \"Fields\"\ndisableKinds = [\"RSS\", \"sitemap\", \"taxonomy\", \"term\"]\n"
        )
        try site.write(
            "layouts/_default/single.html",
            "<html><head>{{ template \"_internal/opengraph.html\" . }}</head><body><p id=\"cover\">{{ .Params.cover.image }}</p></body></html>\n"
        )
        try site.write("layouts/_default/list.html", "<html><body></body></html>\n")
        let rewriter = ImageLineRewriter()
        for (format, text) in Self.posts {
            var data = Data(text.utf8)
            data = try rewriter.rewrite(data, to: "/assets/og/\(format).png", path: format, field: .firstItem("images"))
                .data
            data = try rewriter.rewrite(
                data, to: "/assets/og/\(format)-cover.png", path: format, field: .nested("cover", "image")
            ).data
            #expect(String(decoding: data, as: UTF8.self).components(separatedBy: "/img/second.jpg").count == 2)
            try site.write("content/posts/\(format).md", String(decoding: data, as: UTF8.self))
        }
        let hugo = try Program.required("hugo").run(["--quiet"], in: site.root, timeout: .seconds(300))
        #expect(hugo.status == 0, "hugo failed: \(hugo)")

        for format in Self.posts.keys {
            let page = try site.read("public/posts/\(format)/index.html")
            let images = page.components(separatedBy: "<meta property=\"og:image\" content=\"").dropFirst().map {
                String($0.prefix { $0 != "\"" })
            }
            #expect(
                images == [
                    "https://hugo.example.org/assets/og/\(format).png", "https://hugo.example.org/img/second.jpg",
                ],
                "\(format)")
            #expect(page.contains("<p id=\"cover\">/assets/og/\(format)-cover.png</p>"), "\(format)")
        }
    }
}
