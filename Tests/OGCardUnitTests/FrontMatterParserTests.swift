import Foundation
import Testing

@testable import OGCard

@Suite struct FrontMatterParserTests {
    @Test func yamlBlockAndKeyRanges() throws {
        let text = "---\ntitle: Hello\ntags:\n- a\n- b\n\n# note\nlayout: post\n---\nBody\n"
        let bytes = Array(text.utf8)
        let fm = try #require(try FrontMatterParser.parse(bytes: bytes, path: "p.md"))
        #expect(fm.format == .yaml)
        #expect(
            String(decoding: bytes[fm.blockRange], as: UTF8.self)
                == "---\ntitle: Hello\ntags:\n- a\n- b\n\n# note\nlayout: post\n---\n")
        let tags = try #require(fm.location(of: "tags"))
        #expect(tags.line == 3 && tags.lastLine == 5)
        #expect(String(decoding: bytes[tags.byteRange], as: UTF8.self) == "tags:\n- a\n- b\n")
        #expect(fm.location(of: "layout")?.line == 8)
        #expect(fm["tags"] == .list([.scalar("a"), .scalar("b")]))
        #expect(fm.closingLine == 9)
    }

    @Test func yamlDotsCloserBOMAndCRLF() throws {
        let text = "\u{FEFF}---\r\ntitle: Hi\r\nlayout: post\n...\r\nBody"
        let bytes = Array(text.utf8)
        let fm = try #require(try FrontMatterParser.parse(bytes: bytes, path: "p.md"))
        #expect(fm.hasByteOrderMark)
        #expect(fm.lineEnding == "\r\n")
        #expect(fm.blockRange.lowerBound == 3)
        #expect(fm["title"] == .scalar("Hi"))
        #expect(String(decoding: bytes[fm.location(of: "title")!.byteRange], as: UTF8.self) == "title: Hi\r\n")
        #expect(String(decoding: bytes[fm.bodyStart...], as: UTF8.self) == "Body")
    }

    @Test func noFrontMatter() throws {
        #expect(try FrontMatterParser.parse(Data("# Just markdown\n".utf8), path: "p.md") == nil)
        #expect(try FrontMatterParser.parse(Data(), path: "p.md") == nil)
    }

    @Test func unterminatedBlockNamesFileAndLine() {
        #expect {
            try FrontMatterParser.parse(Data("---\ntitle: x\nbody\n".utf8), path: "a/b.md")
        } throws: { error in
            let error = error as? Diagnostic
            return error?.file == "a/b.md" && error?.line == 1 && error?.step == .findFrontMatter
        }
    }

    @Test func invalidYAMLNamesFileAndLine() {
        #expect {
            try FrontMatterParser.parse(Data("---\ntitle: ok\ntags: [a, b\nlayout: x\n---\n".utf8), path: "bad.md")
        } throws: { error in
            guard let error = error as? Diagnostic else { return false }
            return error.file == "bad.md" && error.step == .parseYAML && (error.line ?? 0) >= 3
                && error.description.hasPrefix("bad.md:")
        }
    }

    @Test func toml() throws {
        let text = """
            +++
            title = "Hugo \\"post\\""  # comment
            date = 2021-03-26T21:38:00-06:00
            draft = false
            tags = ["a", 'b',
              "c"]
            summary = '''
            Multi
            line'''

            [params]
            image = "/p.png"
            [taxonomies]
            series = ["x"]
            +++
            Body
            """
        let bytes = Array(text.utf8)
        let fm = try #require(try FrontMatterParser.parse(bytes: bytes, path: "p.md"))
        #expect(fm.format == .toml)
        #expect(fm["title"] == .scalar("Hugo \"post\""))
        #expect(fm["date"] == .scalar("2021-03-26T21:38:00-06:00"))
        #expect(fm["tags"] == .list([.scalar("a"), .scalar("b"), .scalar("c")]))
        #expect(fm["summary"] == .scalar("Multi\nline"))
        #expect(fm["params"]?["image"] == .scalar("/p.png"))
        #expect(fm["taxonomies"]?["series"] == .list([.scalar("x")]))
        #expect(fm.location(of: "tags")?.line == 5 && fm.location(of: "tags")?.lastLine == 6)
        #expect(fm.location(of: "params")?.isTable == true)
        let post = try PostReader.parse(Data(bytes), path: "p.md")
        #expect(post.date?.iso8601 == "2021-03-26T21:38:00-06:00")
        #expect(post.description == "Multi\nline")
    }

    @Test func tomlErrorNamesLine() {
        #expect {
            try FrontMatterParser.parse(Data("+++\ntitle = \"ok\"\ntags = oops\n+++\n".utf8), path: "t.md")
        } throws: { error in
            (error as? Diagnostic)?.line == 3 && (error as? Diagnostic)?.step == .parseTOML
        }
    }

    @Test func json() throws {
        let text =
            "{\n  \"title\": \"JSON \\u00e9 \\ud83d\\ude00\",\n  \"tags\": [\"a\", \"b\"],\n  \"draft\": false\n}\n\nBody\n"
        let bytes = Array(text.utf8)
        let fm = try #require(try FrontMatterParser.parse(bytes: bytes, path: "p.md"))
        #expect(fm.format == .json)
        #expect(fm["title"] == .scalar("JSON é 😀"))
        #expect(fm["draft"] == .scalar("false"))
        #expect(fm.location(of: "tags")?.line == 3)
        #expect(String(decoding: bytes[fm.bodyStart...], as: UTF8.self) == "\nBody\n")
    }

    @Test func jsonUnterminated() {
        #expect(throws: Diagnostic.self) {
            try FrontMatterParser.parse(Data("{\n \"title\": \"x\"\n\nBody".utf8), path: "j.md")
        }
    }

    /// Fuzzing found a trap: a high surrogate escape followed by an escape that is not a low
    /// surrogate (`\ud83d\u0e0d`) underflowed while the pair was combined (and `\uffff` made a
    /// wrong character). A broken pair is an invalid escape, like a lone surrogate.
    @Test(arguments: ["\\ud83d\\u0e0d", "\\ud83d\\ud83d", "\\ud83d\\uffff", "\\ud83d", "\\ude00"])
    func jsonBrokenSurrogatePairIsAnError(escape: String) {
        #expect(throws: Diagnostic.self) {
            try FrontMatterParser.parse(Data("{\"title\": \"\(escape)\"}\nBody".utf8), path: "j.md")
        }
    }

    @Test(arguments: ["a.md", "a.markdown", "a.mdx", "a.HTML"])
    func postExtensions(name: String) {
        #expect(PostReader.isPostFile(URL(fileURLWithPath: name)))
    }
}
