import Foundation
import OGCardTestSupport
import Testing

@testable import OGCard

/// Reading titles as markup changes nothing for the 345 real posts, whose titles hold no HTML:
/// every title reads as the Markdown-only reading did, and none gains a style it should not.
@Suite struct WebologyCorpusTitleTests {
    @Test(.enabled(if: Corpus.runsWebology, Corpus.skipComment))
    func realTitlesReadAsBefore() throws {
        let corpus = try Corpus.requireWebology()
        let files = try PostReader.postFiles(in: corpus).filter { PostDate(fileName: $0.lastPathComponent) != nil }
        var checked = 0
        for file in files {
            let post = try PostReader.read(contentsOf: file)
            guard let raw = post.rawTitle else { continue }
            let before = MarkdownTitle.plainText(raw)
            #expect(TitleMarkup.plainText(raw) == before, "\(file.lastPathComponent)")
            checked += 1
        }
        #expect(checked == 344)
    }
}
