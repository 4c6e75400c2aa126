import Foundation
import OGCardTestSupport
import Testing

@testable import OGCard

/// Validates reading and rewriting against 345 real Jekyll posts kept outside the package, in
/// `../shared/corpus/webology` beside the checkout. When it is missing the test is reported as
/// skipped, except on CI (`CI` set), where a missing corpus is a failure.
@Suite struct WebologyCorpusPostTests {
    @Test(.enabled(if: Corpus.runsWebology, Corpus.skipComment))
    func readsAndRewritesEveryPost() throws {
        let corpus = try Corpus.requireWebology()
        // Jekyll only treats `YYYY-MM-DD-name.md` in `_posts` as posts; the corpus also holds
        // a SOURCE.md provenance note, which is not a post.
        let files = try PostReader.postFiles(in: corpus).filter { PostDate(fileName: $0.lastPathComponent) != nil }
        #expect(files.count == 345)

        var posts: [Post] = []
        for file in files {
            do {
                posts.append(try PostReader.read(contentsOf: file))
            } catch {
                Issue.record("\(error)")
            }
        }
        #expect(posts.count == 345)
        for post in posts {
            #expect(!post.title.isEmpty, "\(post.path)")
            #expect(post.date != nil, "\(post.path)")
        }
        // One micro.blog import has `title: ""` and file name `2024-08-03-.md`: its title
        // falls back to the body's first line, with a warning naming the file.
        let fallbacks = posts.filter(\.isTitleFallback)
        #expect(fallbacks.map { URL(fileURLWithPath: $0.path).lastPathComponent } == ["2024-08-03-.md"])
        #expect(fallbacks.first?.title.hasPrefix("📺 Kingdom of the Planet of the Apes") == true)
        #expect(
            fallbacks.first?.warnings.contains { $0.file?.hasSuffix("2024-08-03-.md") == true && $0.line == 7 } == true)
        let generated = posts.filter { $0.image.map { OpenGraphImageURL.isOpenGraphImageURL($0.path) } ?? false }
        #expect(generated.count == 59)
        let slugs = PostSlug.uniqued(posts.map(\.slug))
        #expect(Set(slugs).count == posts.count)

        let scratch = try TemporarySite()
        defer { scratch.remove() }
        // Only posts with an opengraphimg image are touched: adding missing keys is off here.
        let options = ImageRewriteOptions(addMissingKey: false)
        var changed: Set<String> = []
        for (post, slug) in zip(posts, slugs) {
            let name = URL(fileURLWithPath: post.path).lastPathComponent
            let copy = scratch.url(name)
            try FileManager.default.copyItem(atPath: post.path, toPath: copy.path)
            try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: copy.path)
            let before = try Data(contentsOf: copy)
            let newImage = "/assets/og/\(slug).png"
            let outcome = try PostRewriter.rewriteImage(inFileAt: copy, to: newImage, options: options)
            let after = try Data(contentsOf: copy)
            guard case .changed(let line) = outcome else {
                #expect(before == after, "\(name)")
                continue
            }
            changed.insert(post.path)
            Self.expectOnlyImageLineChanged(before: before, after: after, line: line, newImage: newImage, name: name)
            #expect(try PostRewriter.rewriteImage(inFileAt: copy, to: newImage, options: options) == .unchanged)
            #expect(try Data(contentsOf: copy) == after, "\(name)")
            #expect(try PostReader.read(contentsOf: copy).image?.path == newImage)
        }
        #expect(changed == Set(generated.map(\.path)))
        #expect(changed.count == 59)
    }

    /// Splits both versions into lines (endings included) and checks that exactly one
    /// differs, that it is `line`, and that it is the `image:` line with the old line ending.
    static func expectOnlyImageLineChanged(before: Data, after: Data, line: Int, newImage: String, name: String) {
        let oldLines = lines(before)
        let newLines = lines(after)
        #expect(oldLines.count == newLines.count, "\(name)")
        let differing = zip(oldLines, newLines).enumerated().filter { $0.element.0 != $0.element.1 }.map(\.offset)
        #expect(differing == [line - 1], "\(name)")
        guard differing == [line - 1] else { return }
        let old = String(decoding: oldLines[line - 1], as: UTF8.self)
        let new = String(decoding: newLines[line - 1], as: UTF8.self)
        #expect(old.hasPrefix("image: ") && new.hasPrefix("image: \(newImage)"), "\(name)")
        #expect(old.hasSuffix("\r\n") == new.hasSuffix("\r\n"), "\(name)")
    }

    static func lines(_ data: Data) -> [[UInt8]] {
        var result: [[UInt8]] = []
        var current: [UInt8] = []
        for byte in data {
            current.append(byte)
            if byte == 0x0A { result.append(current); current = [] }
        }
        if !current.isEmpty { result.append(current) }
        return result
    }
}
