import Foundation
import OGCardTestSupport
import Testing

@testable import OGCard

/// Titles with inline markup, drawn: code in monospace, emphasis visible, no tags in the ink.
@Suite struct TitleMarkupRenderingTests {
    /// Black Inter on white, one left-aligned line that never shrinks.
    static let layoutYAML = """
        canvas: {width: 1200, height: 630, background: "#ffffff"}
        layers:
          - text: title
            field: title
            frame: {left: 40, top: 40, right: 1160, bottom: 590}
            font: Inter
            weight: 400
            size: 48
            line_height: 1.25
            color: "#000000"
            align: left
            vertical_align: top
            max_lines: 6
        """

    static func layout(_ yaml: String = layoutYAML) throws -> CardLayout {
        try LayoutFile.parse(yaml, url: URL(fileURLWithPath: "/tmp/markup-test.yml")).layout()
    }

    /// The card of a title as a post writes it (markup read as for a post).
    static func render(markup: String, language: String? = nil) throws -> (Data, DecodedImage) {
        var content = CardContent(title: "", language: language)
        content.styledTitle = TitleMarkup.parse(markup)
        let png = try CardRenderer().render(content, layout: try layout()).pngData
        return (png, try DecodedImage(png: png))
    }

    static func isInk(_ pixel: Pixel) -> Bool { pixel.red < 128 }

    static func ink(_ image: DecodedImage) throws -> PixelBox {
        try #require(image.boundingBox(where: isInk))
    }

    @Test func codeRunsAreMonospace() throws {
        // Ten narrow and ten wide letters take the same advance in monospace: the bar after them
        // lands at the same x. In the title's proportional font it does not.
        let narrow = try Self.ink(Self.render(markup: "<code>iiiiiiiiii</code>|").1)
        let wide = try Self.ink(Self.render(markup: "<code>mmmmmmmmmm</code>|").1)
        #expect(abs(narrow.maxX - wide.maxX) <= 1, "code: narrow \(narrow), wide \(wide)")
        let plainNarrow = try Self.ink(Self.render(markup: "iiiiiiiiii|").1)
        let plainWide = try Self.ink(Self.render(markup: "mmmmmmmmmm|").1)
        #expect(plainWide.maxX - plainNarrow.maxX > 100, "plain: narrow \(plainNarrow), wide \(plainWide)")
        // Markdown code spans are the same code type.
        let markdown = try Self.render(markup: "`iiiiiiiiii`|").0
        #expect(markdown == (try Self.render(markup: "<code>iiiiiiiiii</code>|").0))
    }

    @Test func tagsAreNeverDrawn() throws {
        // The title drawn from markup is exactly the card of its text with code spans…
        let markup = "如何理解 <code>document</code> 对象是 <code>HTMLDocument</code> 的实例？"
        let (png, image) = try Self.render(markup: markup, language: "zh-Hans")
        var expected = CardContent(title: "如何理解 document 对象是 HTMLDocument 的实例？", language: "zh-Hans")
        let text = expected.title.utf8
        func range(_ word: String) -> TextSpan {
            let start = expected.title.range(of: word)!.lowerBound.samePosition(in: text)!
            let offset = text.distance(from: text.startIndex, to: start)
            return TextSpan(start: offset, end: offset + word.utf8.count, style: .code)
        }
        expected.titleSpans = [range("document"), range("HTMLDocument")]
        let direct = try CardRenderer().render(expected, layout: try Self.layout()).pngData
        #expect(png == direct)
        // …on one line (the tags took most of a second), and not the card of the literal tags.
        let ink = try Self.ink(image)
        #expect(ink.height < 70, "\(ink)")
        let literal = CardContent(title: markup, language: "zh-Hans")
        let literalInk = try Self.ink(
            DecodedImage(png: CardRenderer().render(literal, layout: try Self.layout()).pngData))
        #expect(literalInk.height > 70 || literalInk.width > ink.width + 200, "literal \(literalInk), styled \(ink)")
    }

    @Test func italicSlantsAndBoldThickens() throws {
        let plain = try Self.render(markup: "Hello World").1
        let italic = try Self.render(markup: "<em>Hello World</em>").1
        let bold = try Self.render(markup: "<strong>Hello World</strong>").1
        let plainInk = plain.count(where: Self.isInk)
        // A slanted H leans right: its top-left ink starts right of the upright one's.
        let plainTop = try #require(
            plain.boundingBox(in: PixelBox(minX: 0, minY: 0, maxX: 1199, maxY: 60), where: Self.isInk))
        let italicTop = try #require(
            italic.boundingBox(in: PixelBox(minX: 0, minY: 0, maxX: 1199, maxY: 60), where: Self.isInk))
        #expect(italicTop.minX >= plainTop.minX + 3, "plain \(plainTop), italic \(italicTop)")
        #expect(
            bold.count(where: Self.isInk) > plainInk * 5 / 4, "bold \(bold.count(where: Self.isInk)), plain \(plainInk)"
        )
    }

    @Test func lineBreakTagStartsANewLine() throws {
        let one = try Self.ink(Self.render(markup: "Hello World").1)
        let two = try Self.ink(Self.render(markup: "Hello<br>World").1)
        #expect(two.height > one.height + 40, "one \(one), two \(two)")
        #expect(two.width < one.width, "one \(one), two \(two)")
    }
}
