import Foundation
import Testing

@testable import OGCard

/// The image rewriter on fields other than the top-level `image`: `og_image`, `cover.image` (block,
/// flow, TOML table, inline table, dotted key, JSON object) and the first of `images` (block list,
/// flow list, TOML and JSON arrays), in YAML, TOML and JSON.
@Suite struct ImageFieldRewriterTests {
    static let og = "https://generator.opengraphimg.com/?title=Hi+there&style=modern"
    static let card = "/assets/og/x.png"
    static let cover = ImageField.nested("cover", "image")
    static let images = ImageField.firstItem("images")

    static func rewrite(
        _ text: String, field: ImageField, to value: String = card, options: ImageRewriteOptions = ImageRewriteOptions()
    ) throws -> (ImageRewriteOutcome, String) {
        let result = try ImageLineRewriter(options: options).rewrite(
            Data(text.utf8), to: value, path: "post.md", field: field)
        return (result.outcome, String(decoding: result.data, as: UTF8.self))
    }

    /// Rewrites `text`, expects exactly `expected` with the value on `line`, the new value read
    /// back through `imageValue`, and a second rewrite that changes nothing.
    static func expectRewrite(
        _ text: String, field: ImageField, to value: String = card, _ expected: String, line: Int,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let (outcome, result) = try rewrite(text, field: field, to: value)
        #expect(outcome == .changed(line: line), sourceLocation: sourceLocation)
        #expect(result == expected, sourceLocation: sourceLocation)
        let reparsed = try #require(try FrontMatterParser.parse(Data(result.utf8), path: "post.md"))
        #expect(ImageLineRewriter.imageValue(in: reparsed, field: field) == value, sourceLocation: sourceLocation)
        let (again, same) = try rewrite(result, field: field, to: value)
        #expect(again == .unchanged, sourceLocation: sourceLocation)
        #expect(same == result, sourceLocation: sourceLocation)
    }

    /// Expects a refusal naming `line`, with a reason containing `reason` (with `force`, so that
    /// a value that is not an opengraphimg URL is refused rather than skipped).
    static func expectRefusal(
        _ text: String, field: ImageField, line: Int, reason: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(sourceLocation: sourceLocation) {
            try rewrite(text, field: field, options: ImageRewriteOptions(force: true))
        } throws: { error in
            guard let diagnostic = error as? Diagnostic else { return false }
            return diagnostic.line == line && diagnostic.file == "post.md" && diagnostic.reason.contains(reason)
        }
    }

    // MARK: YAML

    @Test func yamlOtherTopLevelKey() throws {
        try Self.expectRewrite(
            "---\r\ntitle: A\r\nog_image: '\(Self.og)' # generated\r\nimage: /img/own.jpg\r\n---\r\nBody\r\n",
            field: .key("og_image"),
            "---\r\ntitle: A\r\nog_image: '/assets/og/x.png' # generated\r\nimage: /img/own.jpg\r\n---\r\nBody\r\n",
            line: 3)
        try Self.expectRewrite(
            "---\ntitle: A\n---\nBody\n", field: .key("og_image"),
            "---\ntitle: A\nog_image: /assets/og/x.png\n---\nBody\n", line: 3)
    }

    @Test func yamlNestedBlockMapping() throws {
        try Self.expectRewrite(
            "---\r\ncover:\r\n  # the card\r\n  image: \"\(Self.og)\"  # c\r\n  alt: Alt\r\ntitle: A\r\n---\r\nBody",
            field: Self.cover,
            "---\r\ncover:\r\n  # the card\r\n  image: \"/assets/og/x.png\"  # c\r\n  alt: Alt\r\ntitle: A\r\n---\r\nBody",
            line: 4)
        // A missing child goes after the mapping's last line, indented like its children.
        try Self.expectRewrite(
            "---\ncover:\n    alt: Alt\n    relative: true\n# next\ntitle: A\n---\n", field: Self.cover,
            "---\ncover:\n    alt: Alt\n    relative: true\n    image: /assets/og/x.png\n# next\ntitle: A\n---\n",
            line: 5)
        // An empty parent gets the child on the next line; a missing one is added at the end.
        try Self.expectRewrite(
            "---\ncover: # soon\ntitle: A\n---\n", field: Self.cover,
            "---\ncover: # soon\n  image: /assets/og/x.png\ntitle: A\n---\n", line: 3)
        try Self.expectRewrite(
            "---\r\ntitle: A\r\n---\r\n", field: Self.cover,
            "---\r\ntitle: A\r\ncover:\r\n  image: /assets/og/x.png\r\n---\r\n", line: 4)
    }

