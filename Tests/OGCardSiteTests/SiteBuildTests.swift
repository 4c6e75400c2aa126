import Foundation
import OGCardTestSupport
import Synchronization
import Testing

@testable import OGCard

/// `ogcard build` on the example site: cards, rewritten posts, snippets, manifest, no-op rebuilds.
@Suite struct SiteBuildTests {
    @Test func buildsEveryCardRewritesOnlyImageLinesAndThenDoesNothing() throws {
        let site = try TemporarySite.copy()
        defer { site.remove() }
        let originalPyCon = try site.read("_posts/2017-06-02-pycon-us-2017.md")
        let summary = try site.build()
        #expect(summary.failures.isEmpty, "\(summary.failures)")
        #expect(summary.posts == 7)
        #expect(summary.rendered == 6, "the own-picture post gets no card")
        for card in [
            "pycon-us-2017", "emoji-in-titles", "cjk-title", "rtl-titles", "a-very-long-title", "custom-style",
        ] {
            let image = try DecodedImage(png: site.bytes("assets/og/\(card).png"))
            #expect(image.width == 1200 && image.height == 630, "\(card)")
        }
        // Only the image line changed.
        let rewritten = try site.read("_posts/2017-06-02-pycon-us-2017.md")
        let before = originalPyCon.split(separator: "\n", omittingEmptySubsequences: false)
        let after = rewritten.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(before.count == after.count)
        let changed = zip(before, after).filter { $0 != $1 }
        #expect(changed.count == 1)
        #expect(changed.first?.1 == "image: /assets/og/pycon-us-2017.png")

        // A second build renders nothing and writes nothing (bytes and modification times).
        let snapshot = try site.snapshot()
        let second = try site.build()
        #expect(second.rendered == 0 && second.rewritten == 0 && second.snippetsWritten == 0)
        #expect(second.skipped == 7)
        #expect(try site.snapshot() == snapshot)
    }

