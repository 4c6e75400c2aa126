import Foundation
import OGCardTestSupport
import Testing

@testable import OGCard

/// docs/recipes/hugo.md, run for real with Debian's `hugo` (installed by scripts/setup): the
/// recipe's partial in a site's `<head>`, `ogcard build` then `hugo`, and, while writing,
/// `ogcard build --watch` beside `hugo server`.
@Suite(.serialized) struct HugoRecipeTests {
    static let siteURL = "https://hugo.example.net"

    static func hugoInstalled() -> Bool { TestEnvironment.runs(needing: Program.onPath("hugo") != nil) }

    static func post(_ title: String) -> String {
        "---\ntitle: \"\(title)\"\ndate: 2024-01-02\ntags: [recipes]\n---\nBody.\n"
    }

    static func site() throws -> TemporarySite {
        let site = try TemporarySite()
        try site.write(
            "hugo.toml",
            "baseURL = \"\(siteURL)/\"\ntitle = \"Hugo Recipe\"\ndisableKinds = [\"RSS\", \"sitemap\"]\n[params]\n  author = \"Hu Go\"\n"
        )
        try site.write("content/posts/hello-hugo.md", post("Hello from Hugo"))
        let head = "<!doctype html><html><head>{{ partial \"ogcard-meta.html\" . }}</head>"
        try site.write("layouts/_default/single.html", head + "<body>{{ .Content }}</body></html>\n")
        try site.write("layouts/_default/list.html", head + "<body>list</body></html>\n")
        try site.write(
            "layouts/partials/ogcard-meta.html",
            String(
                contentsOf: PackageRoot.appending("Examples/recipes/hugo/layouts/partials/ogcard-meta.html"),
                encoding: .utf8))
        return site
    }

    /// Every file under `public/` whose name is one of ogcard's own (manifest, lock, config, temporary files).
    static func ogcardFilesPublished(_ site: TemporarySite) throws -> [String] {
        try FileManager.default.subpathsOfDirectory(atPath: site.url("public").path).filter {
            let name = ($0 as NSString).lastPathComponent
            return name.hasPrefix(".ogcard") || name.hasSuffix("ogcard.yml") || AtomicFileWriter.isTemporaryName(name)
        }
    }

    @Test(.enabled(if: hugoInstalled(), "Debian's hugo is not installed (scripts/setup installs it)"))
    func ogcardThenHugoPublishesTheCardAndItsTags() throws {
        let site = try Self.site()
        defer { site.remove() }
        try site.write("ogcard.yml", "name: Hugo Recipe\n")
        let ogcard = try Program.ogcard.run(["build"], in: site.root, timeout: .seconds(120))
        #expect(ogcard.status == 0, "\(ogcard)")
        let hugo = try Program.required("hugo").run(["--quiet"], in: site.root, timeout: .seconds(300))
        #expect(hugo.status == 0, "\(hugo)")
        let page = try site.read("public/posts/hello-hugo/index.html")
        #expect(MetaSnippet.content(of: "og:title", in: page) == ["Hello from Hugo"])
        #expect(
            MetaSnippet.content(of: "og:image", in: page).map(MetaSnippet.withoutFingerprint) == [
                "\(Self.siteURL)/assets/og/hello-hugo.png"
            ])
        #expect(MetaSnippet.content(of: "twitter:card", in: page) == ["summary_large_image"])
        #expect(try site.bytes("public/assets/og/hello-hugo.png") == site.bytes("static/assets/og/hello-hugo.png"))
        #expect(try Self.ogcardFilesPublished(site).isEmpty)
    }

    @Test(.enabled(if: hugoInstalled(), "Debian's hugo is not installed (scripts/setup installs it)"))
    func hugoServerShowsAnEditOnceOgcardWatchHasRebuiltTheCard() throws {
        let site = try Self.site()
        defer { site.remove() }
        let watch = try Program.ogcard.start(["build", "--watch"], in: site.root)
        defer { watch.kill() }
        try #require(
            Eventually.holds(within: .seconds(60)) { watch.standardErrorSoFar.contains("ogcard: watching") },
            "\(watch.standardErrorSoFar)")
        let port = Int.random(in: 20_000...60_000)
        let server = try Program.required("hugo").start(
            ["server", "--bind", "127.0.0.1", "--port", "\(port)", "--renderToDisk", "--disableLiveReload"],
            in: site.root)
        defer { server.kill() }
        func log() -> String { server.standardOutputSoFar + server.standardErrorSoFar }
        let page = "public/posts/hello-hugo/index.html"
        try #require(
            Eventually.holds(within: .seconds(120)) {
                MetaSnippet.content(of: "og:title", in: (try? site.read(page)) ?? "") == ["Hello from Hugo"]
            }, "hugo server: \(log())")
        let card = try site.bytes("public/assets/og/hello-hugo.png")
        Thread.sleep(forTimeInterval: 1)

        try site.write("content/posts/hello-hugo.md", Self.post("Edited under hugo server"))
        let updated = Eventually.holds(within: .seconds(60)) {
            let html = (try? site.read(page)) ?? ""
            let published = (try? site.bytes("public/assets/og/hello-hugo.png")) ?? card
            return MetaSnippet.content(of: "og:title", in: html) == ["Edited under hugo server"] && published != card
        }
        #expect(updated, "the page or its card did not follow the edit:\n\(log())\n\(watch.standardErrorSoFar)")
        #expect(watch.standardErrorSoFar.contains("content/posts/hello-hugo.md: card rendered"))
        #expect(try site.bytes("public/assets/og/hello-hugo.png") == site.bytes("static/assets/og/hello-hugo.png"))
        #expect(try Self.ogcardFilesPublished(site).isEmpty)

        watch.kill(SIGINT)
        let stopped = try watch.wait(timeout: .seconds(60))
        #expect(stopped.status == 0, "\(stopped)")
        server.kill(SIGINT)
        _ = try? server.wait(timeout: .seconds(30))
    }
}