    @Test func yamlNestedFlowMapping() throws {
        try Self.expectRewrite(
            "---\ncover: {image: \(Self.og), alt: 'It''s, here'} # c\n---\n", field: Self.cover,
            "---\ncover: {image: /assets/og/x.png, alt: 'It''s, here'} # c\n---\n", line: 2)
        try Self.expectRewrite(
            "---\ncover: { alt: \"A\", 'image': '\(Self.og)' }\n---\n", field: Self.cover, to: "/it's.png",
            "---\ncover: { alt: \"A\", 'image': '/it''s.png' }\n---\n", line: 2)
        // A plain value YAML would read differently inside braces is quoted.
        try Self.expectRewrite(
            "---\ncover: {image: \(Self.og)}\n---\n", field: Self.cover, to: "a, b",
            "---\ncover: {image: 'a, b'}\n---\n", line: 2)
        try Self.expectRewrite(
            "---\ncover: {}\n---\n", field: Self.cover, "---\ncover: {image: /assets/og/x.png}\n---\n", line: 2)
    }

    /// `image` as a one-line flow mapping gets its `path` replaced, like the block form.
    @Test func yamlImageFlowMappingPath() throws {
        try Self.expectRewrite(
            "---\nimage: {path: '\(Self.og)', alt: \"A\"}\n---\n", field: .image,
            "---\nimage: {path: '/assets/og/x.png', alt: \"A\"}\n---\n", line: 2)
        Self.expectRefusal("---\nimage: {alt: A}\n---\n", field: .image, line: 2, reason: "has no path")
    }

    @Test func yamlFirstItemOfBlockList() throws {
        let text = "---\r\nimages:\r\n  - \(Self.og) # gen\r\n  - \"/img/second.jpg\" # keep\r\ntitle: A\r\n---\r\n"
        try Self.expectRewrite(
            text, field: Self.images,
            "---\r\nimages:\r\n  - /assets/og/x.png # gen\r\n  - \"/img/second.jpg\" # keep\r\ntitle: A\r\n---\r\n",
            line: 3)
        try Self.expectRewrite(
            "---\nimages:\n# first\n- '\(Self.og)'\n- /img/b.jpg\n---\n", field: Self.images, to: "true",
            "---\nimages:\n# first\n- 'true'\n- /img/b.jpg\n---\n", line: 4)
    }

    @Test func yamlFirstItemOfFlowList() throws {
        try Self.expectRewrite(
            "---\nimages: [\"\(Self.og)\", \"/img/second.jpg\"]  # c\n---\nBody\n", field: Self.images,
            "---\nimages: [\"/assets/og/x.png\", \"/img/second.jpg\"]  # c\n---\nBody\n", line: 2)
        try Self.expectRewrite(
            "---\nimages: [ \(Self.og) , /img/b.jpg ]\n---\n", field: Self.images,
            "---\nimages: [ /assets/og/x.png , /img/b.jpg ]\n---\n", line: 2)
        try Self.expectRewrite(
            "---\r\nimages: []\r\n---\r\n", field: Self.images, "---\r\nimages: [\"/assets/og/x.png\"]\r\n---\r\n",
            line: 2)
        try Self.expectRewrite(
            "---\nimages: # none yet\n---\n", field: Self.images,
            "---\nimages: [\"/assets/og/x.png\"] # none yet\n---\n", line: 2)
        try Self.expectRewrite(
            "---\ntitle: A\n---\n", field: Self.images, "---\ntitle: A\nimages: [\"/assets/og/x.png\"]\n---\n", line: 3)
    }

    @Test func yamlUnsafeFormsAreRefusedWithTheirLine() {
        Self.expectRefusal(
            "---\ntitle: A\nimages: [\n  \(Self.og),\n  /b.jpg]\n---\n", field: Self.images, line: 3,
            reason: "spans several lines")
        Self.expectRefusal(
            "---\nimages: &pics [\(Self.og)]\nother: *pics\n---\n", field: Self.images, line: 2, reason: "anchor")
        Self.expectRefusal(
            "---\nimages:\n  - &a \(Self.og)\n---\n", field: Self.images, line: 3, reason: "anchor")
        Self.expectRefusal(
            "---\nimages:\n  - src: \(Self.og)\n    alt: A\n---\n", field: Self.images, line: 2,
            reason: "first item of images is a list or mapping")
        Self.expectRefusal(
            "---\nimages:\n  -\n    \(Self.og)\n---\n", field: Self.images, line: 3,
            reason: "spans several lines")
        Self.expectRefusal("---\nimages: /img/a.jpg\n---\n", field: Self.images, line: 2, reason: "not a list")
        Self.expectRefusal(
            "---\ncover:\n  image: |-\n    \(Self.og)\n---\n", field: Self.cover, line: 3, reason: "block scalar")
        Self.expectRefusal(
            "---\ncover: {image: \(Self.og),\n  alt: A}\n---\n", field: Self.cover, line: 2,
            reason: "spans several lines")
        Self.expectRefusal("---\ncover: /img/a.jpg\n---\n", field: Self.cover, line: 2, reason: "not a mapping")
        Self.expectRefusal(
            "---\ncover: {alt: A}\n---\n", field: Self.cover, line: 2, reason: "has no image; add it by hand")
    }

