import Foundation
import OGCard
import OGCardTestSupport
import Testing

/// Every opengraphimg URL of the real webology blog parses as the spec says.
@Suite struct WebologyCorpusURLTests {
    @Test(.enabled(if: Corpus.runsWebology, Corpus.skipComment))
    func everyURLParses() throws {
        let folder = try Corpus.requireWebology()
        var count = 0
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        for name in files {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            where line.hasPrefix("image:") {
                let value = String(line.dropFirst("image:".count))
                guard OpenGraphImageURL.isOpenGraphImageURL(value) else { continue }
                count += 1
                let url: OpenGraphImageURL
                do {
                    url = try OpenGraphImageURL.parse(value)
                } catch {
                    Issue.record("\(error.located(file: name, line: index + 1))")
                    continue
                }
                let p = url.parameters
                #expect(url.warnings.isEmpty, "\(name): \(url.warnings)")
                #expect(p.style == .modern, "\(name)")
                #expect(p.atSymbol == true, "\(name)")
                #expect(p.author == "webology", "\(name)")
                #expect(p.authorSize?.fontSize == 24, "\(name)")
                #expect(p.tags != nil, "\(name)")
                #expect(p.tags?.allSatisfy { !$0.isEmpty && !$0.contains(",") } == true, "\(name)")
                let title = try #require(p.title, "\(name)")
                #expect(!title.contains("+") || value.contains("%2B"), "\(name): \(title)")
                #expect(!title.contains("\u{FFFD}"), "\(name): \(title)")
                #expect(p.design.canonicalKey == "style=modern&atSymbol=true", "\(name)")
            }
        }
        #expect(count == 59)
    }

    @Test func knownTitle() throws {
        let url = try OpenGraphImageURL.parse(
            "https://generator.opengraphimg.com/?atSymbol=true&author=webology&authorSize=text-2xl&style=modern&tags=python%2Cdjango%2Cmixins&title=Django+%60UserPassesTestMixin%60"
        )
        #expect(url.parameters.title == "Django `UserPassesTestMixin`")
        #expect(url.parameters.tags == ["python", "django", "mixins"])
    }
}
