import Foundation
import Testing

@testable import OGCard

/// Byte-level fast paths that replaced slower Foundation calls on every post of every build
/// give the answers of the code they replaced.
@Suite struct FastPathEquivalenceTests {
    @Test func isSanitizedIsExactlyWhatSanitizeLeavesUnchanged() {
        let alphabet = ["a", "z", "0", "9", "-", "A", "\u{e9}", "'", "/", " ", "_"]
        var texts = [""]
        var frontier = [""]
        for _ in 0..<4 {
            frontier = frontier.flatMap { prefix in alphabet.map { prefix + $0 } }
            texts += frontier
        }
        texts += [
            String(repeating: "a", count: 80), String(repeating: "a", count: 81),
            String(repeating: "ab-", count: 26) + "ab", String(repeating: "ab-", count: 27),
        ]
        for text in texts {
            #expect(PostSlug.isSanitized(Array(text.utf8)) == (PostSlug.sanitize(text) == text), "\(text)")
        }
    }

    @Test func relativePathsAreTheStandardizedOnes() {
        let roots = ["/site", "/site/", "/work/.build-scale/site", "/a/./site", "/a/../site", "//site", "/"]
        let files = [
            "/site/_posts/a.md", "/site/_posts/./a.md", "/site/_posts/../_posts/a.md", "/site//_posts/a.md",
            "/site/.hidden/a.md", "/site/_posts/...md", "/site/_posts/..", "/other/a.md", "/sitex/a.md",
            "/work/.build-scale/site/_posts/a.md", "/site/_posts/a.md/",
        ]
        for root in roots {
            for file in files {
                let rootURL = URL(fileURLWithPath: root)
                let fileURL = URL(fileURLWithPath: file)
                let base = rootURL.standardizedFileURL.path
                let prefix = base.hasSuffix("/") ? base : base + "/"
                let standard = fileURL.standardizedFileURL.path
                let expected = standard.hasPrefix(prefix) ? String(standard.dropFirst(prefix.count)) : standard
                #expect(SitePaths.relative(fileURL, to: rootURL) == expected, "\(file) in \(root)")
            }
        }
    }
}
