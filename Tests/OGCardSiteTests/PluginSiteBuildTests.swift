import Foundation
import OGCardTestSupport
import Testing

@testable import OGCard

/// What `OGCardBuildPlugin`'s command does, without SwiftPM: the example site copied into a work
/// folder, built there, and read back through `SocialCards`. (scripts/test-plugin runs the real
/// plugin in a package.)
@Suite struct PluginSiteBuildTests {
    /// The example site, a work folder, and the build between them.
    struct Fixture {
        let site: TemporarySite
        let work: TemporarySite
        var build: PluginSiteBuild { PluginSiteBuild(source: site.root, work: work.root, jobs: 2) }

        init() throws {
            site = try TemporarySite.copy()
            work = try TemporarySite()
        }

        /// The log's lines, one per run.
        func log() throws -> [String] {
            try work.read("ogcard-build-plugin.log").split(separator: "\n").map(String.init)
        }

        /// The two outputs' bytes and modification times.
        func outputs() throws -> [String: TemporarySite.FileState] {
            try work.snapshot().filter { $0.key.hasPrefix("ogcard-cards.") }
        }
    }

    @Test func buildsTheCopyAndGivesWhatOgcardBuildWritesWithoutTouchingTheSite() throws {
        let fixture = try Fixture()
        let before = try fixture.site.snapshot()
        let summary = try fixture.build.run()
        #expect(summary.failures.isEmpty, "\(summary.failures)")
        #expect(summary.rendered == 6)
        #expect(try fixture.site.snapshot() == before, "the package's site is never written")
        let log = try fixture.log()
        #expect(log == ["copied 10 files; posts 7, rendered 6, up to date 1, failed 0"])

        // The same tags and the same card bytes as `ogcard build` on another copy of the site.
        let reference = try TemporarySite.copy()
        _ = try reference.build()
        let meta = try JSONDecoder().decode([String: [MetaTag]].self, from: reference.bytes("_data/ogcard.json"))
        let cards = try SocialCards(directory: fixture.work.root)
        #expect(cards.posts == meta.keys.sorted())
        for post in cards.posts {
            #expect(cards.tags(for: post) == meta[post], "\(post)")
            #expect(cards.html(for: post) == meta[post]?.map { $0.html + "\n" }.joined())
        }
        let pycon = try #require(cards.card(for: "_posts/2017-06-02-pycon-us-2017.md"))
        #expect(pycon.sitePath == "assets/og/pycon-us-2017.png")
        #expect(pycon.pngData == (try reference.bytes("assets/og/pycon-us-2017.png")))
        let image = try DecodedImage(png: pycon.pngData)
        #expect(image.width == 1200 && image.height == 630)
        let ogImage = cards.tags(for: "./_posts/2017-06-02-pycon-us-2017.md")?.first(where: { $0.key == "og:image" })
        #expect(
            ogImage.map { MetaSnippet.withoutFingerprint($0.content) }
                == "https://fieldnotes.example.org/assets/og/pycon-us-2017.png")
        // The post with its own picture has tags pointing there, and no card.
        #expect(cards.card(for: "_posts/2019-11-01-own-picture.md") == nil)
        #expect(cards.tags(for: "_posts/2019-11-01-own-picture.md") != nil)
        #expect(cards.card(for: "_posts/no-such-post.md") == nil && cards.tags(for: "_posts/no-such-post.md") == nil)
    }

    @Test func aSecondRunRendersNothingAndRewritesNoOutput() throws {
        let fixture = try Fixture()
        _ = try fixture.build.run()
        let outputs = try fixture.outputs()
        #expect(outputs.count == 2)
        let second = try fixture.build.run()
        #expect(second.rendered == 0 && second.skipped == 7)
        #expect(try fixture.outputs() == outputs, "bytes and modification times")
        #expect(try fixture.log().last == "copied 0 files; posts 7, rendered 0, up to date 7, failed 0")
    }

    @Test func editingOnePostRendersOnlyItsCard() throws {
        let fixture = try Fixture()
        _ = try fixture.build.run()
        let first = try SocialCards(directory: fixture.work.root)
        let path = "_posts/2017-06-02-pycon-us-2017.md"
        let post = try fixture.site.read(path)
        try fixture.site.write(path, post.replacingOccurrences(of: "title: PyCon US 2017", with: "title: PyCon 2017"))

        let summary = try fixture.build.run()
        #expect(summary.rendered == 1 && summary.skipped == 6)
        #expect(try fixture.log().last == "copied 1 files; posts 7, rendered 1, up to date 6, failed 0")
        let second = try SocialCards(directory: fixture.work.root)
        #expect(second.tags(for: path)?.first { $0.key == "og:title" }?.content == "PyCon 2017")
        #expect(second.card(for: path) != first.card(for: path))
        for other in first.posts where other != path {
            #expect(second.card(for: other) == first.card(for: other), "\(other)")
            #expect(second.tags(for: other) == first.tags(for: other), "\(other)")
        }
    }

    @Test func goneAndUnpublishedPostsLeaveTheOutputs() throws {
        let fixture = try Fixture()
        _ = try fixture.build.run()
        try FileManager.default.removeItem(at: fixture.site.url("_posts/2024-06-08-cjk-title.md"))
        try fixture.site.write(
            "_posts/2024-07-01-not-yet.md", "---\ntitle: Not yet\ndate: 2024-07-01\npublished: false\n---\nDraft.\n")

        let summary = try fixture.build.run()
        #expect(summary.failures.isEmpty, "\(summary.failures)")
        let cards = try SocialCards(directory: fixture.work.root)
        #expect(cards.posts.count == 6)
        #expect(!cards.posts.contains("_posts/2024-06-08-cjk-title.md"))
        #expect(!cards.posts.contains("_posts/2024-07-01-not-yet.md"))
        #expect(!fixture.work.exists("site/assets/og/cjk-title.png"), "the copy's card of a gone post is pruned")
    }

    @Test func aBrokenPostFailsAloneAndIsNamedInThePackage() throws {
        let fixture = try Fixture()
        let broken = try fixture.site.write("_posts/2024-08-01-broken.md", "---\ntitle: [unclosed\n---\nBody.\n")
        let summary = try fixture.build.run()
        #expect(summary.failures.count == 1)
        #expect(summary.failures.first?.file == broken.standardizedFileURL.path)
        let cards = try SocialCards(directory: fixture.work.root)
        #expect(cards.posts.count == 7)
        #expect(cards.tags(for: "_posts/2024-08-01-broken.md") == nil)
    }

    @Test func aBadConfigStopsTheBuildNamingThePackagesFile() throws {
        let fixture = try Fixture()
        let config = try fixture.site.read("ogcard.yml")
        try fixture.site.write("ogcard.yml", config + "rewrite: sometimes\n")
        #expect {
            try fixture.build.run()
        } throws: { error in
            (error as? Diagnostic)?.file == fixture.site.url("ogcard.yml").standardizedFileURL.path
        }
    }
}