    // MARK: TOML

    @Test func tomlOtherTopLevelKey() throws {
        try Self.expectRewrite(
            "+++\r\nog_image = '\(Self.og)' # gen\r\n[params]\r\nx = 1\r\n+++\r\n", field: .key("og_image"),
            "+++\r\nog_image = '/assets/og/x.png' # gen\r\n[params]\r\nx = 1\r\n+++\r\n", line: 2)
    }

    @Test func tomlNestedTableInlineTableAndDottedKey() throws {
        try Self.expectRewrite(
            "+++\r\ntitle = \"A\"\r\n[cover]\r\n  # card\r\n  image = \"\(Self.og)\" # gen\r\n  alt = 'A'\r\n[params]\r\nx = 1\r\n+++\r\nBody",
            field: Self.cover,
            "+++\r\ntitle = \"A\"\r\n[cover]\r\n  # card\r\n  image = \"/assets/og/x.png\" # gen\r\n  alt = 'A'\r\n[params]\r\nx = 1\r\n+++\r\nBody",
            line: 5)
        try Self.expectRewrite(
            "+++\ncover = { alt = \"A, b\", image = '\(Self.og)' } # c\n+++\n", field: Self.cover,
            "+++\ncover = { alt = \"A, b\", image = '/assets/og/x.png' } # c\n+++\n", line: 2)
        try Self.expectRewrite(
            "+++\ncover.alt = \"A\"\ncover.image = \"\(Self.og)\"\n+++\n", field: Self.cover,
            "+++\ncover.alt = \"A\"\ncover.image = \"/assets/og/x.png\"\n+++\n", line: 3)
    }

    @Test func tomlNestedAdded() throws {
        try Self.expectRewrite(
            "+++\ntitle = \"A\"\n[cover]\nalt = \"A\"\n\n[params]\nx = 1\n+++\n", field: Self.cover,
            "+++\ntitle = \"A\"\n[cover]\nalt = \"A\"\nimage = \"/assets/og/x.png\"\n\n[params]\nx = 1\n+++\n", line: 5)
        try Self.expectRewrite(
            "+++\ntitle = \"A\"\n[params]\nx = 1\n+++\n", field: Self.cover,
            "+++\ntitle = \"A\"\ncover = { image = \"/assets/og/x.png\" }\n[params]\nx = 1\n+++\n", line: 3)
        try Self.expectRewrite(
            "+++\ncover = {}\n+++\n", field: Self.cover, "+++\ncover = {image = \"/assets/og/x.png\"}\n+++\n", line: 2)
    }

    @Test func tomlFirstItemOfArray() throws {
        try Self.expectRewrite(
            "+++\r\nimages = [\"\(Self.og)\", '/img/second.jpg'] # c\r\ntitle = \"A\"\r\n+++\r\n", field: Self.images,
            "+++\r\nimages = [\"/assets/og/x.png\", '/img/second.jpg'] # c\r\ntitle = \"A\"\r\n+++\r\n", line: 2)
        try Self.expectRewrite(
            "+++\nimages = [ '\(Self.og)' ]\n+++\n", field: Self.images, to: "/it's.png",
            "+++\nimages = [ \"/it's.png\" ]\n+++\n", line: 2)
        try Self.expectRewrite(
            "+++\nimages = []\n+++\n", field: Self.images, "+++\nimages = [\"/assets/og/x.png\"]\n+++\n", line: 2)
        try Self.expectRewrite(
            "+++\ntitle = \"A\"\n[params]\nx = 1\n+++\n", field: Self.images,
            "+++\ntitle = \"A\"\nimages = [\"/assets/og/x.png\"]\n[params]\nx = 1\n+++\n", line: 3)
    }

