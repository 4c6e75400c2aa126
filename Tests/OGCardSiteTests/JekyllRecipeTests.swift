import Foundation
import OGCardTestSupport
import Testing

@testable import OGCard

/// docs/recipes/jekyll.md, run for real with Debian's `jekyll` (and `ruby-jekyll-seo-tag`, both
/// installed by scripts/setup): sites set up as the recipe says — `ogcard init`, the plugin
/// copied into `_plugins/`, `ogcard` on `PATH` — built with `jekyll build` and edited under
/// `jekyll serve`.
@Suite(.serialized) struct JekyllRecipeTests {
    static let recipes = PackageRoot.appending("Examples/recipes/jekyll")
    static let siteURL = "https://recipe.example.org"

    static func jekyllInstalled() -> Bool { TestEnvironment.runs(needing: Program.onPath("jekyll") != nil) }

    static func seoTagInstalled() -> Bool {
        let ruby = Program.onPath("ruby")
        let found = try? ruby?.run(["-e", "require 'jekyll-seo-tag'"], in: PackageRoot.url, timeout: .seconds(60))
        return TestEnvironment.runs(needing: found?.status == 0)
    }

    /// The environment the plugin runs in: the built `ogcard` first on `PATH`.
    static var environment: [String: String] {
        ["PATH": BuiltProducts.directory.path + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")]
    }

    static func post(_ title: String) -> String {
        "---\nlayout: default\ntitle: \"\(title)\"\ndate: 2024-01-02\n---\nBody.\n"
    }

    /// A site with the plugin, a layout whose `<head>` is `head`, one post, and `ogcard init`'s config.
    static func site(head: String, config: String = "") throws -> TemporarySite {
        let site = try TemporarySite()
        try site.write("_config.yml", "title: Recipe Blog\nurl: \(siteURL)\n" + config)
        try site.write(
            "_layouts/default.html", "<!doctype html><html><head>\n\(head)\n</head><body>{{ content }}</body></html>\n")
        try site.write(
            "_plugins/ogcard.rb",
            String(contentsOf: recipes.appendingPathComponent("_plugins/ogcard.rb"), encoding: .utf8))
        try site.write(
            "_includes/ogcard-meta.html",
            String(contentsOf: recipes.appendingPathComponent("_includes/ogcard-meta.html"), encoding: .utf8))
        try site.write("_posts/2024-01-02-hello.md", post("Hello recipe"))
        let initRun = try Program.ogcard.run(["init"], in: site.root, timeout: .seconds(120))
        #expect(initRun.status == 0, "\(initRun)")
        return site
    }

    static func jekyll(_ arguments: [String], in site: TemporarySite) throws -> ProcessResult {
        try Program.required("jekyll").run(arguments, in: site.root, environment: environment, timeout: .seconds(300))
    }

    /// Every file in `_site`, relative.
    static func published(_ site: TemporarySite) throws -> [String] {
        try FileManager.default.subpathsOfDirectory(atPath: site.url("_site").path)
    }

    @Test(.enabled(if: jekyllInstalled(), "Debian's jekyll is not installed (scripts/setup installs it)"))
    func jekyllBuildShowsTheCardAndPublishesNoneOfOgcardsOwnFiles() throws {
        let site = try Self.site(head: "{% include ogcard-meta.html %}")
        defer { site.remove() }
        #expect(site.exists("_ogcard.yml") && !site.exists("ogcard.yml"))

        let build = try Self.jekyll(["build"], in: site)
        #expect(build.status == 0, "\(build)")
        let page = try site.read("_site/2024/01/02/hello.html")
        #expect(MetaSnippet.content(of: "og:title", in: page) == ["Hello recipe"], "\(page)")
        #expect(
            MetaSnippet.content(of: "og:image", in: page).map(MetaSnippet.withoutFingerprint) == [
                "\(Self.siteURL)/assets/og/hello.png"
            ])
        // The card the hook rendered is in this same build's _site.
        #expect(try site.bytes("_site/assets/og/hello.png") == site.bytes("assets/og/hello.png"))
        let ownFiles = try Self.published(site).filter { $0.contains("ogcard") }
        #expect(ownFiles.isEmpty, "published: \(ownFiles)")
        #expect(!build.stderr.contains("warning"), "\(build)")
    }

    @Test(.enabled(if: jekyllInstalled(), "Debian's jekyll is not installed (scripts/setup installs it)"))
    func anOgcardYmlJekyllPublishesIsWarnedAboutUntilExcluded() throws {
        let site = try Self.site(head: "{% include ogcard-meta.html %}")
        defer { site.remove() }
        try FileManager.default.moveItem(at: site.url("_ogcard.yml"), to: site.url("ogcard.yml"))

        let published = try Self.jekyll(["build"], in: site)
        #expect(published.status == 0, "\(published)")
        // The warning is true: Jekyll did publish it.
        #expect(site.exists("_site/ogcard.yml"))
        #expect(
            published.stderr.contains("ogcard.yml: checking the config: Jekyll publishes this file"), "\(published)")

