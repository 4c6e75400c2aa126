import Foundation
import OGCardTestSupport
import Testing

@testable import OGCard

/// A layout field naming any other front-matter key (`field: subtitle`, `items: category`) shows
/// that key's value, as Assets/layouts/README.md says.
@Suite struct ExtraFieldsTests {
    static let layout = """
        canvas: {width: 1200, height: 630, background: "#ffffff"}
        layers:
          - text: subtitle
            field: subtitle
            frame: {left: 100, top: 100, right: 1100, bottom: 300}
            font: Inter
            size: 64
            color: "#000000"
          - pills: categories
            items: categories
            font: Inter
            size: 40
            color: "#000000"
            strip: {left: 100, right: 1100}
            align: left
            top: 400
        """

    static let subtitleBox = PixelBox(minX: 100, minY: 100, maxX: 1099, maxY: 299)
    static let categoriesBox = PixelBox(minX: 100, minY: 400, maxX: 1099, maxY: 500)

    static func ink(_ image: DecodedImage, in box: PixelBox) -> Int {
        image.count(in: box) { $0.distance(to: Pixel(hex: "FFFFFF")) > 200 }
    }

    @Test func aLayoutShowsThePostsOwnKeys() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        try site.write("ogcard.yml", "url: https://example.com\nadd_missing_image: true\ndesign: cards/sub.yml\n")
        try site.write("cards/sub.yml", Self.layout)
        try site.write(
            "_posts/2020-01-01-full.md", "---\ntitle: A\nsubtitle: Hello there\ncategories: [swift, linux]\n---\n")
        try site.write("_posts/2020-01-02-bare.md", "---\ntitle: B\n---\n")

        let plan = try SiteBuild(config: site.config()).plan(postAt: site.url("_posts/2020-01-01-full.md"))
        #expect(plan.content.extraFields == ["subtitle": "Hello there", "categories": "swift, linux"])
        #expect(plan.content.text(for: .custom("subtitle")) == "Hello there")

        let summary = try site.build()
        #expect(summary.failures.isEmpty, "\(summary.failures)")
        let full = try DecodedImage(png: site.bytes("assets/og/full.png"))
        let bare = try DecodedImage(png: site.bytes("assets/og/bare.png"))
        #expect(Self.ink(full, in: Self.subtitleBox) > 500)
        #expect(Self.ink(full, in: Self.categoriesBox) > 200)
        #expect(Self.ink(bare, in: Self.subtitleBox) == 0)
        #expect(Self.ink(bare, in: Self.categoriesBox) == 0)
    }

    @Test func onlyTheKeysALayoutShowsReRenderItsCard() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        try site.write("ogcard.yml", "url: https://example.com\nadd_missing_image: true\ndesign: cards/sub.yml\n")
        try site.write("cards/sub.yml", Self.layout)
        try site.write("_posts/2020-01-01-post.md", "---\ntitle: A\nsubtitle: One\nother: x\n---\n")
        #expect(try site.build().rendered == 1)
        // The rewritten image: line and a key no layer shows leave the card as it is.
        try site.write(
            "_posts/2020-01-01-post.md",
            try site.read("_posts/2020-01-01-post.md").replacingOccurrences(of: "other: x", with: "other: y"))
        #expect(try site.build().rendered == 0)
        try site.write(
            "_posts/2020-01-01-post.md",
            try site.read("_posts/2020-01-01-post.md").replacingOccurrences(of: "subtitle: One", with: "subtitle: Two"))
        #expect(try site.build().rendered == 1)
    }

    @Test func builtInDesignsCarryNoExtraFields() throws {
        let site = try TemporarySite.copy()
        defer { site.remove() }
        let plan = try SiteBuild(config: site.config()).plan(postAt: site.url("_posts/2017-06-02-pycon-us-2017.md"))
        // So their digests, and every card already built, are unchanged.
        #expect(plan.content.extraFields.isEmpty)
    }
}
