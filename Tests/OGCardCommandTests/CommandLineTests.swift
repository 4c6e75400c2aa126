import Foundation
import OGCardBenchmarks
import OGCardTestSupport
import Testing

@testable import OGCard

/// The `ogcard` command as users run it: outputs, exit codes, error lines.
@Suite struct CommandLineTests {
    @Test func previewOfAnOpengraphimgURLPrintsThePathOfA1200By630PNG() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        let result = try Program.ogcard.run(
            [
                "preview",
                "https://generator.opengraphimg.com/?atSymbol=true&author=webology&authorSize=text-2xl&style=modern&tags=pycon&title=PyCon+US+2017",
            ],
            in: site.root)
        #expect(result.status == 0, "\(result.stderr)")
        let path = result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(path.hasSuffix("output/pycon-us-2017.png"))
        let image = try DecodedImage(png: Data(contentsOf: URL(fileURLWithPath: path)))
        #expect(image.width == 1200 && image.height == 630)
        #expect(image.pixel(0, 0) == Pixel(hex: "161E2E"))
    }

    @Test func previewOfAPostPrintsItsPathAndMetaTags() throws {
        let site = try TemporarySite.copy()
        defer { site.remove() }
        let result = try Program.ogcard.run(
            ["preview", "_posts/2017-06-02-pycon-us-2017.md", "-o", "out/p.png"], in: site.root)
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.first?.hasSuffix("out/p.png") == true)
        let tags = MetaSnippet.parse(result.stdout)
        #expect(tags["og:title"] == ["PyCon US 2017"])
        #expect(tags["og:image"] == ["https://fieldnotes.example.org/assets/og/pycon-us-2017.png"])
        // A preview writes nothing into the site but the PNG it was asked for.
        #expect(!FileManager.default.fileExists(atPath: site.url("assets").path))
    }

    @Test func metaPrintsHTMLOrJSON() throws {
        let site = try TemporarySite.copy()
        defer { site.remove() }
        let html = try Program.ogcard.run(["meta", "_posts/2020-04-14-rtl-titles.md"], in: site.root)
        #expect(html.status == 0, "\(html.stderr)")
        #expect(MetaSnippet.parse(html.stdout)["og:title"] == ["مرحبا بالعالم — Hello, world, and שלום עולם"])
        let json = try Program.ogcard.run(
            ["meta", "_posts/2020-04-14-rtl-titles.md", "--format", "json"], in: site.root)
        let tags = try JSONDecoder().decode([MetaTag].self, from: Data(json.stdout.utf8))
        #expect(tags.contains { $0.key == "twitter:card" && $0.content == "summary_large_image" })
    }

    @Test func malformedColourIsOneLineAndExit1() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        let result = try Program.ogcard.run(
            ["preview", "https://generator.opengraphimg.com/?style=modern&background=zz12&title=x"], in: site.root)
        #expect(result.status == 1)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 1, "\(result.stderr)")
        #expect(result.stderr.contains("background") && result.stderr.contains("zz12"))
        #expect(!FileManager.default.fileExists(atPath: site.url("output").path))
    }

    @Test func malformedURLIsOneLineAndExit1() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        let result = try Program.ogcard.run(
            ["preview", "https://generator.opengraphimg.com/?title=%E2%28"], in: site.root)
        // Invalid UTF-8 is decoded with a warning, never a crash; a URL that is not a URL at all fails.
        #expect(result.status == 0 || result.status == 1)
        let bad = try Program.ogcard.run(["preview", "definitely-not-a-post-or-url.md"], in: site.root)
        #expect(bad.status == 1)
        #expect(bad.stderr.split(separator: "\n").count == 1 && bad.stderr.contains("definitely-not-a-post-or-url.md"))
    }

    @Test func unwritableOutputIsOneLineNamingThePath() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        try site.write("blocker", "")
        let result = try Program.ogcard.run(["preview", "--title", "x", "-o", "blocker/card.png"], in: site.root)
        #expect(result.status == 1)
        #expect(
            result.stderr.split(separator: "\n").count == 1 && result.stderr.contains("blocker"), "\(result.stderr)")
    }

    @Test func buildExitCodesAndJSONSummary() throws {
        let site = try TemporarySite.copy()
        defer { site.remove() }
        let first = try Program.ogcard.run(["build", "--json"], in: site.root, environment: ["CI": "true"])
        #expect(first.status == 0, "\(first.stderr)")
        let summary = try JSONDecoder().decode(BuildSummary.self, from: Data(first.stdout.utf8))
        #expect(summary.rendered == 6 && summary.rewritten == 6 && summary.failures.isEmpty)
        let check = try Program.ogcard.run(["build", "--check"], in: site.root)
        #expect(check.status == 0, "\(check.stderr)")
        try site.write("_posts/2023-05-05-new.md", "---\ntitle: New post\n---\nHello.\n")
        let stale = try Program.ogcard.run(["build", "--check"], in: site.root)
        #expect(stale.status == 1)
        #expect(stale.stdout.contains("_posts/2023-05-05-new.md: render assets/og/new.png"))
        try site.write("_posts/2023-05-06-broken.md", "---\ntitle: [unclosed\n---\n")
        let failing = try Program.ogcard.run(["build"], in: site.root)
        #expect(failing.status == 1)
        #expect(failing.stderr.contains("_posts/2023-05-06-broken.md:"), "\(failing.stderr)")
        try site.write("ogcard.yml", "unknown_key: 1\n")
        let badConfig = try Program.ogcard.run(["build"], in: site.root)
        #expect(badConfig.status == 2)
        #expect(badConfig.stderr.contains("ogcard.yml:1"), "\(badConfig.stderr)")
    }

    @Test func progressIsPlainLinesWhenNotATerminal() throws {
        let site = try TemporarySite.copy()
        defer { site.remove() }
        let result = try Program.ogcard.run(["build"], in: site.root, environment: ["CI": "true"])
        #expect(result.status == 0)
        #expect(result.stderr.contains("progress: 100%  7/7"))
        #expect(!result.stderr.contains("\r"))
        #expect(result.stderr.contains("ogcard build: 7 posts, 6 rendered"))
    }

    @Test func versionAndHelpWithExamples() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        let version = try Program.ogcard.run(["--version"], in: site.root)
        #expect(version.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == OGCardVersion.string)
        for command in ["build", "regenerate", "preview", "meta"] {
            let help = try Program.ogcard.run([command, "--help"], in: site.root)
            #expect(help.status == 0)
            #expect(help.stdout.contains("Examples:") && help.stdout.contains("ogcard \(command)"), "\(command)")
        }
    }

    @Test func anInterruptedBuildLeavesWholeFilesAndTheNextBuildFinishes() throws {
        let ogcard = try Program.ogcard
        let site = try TemporarySite()
        defer { site.remove() }
        try SiteBenchmark.makeSite(at: site.root, posts: 120)
        let process = try ogcard.start(["build", "--jobs", "1", "--quiet"], in: site.root)
        // Kill it mid-build, as Ctrl-C or a CI timeout would.
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline {
            let cards = (try? FileManager.default.contentsOfDirectory(atPath: site.url("assets/og").path))?.count ?? 0
            if cards >= 5 { break }
            Thread.sleep(forTimeInterval: 0.02)
        }
        process.kill(SIGKILL)
        _ = try process.wait()
        // Every card that exists is a whole PNG; no temporary files are visible as cards.
        for name in try FileManager.default.contentsOfDirectory(atPath: site.url("assets/og").path)
        where name.hasSuffix(".png") && !name.hasPrefix(".") {
            let image = try DecodedImage(png: site.bytes("assets/og/\(name)"))
            #expect(image.width == 1200, "\(name)")
        }
        // A temporary file such as a kill leaves behind is cleaned up by the next build.
        try site.write("assets/og/.post-3.png.ogcard-Ab12Cd", "partial")
        let resumed = try site.build()
        #expect(!FileManager.default.fileExists(atPath: site.url("assets/og/.post-3.png.ogcard-Ab12Cd").path))
        #expect(resumed.failures.isEmpty)
        #expect(resumed.rendered > 0 && resumed.rendered <= 120)
        #expect(try site.build().rendered == 0)
        let pngs = try FileManager.default.contentsOfDirectory(atPath: site.url("assets/og").path).filter {
            $0.hasSuffix(".png") && !$0.hasPrefix(".")
        }
        #expect(pngs.count == 120)
    }
}
