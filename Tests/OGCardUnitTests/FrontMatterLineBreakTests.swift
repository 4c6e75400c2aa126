import Foundation
import Testing

@testable import OGCard

/// YAML ends lines at a lone CR, NEL, LS and PS too; the file's lines end only at LF/CRLF. Such a
/// post crashed every command (`locate` indexed past the content lines); now keys get file lines.
@Suite struct FrontMatterLineBreakTests {
    static let yamlOnlyBreaks = ["\r", "\u{85}", "\u{2028}", "\u{2029}"]

    @Test(arguments: yamlOnlyBreaks)
    func aYAMLOnlyBreakInsideALineParsesWithFileLines(_ separator: String) throws {
        let text = "---\ntitle: a\(separator)slug: b\ntags: [x]\n---\nbody\n"
        let front = try #require(try FrontMatterParser.parse(Data(text.utf8), path: "p.md"))
        #expect(front["title"] == .scalar("a"))
        #expect(front["slug"] == .scalar("b"))
        // Both keys sit on the file's line 2; the key after them is on line 3, as an editor counts.
        #expect(front.location(of: "title")?.line == 2)
        #expect(front.location(of: "slug")?.line == 2)
        #expect(front.location(of: "tags")?.line == 3)
        let tags = try #require(front.location(of: "tags"))
        #expect(String(decoding: Array(text.utf8)[tags.byteRange], as: UTF8.self) == "tags: [x]\n")
        let post = try PostReader.parse(Data(text.utf8), path: "_posts/2024-01-01-a.md")
        #expect(post.slug == "b" && post.title == "a")
    }

    @Test func theIssuesReproductionParses() throws {
        // printf -- '---\ntitle: a\rslug: b\n---\nbody\n'
        let bytes: [UInt8] = Array("---\ntitle: a".utf8) + [0x0D] + Array("slug: b\n---\nbody\n".utf8)
        let post = try PostReader.parse(Data(bytes), path: "_posts/2024-01-01-a.md")
        #expect(post.title == "a" && post.slug == "b")
    }

    @Test func aSyntaxErrorAfterALoneCRIsReportedAtAFileLine() {
        let text = "---\ntitle: a\rslug: [b\nlayout: x\n---\n"
        #expect {
            try FrontMatterParser.parse(Data(text.utf8), path: "bad.md")
        } throws: { error in
            guard let error = error as? Diagnostic, let line = error.line else { return false }
            return error.step == .parseYAML && (2...4).contains(line)
        }
    }

    @Test func locateIgnoresKeyLinesOutsideTheContent() {
        let bytes = Array("---\na: 1\nb: 2\n---\n".utf8)
        let lines = SourceLine.split(bytes)
        let content = Array(lines[1..<3])
        let starts = [
            FrontMatterParser.KeyStart(key: "a", line: 2), FrontMatterParser.KeyStart(key: "far", line: 99),
            FrontMatterParser.KeyStart(key: "before", line: -5), FrontMatterParser.KeyStart(key: "b", line: 3),
        ]
        let located = FrontMatterParser.locate(starts, contentLines: content, bytes: bytes)
        #expect(located.map(\.key) == ["a", "b"])
        #expect(located.map(\.line) == [2, 3])
        #expect(FrontMatterParser.locate(starts, contentLines: [], bytes: bytes).isEmpty)
    }

    @Test(arguments: [
        "---\ntitle: a\rimage: https://generator.opengraphimg.com/?title=a\n---\nbody\n",
        "---\nimage: https://generator.opengraphimg.com/?title=a\rtitle: b\n---\nbody\n",
    ])
    func theRewriterRefusesAnImageLineAnotherKeyShares(_ text: String) throws {
        #expect {
            try ImageLineRewriter().rewrite(Data(text.utf8), to: "/assets/og/a.png", path: "p.md")
        } throws: { error in
            guard let error = error as? Diagnostic else { return false }
            return error.step == .rewritePost && error.line == 2
        }
    }

    @Test func aKeyOnItsOwnLineAfterALoneCRIsStillRewritten() throws {
        let text = "---\ntitle: a\rslug: b\nimage: https://generator.opengraphimg.com/?title=a\n---\nbody\n"
        let (outcome, result) = try PostTestSupport.rewrite(text, to: "/assets/og/b.png")
        #expect(outcome == .changed(line: 3))
        #expect(result == "---\ntitle: a\rslug: b\nimage: /assets/og/b.png\n---\nbody\n")
    }
}