    @Test func aURLWithAnotherDesignIsKeptInThePostAndDrawn() throws {
        let site = try TemporarySite.copy()
        defer { site.remove() }
        _ = try site.build()
        let post = try site.read("_posts/2022-09-12-custom-style.md")
        #expect(
            post.contains(
                "ogcard: {style: \"custom\", atSymbol: \"true\", background: \"#00C389\", boxBackground: \"#071D49\""))
        #expect(!post.contains("opengraphimg.com"))
        // The majority design (modern) went to ogcard.yml.
        let config = try site.config()
        guard case .parameters(let design)? = config.design else {
            Issue.record("ogcard.yml has no design: \(String(describing: config.design))")
            return
        }
        #expect(design.canonicalKey == "style=modern&atSymbol=true")
        // The card is the custom style: green page, navy box.
        let image = try DecodedImage(png: site.bytes("assets/og/custom-style.png"))
        #expect(image.pixel(5, 5) == Pixel(hex: "00C389"))
        #expect(image.pixel(600, 300) == Pixel(hex: "071D49"))
        // And the modern card is full-bleed navy.
        let modern = try DecodedImage(png: site.bytes("assets/og/pycon-us-2017.png"))
        #expect(modern.pixel(5, 5) == Pixel(hex: "161E2E"))
    }

    @Test func ownPictureIsKeptAndItsMetaTagsPointAtIt() throws {
        let site = try TemporarySite.copy()
        defer { site.remove() }
        let before = try site.bytes("_posts/2019-11-01-own-picture.md")
        _ = try site.build()
        #expect(try site.bytes("_posts/2019-11-01-own-picture.md") == before)
        #expect(!FileManager.default.fileExists(atPath: site.url("assets/og/own-picture.png").path))
        let snippet = try site.read("_includes/ogcard/own-picture.html")
        #expect(
            snippet.contains(
                "<meta property=\"og:image\" content=\"https://fieldnotes.example.org/images/own-picture.jpg\">"))
        #expect(snippet.contains("og:image:type\" content=\"image/jpeg\""))
        #expect(!snippet.contains("og:image:width"))
    }

    @Test func missingImageLineIsAddedWithTheFilesCRLFEndings() throws {
        let site = try TemporarySite.copy()
        defer { site.remove() }
        let before = try site.bytes("_posts/2024-06-08-cjk-title.md")
        _ = try site.build()
        let after = try site.bytes("_posts/2024-06-08-cjk-title.md")
        let added = Data("image: /assets/og/cjk-title.png\r\n".utf8)
        #expect(after.count == before.count + added.count)
        let range = try #require(after.range(of: added))
        var rebuilt = after
        rebuilt.removeSubrange(range)
        #expect(rebuilt == before, "only the image line was added")
    }

    @Test func snippetsAreCompleteAndEscaped() throws {
        let site = try TemporarySite.copy()
        defer { site.remove() }
        _ = try site.build()
        let tags = MetaSnippet.parse(try site.read("_includes/ogcard/a-very-long-title.html"))
        #expect(
            tags["og:title"] == [
                "A very long title about UserPassesTestMixin, Django class-based views, permissions, mixins, and everything else that goes wrong on a Friday afternoon deploy"
            ])
        #expect(
            tags["og:image"]?.map(MetaSnippet.withoutFingerprint) == [
                "https://fieldnotes.example.org/assets/og/a-very-long-title.png"
            ])
        #expect(tags["og:image:width"] == ["1200"] && tags["og:image:height"] == ["630"])
        #expect(tags["og:type"] == ["article"])
        #expect(tags["twitter:card"] == ["summary_large_image"])
        #expect(tags["twitter:site"] == ["@fieldnotes"])
        #expect(tags["article:published_time"] == ["2016-03-08T00:00:00Z"])
        let pycon = MetaSnippet.parse(try site.read("_includes/ogcard/pycon-us-2017.html"))
        #expect(pycon["article:tag"] == ["pycon", "python"])
        #expect(pycon["article:published_time"] == ["2017-06-02T11:25:00-06:00"])
        #expect(pycon["og:url"] == ["https://fieldnotes.example.org/python/2017/06/02/pycon-us-2017.html"])
        #expect(pycon["og:site_name"] == ["Field Notes"])
        // The JSON file maps every post to its tags.
        let json = try JSONDecoder().decode([String: [MetaTag]].self, from: site.bytes("_data/ogcard.json"))
        #expect(json.count == 7)
        #expect(
            json["_posts/2017-06-02-pycon-us-2017.md"]?.first { $0.key == "og:image" }.map {
                MetaSnippet.withoutFingerprint($0.content)
            }
                == "https://fieldnotes.example.org/assets/og/pycon-us-2017.png")
    }

    @Test func checkReportsAnEditedTitleAndTheNextBuildRendersExactlyThatCard() throws {
        let site = try TemporarySite.copy()
        defer { site.remove() }
        _ = try site.build()
        let post = "_posts/2020-04-14-rtl-titles.md"
        try site.write(post, try site.read(post).replacingOccurrences(of: "Hello, world,", with: "Hi,"))
        let snapshot = try site.snapshot()
        let check = try site.build(.check)
        #expect(!check.succeeded)
        #expect(check.stale.contains("\(post): render assets/og/rtl-titles.png"))
        #expect(try site.snapshot() == snapshot, "check writes nothing")
        let build = try site.build()
        #expect(build.rendered == 1)
        #expect(try site.build(.check).succeeded)
    }

    @Test func dryRunWritesNothing() throws {
        let site = try TemporarySite.copy()
        defer { site.remove() }
        let snapshot = try site.snapshot()
        let summary = try site.build(.dryRun)
        #expect(summary.rendered == 6)
        #expect(summary.stale.contains { $0.contains("would rewrite image: to /assets/og/pycon-us-2017.png") })
        #expect(try site.snapshot() == snapshot)
    }

    @Test func aBrokenPostIsReportedWithItsLineAndTheRestIsBuilt() throws {
        let site = try TemporarySite.copy()
        defer { site.remove() }
        try site.write("_posts/2023-01-01-broken.md", "---\ntitle: Broken\ntags: [unclosed\n---\nBody\n")
        let summary = try site.build()
        #expect(summary.failures.count == 1)
        let failure = try #require(summary.failures.first)
        #expect(failure.file?.hasSuffix("_posts/2023-01-01-broken.md") == true)
        #expect(failure.line != nil)
        #expect(!summary.succeeded)
        #expect(summary.rendered == 6)
    }

    @Test func pruneDeletesCardsWhosePostIsGone() throws {
        let site = try TemporarySite.copy()
        defer { site.remove() }
        _ = try site.build()
        try FileManager.default.removeItem(at: site.url("_posts/2020-04-14-rtl-titles.md"))
        let report = try site.build()
        #expect(report.orphans == ["assets/og/rtl-titles.png"])
        #expect(FileManager.default.fileExists(atPath: site.url("assets/og/rtl-titles.png").path))
        let pruned = try site.build(prune: true)
        #expect(pruned.orphans == ["assets/og/rtl-titles.png"])
        #expect(!FileManager.default.fileExists(atPath: site.url("assets/og/rtl-titles.png").path))
        #expect(!FileManager.default.fileExists(atPath: site.url("_includes/ogcard/rtl-titles.html").path))
        #expect(try site.build().orphans.isEmpty)
    }

    @Test func regenerateRendersOnlyTheSelectedPosts() throws {
        let site = try TemporarySite.copy()
        defer { site.remove() }
        _ = try site.build()
        #expect(try site.build(.regenerate).rendered == 6)
        #expect(try site.build(.regenerate, selection: PostSelection(tags: ["pycon"])).rendered == 1)
        #expect(try site.build(.regenerate, selection: PostSelection(paths: ["_posts/2021-*"])).rendered == 1)
        #expect(try site.build(.regenerate, selection: PostSelection(since: "2021-01-01")).rendered == 3)
    }

    @Test func aSecondBuildWaitsForTheFirstOnesLock() throws {
        let site = try TemporarySite.copy()
        defer { site.remove() }
        let held = try SiteLock(root: site.root, waiting: {})
        let waited = Mutex(false)
        let finished = DispatchSemaphore(value: 0)
        let config = try site.config()
        let outcome = Mutex<BuildSummary?>(nil)
        Thread.detachNewThread {
            let summary = try? SiteBuild(config: config, options: BuildOptions(jobs: 1)).run(progress: nil) {
                waited.withLock { $0 = true }
            }
            outcome.withLock { $0 = summary }
            finished.signal()
        }
        #expect(finished.wait(timeout: .now() + 1) == .timedOut, "the build must wait while the lock is held")
        #expect(waited.withLock { $0 })
        withExtendedLifetime(held) {}
        _ = consume held
        #expect(finished.wait(timeout: .now() + 60) == .success)
        #expect(outcome.withLock { $0?.rendered } == 6)
    }

    @Test func noSiteURLIsOneClearError() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        try site.write("_posts/2020-01-01-hello.md", "---\ntitle: Hello\n---\nHi\n")
        #expect {
            _ = try site.build()
        } throws: { error in
            "\(error)".contains("no site URL")
        }
    }

    @Test func hugoSiteWithTOMLFrontMatter() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        try site.write(
            "hugo.toml",
            "baseURL = \"https://hugo.example.com/\"\ntitle = \"Hugo Notes\"\n[params]\nauthor = \"Hu Go\"\n")
        try site.write(
            "content/posts/first.md",
            "+++\ntitle = \"First post\"\ndate = 2024-01-02T10:00:00+01:00\ntags = [\"hugo\"]\n+++\nHello from Hugo.\n")
        let summary = try site.build()
        #expect(summary.failures.isEmpty, "\(summary.failures)")
        #expect(summary.rendered == 1)
        #expect(FileManager.default.fileExists(atPath: site.url("static/assets/og/first.png").path))
        let tags = MetaSnippet.parse(try site.read("layouts/partials/ogcard/first.html"))
        #expect(
            tags["og:image"]?.map(MetaSnippet.withoutFingerprint) == ["https://hugo.example.com/assets/og/first.png"])
        #expect(tags["article:author"] == ["Hu Go"])
        #expect(tags["article:published_time"] == ["2024-01-02T10:00:00+01:00"])
    }

    @Test func aSiteLayoutFileDrawsTheCardsAndEditingItReRendersThem() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        try site.write("_config.yml", "title: Layouts\nurl: https://layouts.example.com\n")
        try site.write("_posts/2020-01-01-one.md", "---\ntitle: One\n---\nFirst.\n")
        try site.write("_posts/2020-01-02-two.md", "---\ntitle: Two\n---\nSecond.\n")
        let layout = try String(contentsOf: PackageRoot.appending("Assets/layouts/modern.yml"), encoding: .utf8)
        try site.write("card.yml", layout)
        try site.write("ogcard.yml", "design: card.yml\n")
        #expect(try site.build().rendered == 2)
        #expect(try DecodedImage(png: site.bytes("assets/og/one.png")).pixel(3, 3) == Pixel(hex: "161E2E"))
        #expect(try site.build().rendered == 0)
        try site.write("card.yml", layout.replacingOccurrences(of: "161E2E", with: "2E1616"))
        #expect(try site.build().rendered == 2)
        #expect(try DecodedImage(png: site.bytes("assets/og/one.png")).pixel(3, 3) == Pixel(hex: "2E1616"))
    }

    @Test func aPostWithoutTitleIsAWarningAndGetsTheFileNamesTitle() throws {
        let site = try TemporarySite.copy()
        defer { site.remove() }
        try site.write("_posts/2023-02-03-no-title-here.md", "---\ntags: [x]\n---\nBody.\n")
        let summary = try site.build()
        #expect(summary.failures.isEmpty)
        #expect(
            summary.warnings.contains {
                $0.description.contains("_posts/2023-02-03-no-title-here.md") && $0.description.contains("title")
            }, "\(summary.warnings)")
        let tags = MetaSnippet.parse(try site.read("_includes/ogcard/no-title-here.html"))
        #expect(tags["og:title"]?.first?.lowercased() == "no title here")
    }

    @Test func fontBytesNotTheirTimesDecideARender() throws {
        let site = try TemporarySite.copy()
        defer { site.remove() }
        let fontFolder = site.url("fonts-copy")
        try FileManager.default.createDirectory(at: fontFolder, withIntermediateDirectories: true)
        var files: [URL] = []
        for file in FontSet.standard().files {
            let copy = fontFolder.appendingPathComponent(file.lastPathComponent)
            try FileManager.default.copyItem(at: file, to: copy)
            files.append(copy)
        }
        let fonts = FontSet(files: files)
        func build() throws -> BuildSummary {
            try SiteBuild(config: site.config(), options: BuildOptions(jobs: 2), fonts: fonts).run()
        }
        #expect(try build().rendered == 6)
        // Touched, same bytes: nothing to render.
        let openSans = fontFolder.appendingPathComponent("OpenSans-Regular.ttf")
        try FileManager.default.setAttributes(
            [.modificationDate: Date(timeIntervalSinceNow: 60)], ofItemAtPath: openSans.path)
        #expect(try build().rendered == 0)
        // Other bytes under the same name: every card is drawn again.
        try FileManager.default.removeItem(at: openSans)
        try FileManager.default.copyItem(at: fontFolder.appendingPathComponent("OpenSans-Bold.ttf"), to: openSans)
        #expect(try build().rendered == 6)
    }

    @Test func replacingALogoFileReRendersItsCards() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        let renderer = try CardRenderer()
        let layout = try OpenGraphImageLayout(style: .modern).layout()
        try renderer.write(CardContent(title: "A"), layout: layout, to: site.url("logo.png"))
        try site.write("_config.yml", "title: Logos\nurl: https://logos.example.com\n")
        try site.write("_ogcard.yml", "design: {style: modern, logoUrl: logo.png}\n")
        try site.write("_posts/2020-01-01-one.md", "---\ntitle: One\nauthor: me\n---\nFirst.\n")
        let first = try site.build()
        #expect(first.rendered == 1 && first.warnings.isEmpty, "\(first.warnings)")
        let before = try site.bytes("assets/og/one.png")
        #expect(try site.build().rendered == 0)
        try renderer.write(
            CardContent(title: "B"), layout: try OpenGraphImageLayout(style: .custom).layout(), to: site.url("logo.png")
        )
        #expect(try site.build().rendered == 1)
        #expect(try site.bytes("assets/og/one.png") != before)
    }

    @Test func aBuiltSiteMovedElsewhereRendersNothing() throws {
        let site = try TemporarySite.copy()
        defer { site.remove() }
        _ = try site.build()
        let moved = try TemporarySite()
        defer { moved.remove() }
        try FileManager.default.removeItem(at: moved.root)
        try FileManager.default.copyItem(at: site.root, to: moved.root)
        let summary = try moved.build()
        #expect(summary.rendered == 0 && summary.rewritten == 0 && summary.skipped == 7)
        #expect(
            try moved.bytes(".ogcard-manifest.json") == site.bytes(".ogcard-manifest.json"), "the manifest is portable")
    }

    @Test func aLayoutInTheSitesLayoutsFolderReplacesTheBuiltIn() throws {
        let site = try TemporarySite.copy()
        defer { site.remove() }
        let modern = try String(contentsOf: PackageRoot.appending("Assets/layouts/modern.yml"), encoding: .utf8)
        try site.write("cards/modern.yml", modern.replacingOccurrences(of: "161E2E", with: "163E2E"))
        try site.write("ogcard.yml", try site.read("ogcard.yml") + "layouts: cards\n")
        #expect(try site.build().failures.isEmpty)
        #expect(try DecodedImage(png: site.bytes("assets/og/pycon-us-2017.png")).pixel(3, 3) == Pixel(hex: "163E2E"))
        // The custom-style post is not modern: the bundled custom layout still draws it.
        #expect(try DecodedImage(png: site.bytes("assets/og/custom-style.png")).pixel(3, 3) == Pixel(hex: "00C389"))
    }

    @Test func ogcardDesignWithTheSitesAvatarFromItsLayoutsFolder() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        try site.write("_config.yml", "title: Avatars\nurl: https://avatars.example.com\nauthor: Ada\n")
        try site.write("_posts/2021-07-04-hello.md", "---\ntitle: Hello\ntags: [a]\n---\nHi.\n")
        let layout = try String(contentsOf: PackageRoot.appending("Assets/layouts/ogcard.yml"), encoding: .utf8)
        try site.write("cards/ogcard.yml", layout.replacingOccurrences(of: "avatar: \"\"", with: "avatar: me.png"))
        // A red square as the avatar.
        var red = OpenGraphImageStyleDefaults.resolved(for: .modern)
        red.boxBackground = RGBAColor(hex: "FF0000")!
        try CardRenderer().write(
            CardContent(title: ""), layout: try OpenGraphImageLayout(red).layout(), to: site.url("cards/me.png"))
        try site.write("ogcard.yml", "layouts: cards\n")
        let summary = try site.build()
        #expect(summary.failures.isEmpty && summary.rendered == 1, "\(summary.failures) \(summary.warnings)")
        let image = try DecodedImage(png: site.bytes("assets/og/hello.png"))
        let reds = image.count(in: PixelBox(minX: 0, minY: 450, maxX: 400, maxY: 629)) {
            $0.red > 200 && $0.green < 60 && $0.blue < 60
        }
        #expect(reds > 2_000, "the 64 px round avatar is drawn bottom-left: \(reds)")
    }

    @Test func aBrokenSiteLayoutIsOneSiteWideError() throws {
        let site = try TemporarySite.copy()
        defer { site.remove() }
        try site.write(
            "cards/modern.yml", "canvas: {width: 1200, height: 630}\nlayers:\n  - type: rectangle\n    fill: \"#zz\"\n")
        try site.write("ogcard.yml", try site.read("ogcard.yml") + "layouts: cards\n")
        #expect {
            _ = try site.build()
        } throws: { error in
            guard let failure = error as? Diagnostic else { return false }
            return failure.file?.hasSuffix("cards/modern.yml") == true && failure.line != nil
        }
    }
}