        try site.write("_config.yml", "title: Recipe Blog\nurl: \(Self.siteURL)\nexclude: [ogcard.yml]\n")
        let excluded = try Self.jekyll(["build"], in: site)
        #expect(excluded.status == 0, "\(excluded)")
        #expect(!site.exists("_site/ogcard.yml"))
        #expect(!excluded.stderr.contains("Jekyll publishes this file"), "\(excluded)")
    }

    @Test(.enabled(if: seoTagInstalled(), "ruby-jekyll-seo-tag is not installed (scripts/setup installs it)"))
    func withSeoTagAddMissingImageIsWhatItNeeds() throws {
        let site = try Self.site(head: "{% seo %}", config: "plugins: [jekyll-seo-tag]\n")
        defer { site.remove() }
        // `ogcard init` saw seo-tag in `plugins:` and set what it needs.
        #expect(try site.read("_ogcard.yml").contains("\nadd_missing_image: true\n"))
        #expect(try SiteConfigLoader.discover(from: site.root).addMissingImage)

        let build = try Self.jekyll(["build"], in: site)
        #expect(build.status == 0, "\(build)")
        #expect(try site.read("_posts/2024-01-02-hello.md").contains("\nimage: /assets/og/hello.png\n"))
        let page = try site.read("_site/2024/01/02/hello.html")
        #expect(MetaSnippet.content(of: "og:image", in: page) == ["\(Self.siteURL)/assets/og/hello.png"], "\(page)")
        #expect(MetaSnippet.content(of: "twitter:card", in: page) == ["summary_large_image"])
        #expect(!build.stderr.contains("warning"), "\(build)")
    }

    @Test(.enabled(if: seoTagInstalled(), "ruby-jekyll-seo-tag is not installed (scripts/setup installs it)"))
    func seoTagAndTheIncludeTogetherAreWarnedAbout() throws {
        let site = try Self.site(
            head: "{% seo %}\n{% include head-extra.html %}", config: "plugins: [jekyll-seo-tag]\n")
        defer { site.remove() }
        try site.write("_includes/head-extra.html", "<!-- more -->\n{% include ogcard-meta.html %}\n")
        try site.write("_layouts/post.html", "---\nlayout: default\n---\n{{ content }}\n")

        let build = try Self.jekyll(["build"], in: site)
        #expect(build.status == 0, "\(build)")
        // The warning is true: every tag is there twice.
        let page = try site.read("_site/2024/01/02/hello.html")
        #expect(MetaSnippet.content(of: "og:title", in: page).count == 2, "\(page)")
        let warnings = build.stderr.components(separatedBy: "\n").filter { $0.contains("uses both {% seo %}") }
        #expect(warnings.count == 1, "\(build)")
        #expect(
            warnings.first?.contains(
                "_layouts/default.html:2: checking the config: this layout uses both {% seo %} (_layouts/default.html:2) and ogcard's include (_includes/head-extra.html:2)"
            ) == true, "\(warnings)")
    }

    @Test(.enabled(if: jekyllInstalled(), "Debian's jekyll is not installed (scripts/setup installs it)"))
    func jekyllServeRebuildsTheCardAfterAnEditAndThenStops() throws {
        let site = try Self.site(head: "{% include ogcard-meta.html %}")
        defer { site.remove() }
        let port = Int.random(in: 20_000...60_000)
        let serve = try Program.required("jekyll").start(
            ["serve", "--host", "127.0.0.1", "--port", "\(port)"], in: site.root, environment: Self.environment)
        defer { serve.kill() }
        func log() -> String { serve.standardErrorSoFar + serve.standardOutputSoFar }
        try #require(
            Eventually.holds(within: .seconds(120)) { log().contains("Server running") }, "jekyll serve: \(log())")
        let card = try site.bytes("_site/assets/og/hello.png")

        // serve's file watcher (Listen) starts in the background: an edit made before it watches
        // is never seen, so the edit is saved again (same bytes) if nothing happened for 15 s.
        Thread.sleep(forTimeInterval: 2)
        var updated = false
        var saves = 0
        for _ in 0..<4 where !updated {
            saves += 1
            try site.write("_posts/2024-01-02-hello.md", Self.post("Edited under serve"))
            updated = Eventually.holds(within: .seconds(15)) {
                let page = (try? site.read("_site/2024/01/02/hello.html")) ?? ""
                let published = (try? site.bytes("_site/assets/og/hello.png")) ?? card
                return MetaSnippet.content(of: "og:title", in: page) == ["Edited under serve"] && published != card
            }
        }
        #expect(updated, "the page or its card did not follow the edit: \(log())")
        #expect(try site.bytes("_site/assets/og/hello.png") == site.bytes("assets/og/hello.png"))

        // No loop: ogcard's writes cause at most one more rebuild, then serve is still.
        func rebuilds() -> Int { log().components(separatedBy: "Regenerating:").count - 1 }
        Thread.sleep(forTimeInterval: 4)
        let settled = rebuilds()
        Thread.sleep(forTimeInterval: 4)
        #expect(rebuilds() == settled, "jekyll serve kept rebuilding: \(log())")
        // One for the edit, at most one more for the files ogcard wrote.
        #expect((1...2 * saves).contains(settled), "\(settled) rebuilds for \(saves) save(s): \(log())")
        serve.kill(SIGINT)
        _ = try? serve.wait(timeout: .seconds(30))
    }
}
