import Foundation
import OGCardTestSupport
import Testing

@testable import OGCard

/// Whole builds and commands with hostile posts: each bad post is one line naming the file, the
/// line and the limit, and the build goes on; nothing crashes, hangs or exhausts memory.
@Suite struct SiteLimitsTests {
    /// The issue's reproduction: a lone CR inside the YAML front matter.
    static let loneCRPost = "---\ntitle: a\rslug: b\n---\nbody\n"

    /// A 10-level "billion laughs" (9^10 strings expanded; it ran 84 s to 9.9 GB before).
    static func aliasBomb() -> String {
        var lines = [#"a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]"#]
        for level in 1..<10 {
            lines.append(
                "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ",") + "]")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test func hostilePostsFailOneLineEachAndTheBuildGoesOn() throws {
        let site = try TemporarySite.copy()
        defer { site.remove() }
        try site.write("_posts/2024-01-01-lone-cr.md", Self.loneCRPost)
        try site.write("_posts/2024-01-02-bomb.md", "---\ntitle: bomb\n" + Self.aliasBomb() + "---\nbody\n")
        try site.write(
            "_posts/2024-01-03-deep.md", "---\ntitle: deep\nx: " + String(repeating: "[", count: 5000) + "\n---\n")
        let title = (1...60_000).map { "word\($0)" }.joined(separator: " ")  // 530 KB
        try site.write(
            "_posts/2024-01-04-long-title.md",
            "---\ntitle: \(title)\ntags: [" + (1...300).map { "t\($0)" }.joined(separator: ",") + "]\n---\n")
        let summary = try site.build()
        #expect(summary.posts == 11)
        #expect(
            Set(summary.failures.map(\.file)) == ["_posts/2024-01-02-bomb.md", "_posts/2024-01-03-deep.md"],
            "\(summary.failures)")
        let bomb = try #require(summary.failures.first { $0.file?.hasSuffix("bomb.md") == true })
        #expect(
            bomb.line.map { (3...13).contains($0) } == true && bomb.reason.contains("limits.front_matter_nodes"),
            "\(bomb)")
        let deep = try #require(summary.failures.first { $0.file?.hasSuffix("deep.md") == true })
        #expect(deep.line == 3 && deep.reason.contains("limits.front_matter_depth"), "\(deep)")
        // One line each: path:line: step: reason, the path once.
        for failure in summary.failures {
            #expect(
                !failure.description.contains("\n")
                    && failure.description.components(separatedBy: failure.file ?? "").count == 2, "\(failure)")
        }
        // The lone-CR post got its card under the slug YAML read after the CR.
        #expect(try DecodedImage(png: site.bytes("assets/og/b.png")).width == 1200)
        // The long title was cut, with a warning; its meta tags are short.
        #expect(
            summary.warnings.contains {
                $0.description.contains("long-title.md:2") && $0.description.contains("limits.title_characters")
            })
        #expect(
            summary.warnings.contains {
                $0.description.contains("long-title.md:3") && $0.description.contains("300 tags")
            })
        let snippet = MetaSnippet.parse(try site.read("_includes/ogcard/long-title.html"))
        let ogTitle = try #require(snippet["og:title"]?.first)
        #expect(ogTitle.count <= 300 && ogTitle.hasSuffix("…") && ogTitle.hasPrefix("word1 word2 "))
        #expect(snippet["article:tag"]?.count == 50)
        #expect(try DecodedImage(png: site.bytes("assets/og/long-title.png")).width == 1200)
    }

    @Test func metaAndPreviewOfALoneCRPostDoNotCrash() throws {
        let site = try TemporarySite.copy()
        defer { site.remove() }
        try site.write("_posts/2024-01-01-lone-cr.md", Self.loneCRPost)
        let meta = try Program.ogcard.run(["meta", "_posts/2024-01-01-lone-cr.md"], in: site.root)
        #expect(meta.status == 0, "\(meta.stderr)")
        #expect(MetaSnippet.parse(meta.stdout)["og:image"] == ["https://fieldnotes.example.org/assets/og/b.png"])
        let preview = try Program.ogcard.run(
            ["preview", "_posts/2024-01-01-lone-cr.md", "-o", "out/b.png"], in: site.root)
        #expect(preview.status == 0, "\(preview.stderr)")
        #expect(try DecodedImage(png: site.bytes("out/b.png")).height == 630)
        let build = try Program.ogcard.run(["build"], in: site.root)
        #expect(build.status == 0, "\(build.stderr)")
    }

    @Test func previewWithAnEmptySetParameterDoesNotCrash() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        // `--set =` passed validation (it has a '=') and then indexed an empty split.
        let result = try Program.ogcard.run(["preview", "--title", "x", "--set", "=", "-o", "card.png"], in: site.root)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try DecodedImage(png: site.bytes("card.png")).width == 1200)
    }

    @Test func aHugeDescriptionGivesSmallSnippetsAndJSON() throws {
        let site = try TemporarySite.copy()
        defer { site.remove() }
        // 3 MB: over the default front-matter limit, so this site raises it, as a user could.
        try site.write("ogcard.yml", try site.read("ogcard.yml") + "limits:\n  front_matter_bytes: 4194304\n")
        let description = String(repeating: "lorem ipsum dolor ", count: 170_000)
        try site.write(
            "_posts/2024-01-01-described.md", "---\ntitle: Described\ndescription: \(description)\n---\nbody\n")
        let summary = try site.build()
        #expect(summary.failures.isEmpty, "\(summary.failures)")
        let snippet = try site.read("_includes/ogcard/described.html")
        #expect(snippet.utf8.count < 4000)
        let og = try #require(MetaSnippet.parse(snippet)["og:description"]?.first)
        #expect(og.count <= 300 && og.hasSuffix("…") && description.hasPrefix(String(og.dropLast())))
        let index = try JSONDecoder().decode([String: [MetaTag]].self, from: site.bytes("_data/ogcard.json"))
        let tags = try #require(index["_posts/2024-01-01-described.md"])
        #expect(tags.first { $0.key == "og:description" }?.content == og)
        #expect(try site.bytes("_data/ogcard.json").count < 60_000)
    }

    @Test(.timeLimit(.minutes(1)))
    func aLogoThatIsAFIFOIsAWarningAndTheCardIsDrawn() throws {
        let site = try TemporarySite.copy()
        defer { site.remove() }
        guard mkfifo(site.url("logo.png").path, 0o644) == 0 else { throw CocoaError(.fileWriteUnknown) }
        try site.write("ogcard.yml", try site.read("ogcard.yml") + "logos:\n  https://example.com/logo.png: logo.png\n")
        try site.write(
            "_posts/2024-01-01-logo.md",
            """
            ---
            title: With a logo
            image: https://generator.opengraphimg.com/?style=modern&logoUrl=https%3A%2F%2Fexample.com%2Flogo.png&title=x
            ---
            body
            """)
        let summary = try site.build()
        #expect(summary.failures.isEmpty, "\(summary.failures)")
        #expect(
            summary.warnings.contains { $0.description.contains("logo.png") && $0.description.contains("FIFO") },
            "\(summary.warnings)")
        #expect(try DecodedImage(png: site.bytes("assets/og/logo.png")).width == 1200)
    }

    @Test func aSiteWideFailureComesAfterThePostFailuresFoundBeforeIt() throws {
        let site = try TemporarySite.copy()
        defer { site.remove() }
        try site.write("_posts/2024-01-02-bomb.md", "---\ntitle: bomb\n" + Self.aliasBomb() + "---\nbody\n")
        // The meta JSON's folder is a file: its write fails after every card is made.
        try site.write("blocked", "")
        try site.write("ogcard.yml", try site.read("ogcard.yml") + "meta_json: blocked/ogcard.json\n")
        let result = try Program.ogcard.run(["build"], in: site.root)
        #expect(result.status == 2)
        let lines = result.stderr.split(separator: "\n").map(String.init)
        let postLine = try #require(
            lines.firstIndex { $0.hasPrefix("error: _posts/2024-01-02-bomb.md:") }, "\(result.stderr)")
        let fatal = try #require(
            lines.firstIndex { $0.hasPrefix("ogcard: ") && $0.contains("writing the meta JSON") }, "\(result.stderr)")
        #expect(postLine < fatal)
        #expect(lines[fatal].contains("blocked/ogcard.json") && !lines[fatal].contains("manifest"), "\(lines[fatal])")
        #expect(!lines[fatal].contains(".ogcard-"), "names the file, not its temporary sibling: \(lines[fatal])")
    }
}