    @Test func tomlUnsafeFormsAreRefusedWithTheirLine() {
        Self.expectRefusal(
            "+++\ntitle = \"A\"\nimages = [\n  \"\(Self.og)\",\n]\n+++\n", field: Self.images, line: 3,
            reason: "spans several lines")
        Self.expectRefusal(
            "+++\n[[images]]\nsrc = \"\(Self.og)\"\n+++\n", field: Self.images, line: 2,
            reason: "first item of images is a list or mapping")
        Self.expectRefusal(
            "+++\nimages = [1, 2]\n+++\n", field: Self.images, line: 2, reason: "not a single-line string")
        Self.expectRefusal(
            "+++\n[cover]\nimage = \"\"\"\n\(Self.og)\"\"\"\n+++\n", field: Self.cover, line: 3,
            reason: "not a single-line string")
        Self.expectRefusal(
            "+++\ncover = { alt = \"A\" }\n+++\n", field: Self.cover, line: 2, reason: "has no image; add it by hand")
    }

    /// A sub-table or array of tables named like the parent is not the parent's own table.
    @Test func tomlOnlyTheParentsOwnTableIsEdited() throws {
        Self.expectRefusal(
            "+++\n[cover.sub]\nx = 1\n+++\n", field: Self.cover, line: 2, reason: "is not [cover]")
        // `image` as a table is a mapping whose `path` is the picture, as in YAML.
        try Self.expectRewrite(
            "+++\n[image]\npath = \"\(Self.og)\"\nalt = \"A\"\n+++\n", field: .image,
            "+++\n[image]\npath = \"/assets/og/x.png\"\nalt = \"A\"\n+++\n", line: 3)
    }

    // MARK: JSON

    @Test func jsonOtherTopLevelKey() throws {
        try Self.expectRewrite(
            "{\r\n  \"title\": \"A\",\r\n  \"og_image\": \"\(Self.og)\"\r\n}\r\nBody\r\n", field: .key("og_image"),
            "{\r\n  \"title\": \"A\",\r\n  \"og_image\": \"/assets/og/x.png\"\r\n}\r\nBody\r\n", line: 3)
    }

    @Test func jsonNestedObject() throws {
        try Self.expectRewrite(
            "{\n  \"cover\": {\"alt\": \"A\", \"image\": \"\(Self.og)\"},\n  \"title\": \"A\"\n}\n", field: Self.cover,
            "{\n  \"cover\": {\"alt\": \"A\", \"image\": \"/assets/og/x.png\"},\n  \"title\": \"A\"\n}\n", line: 2)
        try Self.expectRewrite(
            "{\r\n  \"cover\": {\r\n    \"alt\": \"A\"\r\n  }\r\n}\r\n", field: Self.cover,
            "{\r\n  \"cover\": {\r\n    \"alt\": \"A\",\r\n    \"image\": \"/assets/og/x.png\"\r\n  }\r\n}\r\n", line: 4
        )
        try Self.expectRewrite(
            "{\"title\": \"A\"}\n", field: Self.cover,
            "{\"title\": \"A\", \"cover\": {\"image\": \"/assets/og/x.png\"}}\n", line: 1)
    }

    @Test func jsonFirstItemOfArray() throws {
        try Self.expectRewrite(
            "{\r\n  \"images\": [\r\n    \"\(Self.og)\",\r\n    \"/img/second.jpg\"\r\n  ]\r\n}\r\nBody",
            field: Self.images,
            "{\r\n  \"images\": [\r\n    \"/assets/og/x.png\",\r\n    \"/img/second.jpg\"\r\n  ]\r\n}\r\nBody", line: 3)
        try Self.expectRewrite(
            "{\"images\": [], \"title\": \"A\"}\n", field: Self.images, to: "/a\"b.png",
            "{\"images\": [\"/a\\\"b.png\"], \"title\": \"A\"}\n", line: 1)
        try Self.expectRewrite(
            "{\n  \"title\": \"A\"\n}\n", field: Self.images,
            "{\n  \"title\": \"A\",\n  \"images\": [\"/assets/og/x.png\"]\n}\n", line: 3)
    }

    @Test func jsonImageMappingPath() throws {
        try Self.expectRewrite(
            "{\"image\": {\"alt\": \"A\", \"path\": \"\(Self.og)\"}}\n", field: .image,
            "{\"image\": {\"alt\": \"A\", \"path\": \"/assets/og/x.png\"}}\n", line: 1)
        Self.expectRefusal("{\"image\": {\"alt\": \"A\"}}\n", field: .image, line: 1, reason: "no path string")
    }

