import Foundation
import OGCardTestSupport
import Testing

@testable import OGCard

@Suite struct ImageLineRewriterTests {
    static let og = "https://generator.opengraphimg.com/?title=Hi+there&style=modern"

    @Test func unquotedValueOnlyThatLineChanges() throws {
        let text = "---\ntitle: Hi\nimage: \(Self.og)\nlayout: post # keep\n---\nBody\n\n"
        let (outcome, result) = try PostTestSupport.rewrite(text)
        #expect(outcome == .changed(line: 3))
        #expect(result == "---\ntitle: Hi\nimage: /assets/og/pycon-us-2017.png\nlayout: post # keep\n---\nBody\n\n")
    }

    @Test func crlfPreserved() throws {
        let text = "---\r\ntitle: Hi\r\nimage: \(Self.og)\r\ntags:\n- a\r\n---\r\nBody\r\nno newline at end"
        let (_, result) = try PostTestSupport.rewrite(text)
        #expect(
            result
                == "---\r\ntitle: Hi\r\nimage: /assets/og/pycon-us-2017.png\r\ntags:\n- a\r\n---\r\nBody\r\nno newline at end"
        )
    }

    @Test func quoteStylesKept() throws {
        #expect(
            try PostTestSupport.rewrite("---\nimage: '\(Self.og)'\n---\n", to: "/it's.png").1
                == "---\nimage: '/it''s.png'\n---\n")
        #expect(
            try PostTestSupport.rewrite("---\nimage: \"\(Self.og)\"  # c\n---\n", to: "/a\"b.png").1
                == "---\nimage: \"/a\\\"b.png\"  # c\n---\n")
    }

    @Test func plainValueThatNeedsQuotesGetsQuoted() throws {
        #expect(
            try PostTestSupport.rewrite("---\nimage: \(Self.og)\n---\n", to: "a: b #c").1
                == "---\nimage: 'a: b #c'\n---\n")
        #expect(
            try PostTestSupport.rewrite("---\nimage: \(Self.og)\n---\n", to: "true").1 == "---\nimage: 'true'\n---\n")
    }

    @Test func emptyValueGetsFilled() throws {
        #expect(
            try PostTestSupport.rewrite("---\nimage:\ntitle: A\n---\n").1
                == "---\nimage: /assets/og/pycon-us-2017.png\ntitle: A\n---\n")
        #expect(
            try PostTestSupport.rewrite("---\nimage: # todo\n---\n").1
                == "---\nimage: /assets/og/pycon-us-2017.png # todo\n---\n")
    }

    @Test func missingKeyIsAddedWithBlockLineEnding() throws {
        let (outcome, result) = try PostTestSupport.rewrite("---\r\ntitle: A\r\n---\r\nBody")
        #expect(outcome == .changed(line: 3))
        #expect(result == "---\r\ntitle: A\r\nimage: /assets/og/pycon-us-2017.png\r\n---\r\nBody")
        let (skipped, same) = try PostTestSupport.rewrite("---\ntitle: A\n---\n", options: .init(addMissingKey: false))
        #expect(skipped == .skipped(reason: "no image key and adding one is disabled"))
        #expect(same == "---\ntitle: A\n---\n")
    }

    @Test func missingBlockRefusedByDefaultOrAdded() throws {
        let (outcome, same) = try PostTestSupport.rewrite("# Title\r\nBody\r\n")
        #expect(outcome == .skipped(reason: "no front matter block"))
        #expect(same == "# Title\r\nBody\r\n")
        let (added, result) = try PostTestSupport.rewrite(
            "\u{FEFF}# Title\r\nBody\r\n", options: .init(addMissingBlock: true))
        #expect(added == .changed(line: 2))
        #expect(result == "\u{FEFF}---\r\nimage: /assets/og/pycon-us-2017.png\r\n---\r\n# Title\r\nBody\r\n")
    }

    @Test func mappingImagePathReplaced() throws {
        let text = "---\nimage:\n  alt: The alt\n  path: \(Self.og)\ntitle: A\n---\n"
        let (outcome, result) = try PostTestSupport.rewrite(text)
        #expect(outcome == .changed(line: 4))
        #expect(result == "---\nimage:\n  alt: The alt\n  path: /assets/og/pycon-us-2017.png\ntitle: A\n---\n")
    }

    @Test func blockAndFlowValuesRefused() {
        for text in [
            "---\nimage: |\n  \(Self.og)\n---\n", "---\nimage: [a, b]\n---\n", "---\nimage:\n  - a\n---\n",
            "---\nimage: https://opengraphimg.com/opengraph?x\n  continued\n---\n",
        ] {
            #expect(throws: Diagnostic.self, "\(text)") { try PostTestSupport.rewrite(text) }
        }
    }

    @Test func secondRunIsUnchanged() throws {
        let text = "---\r\ntitle: Hi\r\nimage: '\(Self.og)'\r\n---\r\nBody\r\n"
        let (_, once) = try PostTestSupport.rewrite(text)
        let (outcome, twice) = try PostTestSupport.rewrite(once)
        #expect(outcome == .unchanged)
        #expect(twice == once)
    }

    @Test func policyKeepsOwnPictureUnlessForced() throws {
        let text = "---\nimage: /img/my-photo.jpg\n---\n"
        let (outcome, same) = try PostTestSupport.rewrite(text)
        guard case .skipped = outcome else { Issue.record("expected skip, got \(outcome)"); return }
        #expect(same == text)
        #expect(
            try PostTestSupport.rewrite(text, options: .init(force: true)).1
                == "---\nimage: /assets/og/pycon-us-2017.png\n---\n")
    }

    /// The rewriter replaces exactly the images the URL parser recognises: a link that is merely
    /// on an opengraphimg host is someone's own picture.
    @Test(arguments: [
        ("https://generator.opengraphimg.com/?title=x", true),
        ("https://generator.opengraphimg.com/view?title=x", true),
        ("opengraphimg.com/opengraph?title=x", true),
        ("https://opengraphimg.com/.netlify/functions/generate-opengraph?title=x", true),
        ("//generator.opengraphimg.com/?x", true),
        ("/img/opengraphimg.com.png", false),
        ("https://example.com/?u=opengraphimg.com", false),
        ("https://opengraphimg.com/logo.png", false),
        ("https://cdn.opengraphimg.com/card.png", false),
        ("https://generator.opengraphimg.com/other?title=x", false),
    ])
    func opengraphimgDetection(url: String, expected: Bool) throws {
        #expect(ImageReplacementPolicy.shouldReplace(existing: url, force: false) == expected)
        #expect(OpenGraphImageURL.isOpenGraphImageURL(url) == expected)
        #expect(((try? OpenGraphImageURL.parse(url)) != nil) == expected)
        let text = "---\nimage: \(url)\n---\n"
        let (outcome, result) = try PostTestSupport.rewrite(text)
        if expected {
            #expect(result == "---\nimage: /assets/og/pycon-us-2017.png\n---\n")
        } else {
            guard case .skipped = outcome else { Issue.record("\(url): expected skip, got \(outcome)"); return }
            #expect(result == text)
        }
    }

    @Test func tomlRewrite() throws {
        let text = "+++\ntitle = \"A\"\nimage = '\(Self.og)' # gen\n[params]\nx = 1\n+++\nBody\n"
        let (_, result) = try PostTestSupport.rewrite(text)
        #expect(
            result == "+++\ntitle = \"A\"\nimage = '/assets/og/pycon-us-2017.png' # gen\n[params]\nx = 1\n+++\nBody\n")
        let (_, added) = try PostTestSupport.rewrite("+++\r\ntitle = \"A\"\r\n[params]\r\nx = 1\r\n+++\r\n")
        #expect(
            added == "+++\r\ntitle = \"A\"\r\nimage = \"/assets/og/pycon-us-2017.png\"\r\n[params]\r\nx = 1\r\n+++\r\n")
        #expect(try PostTestSupport.rewrite(added).0 == .unchanged)
    }

    @Test func jsonRewrite() throws {
        let text = "{\n  \"title\": \"A\",\n  \"image\": \"\(Self.og)\"\n}\nBody\n"
        let (_, result) = try PostTestSupport.rewrite(text, to: "/og/a\"b.png")
        #expect(result == "{\n  \"title\": \"A\",\n  \"image\": \"/og/a\\\"b.png\"\n}\nBody\n")
        let (_, added) = try PostTestSupport.rewrite("{\n  \"title\": \"A\"\n}\nBody\n")
        #expect(added == "{\n  \"title\": \"A\",\n  \"image\": \"/assets/og/pycon-us-2017.png\"\n}\nBody\n")
        #expect(try PostTestSupport.rewrite(added).0 == .unchanged)
    }

    @Test func rewriteFileKeepsModeAndIsAtomic() throws {
        let scratch = try TemporarySite()
        defer { scratch.remove() }
        let directory = scratch.root
        let file = directory.appendingPathComponent("2017-06-02-pycon-us-2017.md")
        try Data("---\nimage: \(Self.og)\n---\nBody".utf8).write(to: file)
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: file.path)
        #expect(try PostRewriter.rewriteImage(inFileAt: file, to: "/og.png") == .changed(line: 2))
        #expect(try String(contentsOf: file, encoding: .utf8) == "---\nimage: /og.png\n---\nBody")
        let mode = try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int
        #expect(mode == 0o640)
        #expect(try PostRewriter.rewriteImage(inFileAt: file, to: "/og.png") == .unchanged)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["2017-06-02-pycon-us-2017.md"])
    }

    @Test func atomicWriterFailureLeavesNothingBehind() throws {
        let scratch = try TemporarySite()
        defer { scratch.remove() }
        let directory = scratch.root
        // A missing folder is created (cards and snippets go to new folders) ...
        let nested = directory.appendingPathComponent("new-folder/file.md")
        try AtomicFileWriter.write(Data("x".utf8), to: nested)
        #expect(try String(contentsOf: nested, encoding: .utf8) == "x")
        try FileManager.default.removeItem(at: nested.deletingLastPathComponent())
        // ... but a folder that cannot exist (a file is in the way) is an error naming it.
        let file = directory.appendingPathComponent("plain")
        try Data().write(to: file)
        let missing = file.appendingPathComponent("file.md")
        #expect {
            try AtomicFileWriter.write(Data("x".utf8), to: missing)
        } throws: { error in
            (error as? Diagnostic)?.reason.hasPrefix("cannot create temporary file") == true
                && (error as? Diagnostic)?.file == missing.path
        }
        try FileManager.default.removeItem(at: file)
        // Renaming onto a directory fails after the temp file exists: it must be removed.
        let blocker = directory.appendingPathComponent("dir.md")
        try FileManager.default.createDirectory(
            at: blocker.appendingPathComponent("child"), withIntermediateDirectories: true)
        #expect {
            try AtomicFileWriter.write(Data("x".utf8), to: blocker)
        } throws: { error in
            (error as? Diagnostic)?.reason.hasPrefix("cannot replace original file") == true
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["dir.md"])
        let created = directory.appendingPathComponent("new.md")
        try AtomicFileWriter.write(Data("new".utf8), to: created)
        #expect(try String(contentsOf: created, encoding: .utf8) == "new")
    }
}
