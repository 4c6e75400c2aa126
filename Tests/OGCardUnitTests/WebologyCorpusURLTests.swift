import Foundation
import OGCard
import Testing

/// Every opengraphimg URL of the real webology blog parses as the spec says.
@Suite struct WebologyCorpusURLTests {
    /// `../shared/corpus/webology` next to the package root, or nil when absent.
    static var corpus: URL? {
        let root = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let folder = root.deletingLastPathComponent().appendingPathComponent("shared/corpus/webology")
        return FileManager.default.fileExists(atPath: folder.path) ? folder : nil
    }

    @Test func everyURLParses() throws {
        guard let folder = Self.corpus else {
            // Skipping locally is fine; CI must have the corpus.
            if ProcessInfo.processInfo.environment["CI"] != nil {
                Issue.record("corpus ../shared/corpus/webology missing")
            }
            return
        }
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
            "https://generator.opengraphimg.com/?atSymbol=true&author=webology&authorSize=text-2xl&style=modern&tags=python%2Cdjango%2Cmixins&title=Django+%60UserPassesTestMixin%60")
        #expect(url.parameters.title == "Django `UserPassesTestMixin`")
        #expect(url.parameters.tags == ["python", "django", "mixins"])
    }
}
