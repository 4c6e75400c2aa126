import Foundation
import OGCard
import OGCardTestSupport
import Testing

/// Card bytes across a whole build: the same with 1 or 2 workers (spliced encoding shares the
/// backdrop per worker), and the size budget's warning.
@Suite struct CardBytesSiteTests {
    static let titles = [
        "PyCon US 2017", "日本語のタイトル 漢字 かな", "Family 👨‍👩‍👧‍👦 👍🏽", "مرحبا بالعالم and שלום",
        String(repeating: "long words ", count: 30), "Django `UserPassesTestMixin`", "Short", "Tags and more tags",
    ]

    static func site(design: String, extra: String = "") throws -> TemporarySite {
        let site = try TemporarySite()
        try site.write("_config.yml", "title: Bytes\nurl: https://bytes.example.com\nauthor: Ann\n")
        try site.write("ogcard.yml", "design: \(design)\n\(extra)")
        for (index, title) in titles.enumerated() {
            let tags = (0..<(index % 4)).map { "tag\($0)" }.joined(separator: ", ")
            try site.write(
                "_posts/2024-01-0\(index + 1)-post\(index).md",
                "---\ntitle: \"\(title)\"\ntags: [\(tags)]\n---\nBody.\n")
        }
        return site
    }

    @Test(arguments: ["modern", "ogcard", "custom"])
    func oneAndTwoWorkersWriteTheSameCards(design: String) throws {
        var cards: [[String: Data]] = []
        for jobs in [1, 2] {
            let site = try Self.site(design: design)
            defer { site.remove() }
            let summary = try site.build(jobs: jobs)
            #expect(summary.failures.isEmpty, "\(summary.failures)")
            let files = try site.files().filter { $0.key.hasSuffix(".png") }
            #expect(files.count == Self.titles.count)
            for (path, png) in files { #expect(try DecodedImage(png: png).width == 1200, "\(path)") }
            cards.append(files)
        }
        #expect(cards[0] == cards[1], "\(design): cards differ between --jobs 1 and --jobs 2")
    }

    @Test func overBudgetCardsAreQuantisedWithAWarningNamingThePost() throws {
        let site = try Self.site(design: "modern", extra: "max_card_bytes: 1000\n")
        defer { site.remove() }
        let summary = try site.build()
        #expect(summary.failures.isEmpty, "\(summary.failures)")
        let warnings = summary.diagnostics.filter { $0.severity == .warning && $0.step == .encodePNG }
        #expect(warnings.count == Self.titles.count, "\(summary.diagnostics)")
        let first = try #require(warnings.first { $0.file == "_posts/2024-01-01-post0.md" })
        #expect(first.reason.contains("assets/og/") && first.reason.contains("max_card_bytes (1000 bytes)"), "\(first)")
        #expect(first.reason.contains("still over budget"), "\(first)")
        let pngs = try site.files().filter { $0.key.hasSuffix(".png") }
        for (path, png) in pngs {
            #expect(png[25] == 3, "\(path) should be a palette PNG")
            _ = try DecodedImage(png: png)
        }
        // The budget is in the digest: raising it re-renders every card, as plain RGB again.
        try site.write("ogcard.yml", "design: modern\n")
        let again = try site.build()
        #expect(again.rendered == Self.titles.count)
        #expect(!again.diagnostics.contains { $0.step == .encodePNG })
        for (path, png) in try site.files().filter({ $0.key.hasSuffix(".png") }) {
            #expect(png[25] == 2, "\(path) should be RGB")
        }
    }
}
