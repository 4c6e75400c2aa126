import Foundation
import OGCardTestSupport
import Testing

@testable import OGCard

/// The proof on real data: `ogcard build` on a copy of 345 real Jekyll posts (59 opengraphimg URLs).
@Suite struct WebologyCorpusBuildTests {
    @Test(.enabled(if: Corpus.runsWebology, Corpus.skipComment))
    func corpusBuildsRewritesExactlyTheURLLinesAndRebuildsNothing() throws {
        let corpus = try Corpus.requireWebology()
        let site = try TemporarySite()
        defer { site.remove() }
        try FileManager.default.createDirectory(at: site.url("_posts"), withIntermediateDirectories: true)
        var originals: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: corpus.path) where name.first?.isNumber == true
        {
            let data = try Data(contentsOf: corpus.appendingPathComponent(name))
            originals[name] = data
            try data.write(to: site.url("_posts/\(name)"))
        }
        #expect(originals.count == 345)
        try site.write("_config.yml", "title: Webology\nurl: https://jefftriplett.com\nauthor: webology\n")

        // Issue 3: every URL decodes to the modern design; the card's text is the front matter's.
        let build = SiteBuild(config: try site.config())
        var urlPosts = 0
        for name in originals.keys.sorted() {
            let plan = try build.plan(postAt: site.url("_posts/\(name)"))
            guard plan.urlDesign != nil else { continue }
            urlPosts += 1
            guard case .openGraphImage(let parameters) = plan.design else {
                Issue.record("\(name): not an opengraphimg design")
                continue
            }
            #expect(parameters.style == .modern && parameters.atSymbol, "\(name)")
            #expect(plan.content.title == plan.post.title && plan.content.tags == plan.post.tags, "\(name)")
        }
        #expect(urlPosts == 59)

        let summary = try site.build()
        #expect(summary.failures.isEmpty, "\(summary.failures.prefix(5))")
        #expect(summary.rewritten == 59)

        var rewrittenPosts = 0
        for (name, original) in originals {
            let now = try site.bytes("_posts/\(name)")
            if now == original { continue }
            rewrittenPosts += 1
            // Exactly one line differs: the image line, now pointing at a local 1200×630 card.
            let before = original.split(separator: 0x0A, omittingEmptySubsequences: false)
            let after = now.split(separator: 0x0A, omittingEmptySubsequences: false)
            #expect(before.count == after.count, "\(name)")
            let changed = zip(before, after).filter { $0 != $1 }
            #expect(changed.count == 1, "\(name)")
            guard let line = changed.first else { continue }
            #expect(String(decoding: line.0, as: UTF8.self).contains("opengraphimg.com"), "\(name)")
            let newLine = String(decoding: line.1, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            #expect((line.1.last == 0x0D) == (line.0.last == 0x0D), "\(name): line ending kept")
            let path = try #require(newLine.split(separator: " ").last.map(String.init), "\(name)")
            #expect(newLine == "image: \(path)" && path.hasPrefix("/assets/og/"), "\(name): \(newLine)")
            let image = try DecodedImage(png: site.bytes(String(path.dropFirst())))
            #expect(image.width == 1200 && image.height == 630, "\(name)")
        }
        #expect(rewrittenPosts == 59)

        // A snippet per post, each with an absolute image URL.
        let snippets = try FileManager.default.contentsOfDirectory(atPath: site.url("_includes/ogcard").path)
        #expect(snippets.count == 345)
        for snippet in snippets {
            let tags = MetaSnippet.parse(try site.read("_includes/ogcard/\(snippet)"))
            #expect(tags["og:image"]?.first?.hasPrefix("https://jefftriplett.com/") == true, "\(snippet)")
        }

        // A second build renders nothing and changes no file.
        let snapshot = try site.snapshot()
        let second = try site.build()
        #expect(second.rendered == 0 && second.rewritten == 0 && second.failures.isEmpty)
        #expect(try site.snapshot() == snapshot)

        // Editing one title: --check reports exactly that card, the build re-renders exactly it.
        let edited = "_posts/2017-06-02-pycon-us-2017.md"
        try site.write(
            edited,
            try site.read(edited).replacingOccurrences(
                of: "title: PyCon US 2017", with: "title: PyCon US 2017, revisited"))
        let check = try site.build(.check)
        #expect(!check.succeeded)
        #expect(check.stale.filter { $0.contains(": render ") } == ["\(edited): render assets/og/pycon-us-2017.png"])
        let third = try site.build()
        #expect(third.rendered == 1)
    }
}