    @Test func jsonUnsafeFormsAreRefusedWithTheirLine() {
        Self.expectRefusal(
            "{\n  \"images\": [{\"src\": \"\(Self.og)\"}]\n}\n", field: Self.images, line: 2,
            reason: "first item of images is a list or mapping")
        Self.expectRefusal("{\n  \"images\": [1]\n}\n", field: Self.images, line: 2, reason: "not a JSON string")
        Self.expectRefusal("{\n  \"cover\": null\n}\n", field: Self.cover, line: 2, reason: "not a JSON object")
    }

    // MARK: Every format

    /// A second item is never touched, whatever quoting it has.
    @Test(arguments: [
        "---\nimages:\n  - OG\n  - 'it''s, [second]' # keep\n---\n",
        "---\nimages: [OG, 'it''s, [second]']\n---\n",
        "+++\nimages = ['OG', \"it's, [second]\"]\n+++\n",
        "{\"images\": [\"OG\", \"it's, [second]\"]}\n",
    ])
    func secondItemIsByteIdentical(template: String) throws {
        let text = template.replacingOccurrences(of: "OG", with: Self.og)
        let (outcome, result) = try Self.rewrite(text, field: Self.images)
        guard case .changed = outcome else { Issue.record("expected a change, got \(outcome)"); return }
        #expect(result == template.replacingOccurrences(of: "OG", with: Self.card))
        let reparsed = try #require(try FrontMatterParser.parse(Data(result.utf8), path: "post.md"))
        #expect(reparsed["images"]?.list?.last == .scalar("it's, [second]"))
    }

    @Test(arguments: [
        "---\nimages: [/img/own.jpg]\ncover: {image: /img/own.jpg}\n---\n",
        "+++\nimages = [\"/img/own.jpg\"]\n[cover]\nimage = \"/img/own.jpg\"\n+++\n",
        "{\"images\": [\"/img/own.jpg\"], \"cover\": {\"image\": \"/img/own.jpg\"}}\n",
    ])
    func ownPictureKeptUnlessForced(text: String) throws {
        for field in [Self.images, Self.cover] {
            let (outcome, same) = try Self.rewrite(text, field: field)
            #expect(
                outcome
                    == .skipped(
                        reason: "\(field) \"/img/own.jpg\" is not an opengraphimg URL (use force to replace it)"))
            #expect(same == text)
            let (forced, result) = try Self.rewrite(text, field: field, options: ImageRewriteOptions(force: true))
            #expect(forced != .unchanged)
            #expect(result != text)
        }
    }

    @Test(arguments: ["---\nimages: []\ncover: {}\n---\n", "+++\ntitle = \"A\"\n+++\n", "{\"images\": []}\n"])
    func addingCanBeDisabled(text: String) throws {
        let options = ImageRewriteOptions(addMissingKey: false)
        #expect(
            try Self.rewrite(text, field: Self.images, options: options)
                == (.skipped(reason: "no images item and adding one is disabled"), text))
        #expect(
            try Self.rewrite(text, field: Self.cover, options: options)
                == (.skipped(reason: "no cover.image key and adding one is disabled"), text))
    }

    @Test func missingBlockGetsTheField() throws {
        let options = ImageRewriteOptions(addMissingBlock: true)
        #expect(
            try Self.rewrite("# T\r\n", field: Self.images, options: options)
                == (.changed(line: 2), "---\r\nimages: [\"/assets/og/x.png\"]\r\n---\r\n# T\r\n"))
        #expect(
            try Self.rewrite("# T\n", field: Self.cover, options: options)
                == (.changed(line: 3), "---\ncover:\n  image: /assets/og/x.png\n---\n# T\n"))
    }

    @Test func imageValueReadsEachField() throws {
        let frontMatter = try #require(
            try FrontMatterParser.parse(
                Data("---\nimage: {path: /a.png}\nimages: [/b.png, /c.png]\ncover: {image: /d.png}\n---\n".utf8),
                path: "post.md"))
        #expect(ImageLineRewriter.imageValue(in: frontMatter, field: .image) == "/a.png")
        #expect(ImageLineRewriter.imageValue(in: frontMatter, field: Self.images) == "/b.png")
        #expect(ImageLineRewriter.imageValue(in: frontMatter, field: Self.cover) == "/d.png")
        #expect(ImageLineRewriter.imageValue(in: frontMatter, field: .key("images")) == nil)
        #expect(ImageLineRewriter.imageValue(in: frontMatter, field: .nested("image", "alt")) == nil)
    }
}
