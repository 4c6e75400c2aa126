import Foundation
import OGCardTestSupport
import Testing

@testable import OGCard

/// The card's language picks the regional forms of Han characters and the date's language.
@Suite struct LanguageGlyphTests {
    static func render(_ content: CardContent, _ yaml: String = TitleMarkupRenderingTests.layoutYAML) throws -> Data {
        try CardRenderer().render(content, layout: try TitleMarkupRenderingTests.layout(yaml)).pngData
    }

    /// Ink of a single large character in the title box.
    static func glyph(_ text: String, language: String?) throws -> DecodedImage {
        try DecodedImage(png: render(CardContent(title: text, language: language)))
    }

    /// Pixels whose darkness differs by more than half between two renderings.
    static func differingPixels(_ a: DecodedImage, _ b: DecodedImage) -> Int {
        var count = 0
        for y in 0..<a.height {
            for x in 0..<a.width where abs(Int(a.pixel(x, y).red) - Int(b.pixel(x, y).red)) > 128 { count += 1 }
        }
        return count
    }

    @Test(arguments: ["直", "骨", "今"])
    func hanFormsDifferBetweenJapaneseAndSimplifiedChinese(character: String) throws {
        let japanese = try Self.glyph(character, language: "ja")
        let chinese = try Self.glyph(character, language: "zh-Hans")
        // Different strokes, not a shifted copy: a visible number of pixels change.
        #expect(Self.differingPixels(japanese, chinese) > 40, "\(character)")
        // And the language, not chance, decides: the same language draws the same bytes.
        #expect(
            try Self.render(CardContent(title: character, language: "ja"))
                == (try Self.render(CardContent(title: character, language: "ja-JP"))))
    }

    @Test func traditionalChineseAndKoreanHaveTheirOwnForms() throws {
        let simplified = try Self.glyph("骨", language: "zh-Hans")
        let traditional = try Self.glyph("骨", language: "zh-Hant")
        #expect(Self.differingPixels(simplified, traditional) > 40)
    }

    @Test(arguments: [("ko", "KR"), ("ja", "JP"), ("zh-Hans", "SC"), ("zh-TW", "TC"), ("zh-HK", "HK")])
    func eachLanguageDrawsHanInItsRegionalFace(language: String, region: String) throws {
        // A title of Han only is drawn entirely by the fallback face: the same pixels as a layout
        // set in that region's face itself.
        let regional = TitleMarkupRenderingTests.layoutYAML.replacingOccurrences(
            of: "font: Inter", with: "font: Noto Sans CJK \(region)")
        let title = CardContent(title: "骨直次今", language: language)
        #expect(try Self.render(title) == (try Self.render(title, regional)), "\(language)")
    }

    @Test func koreanIsNotJapanese() throws {
        #expect(
            try Self.render(CardContent(title: "骨直次今", language: "ko"))
                != (try Self.render(CardContent(title: "骨直次今", language: "ja"))))
    }

    @Test func aTitleInKanaIsJapaneseWithoutALanguage() throws {
        // 直す alone is detected as Japanese, so 直 takes its Japanese form.
        let detected = try Self.render(CardContent(title: "直す"))
        #expect(detected == (try Self.render(CardContent(title: "直す", language: "ja"))))
        #expect(detected != (try Self.render(CardContent(title: "直す", language: "zh-Hans"))))
    }

    @Test func theLayoutsLangAppliesWhenThePostHasNone() throws {
        let yaml = "lang: ja\n" + TitleMarkupRenderingTests.layoutYAML
        #expect(
            try Self.render(CardContent(title: "直"), yaml) == (try Self.render(CardContent(title: "直", language: "ja")))
        )
        // The post's own language wins over the layout's.
        #expect(
            try Self.render(CardContent(title: "直", language: "zh-Hans"), yaml)
                == (try Self.render(CardContent(title: "直", language: "zh-Hans"))))
    }

    @Test func datesAreDrawnInTheCardsLanguage() throws {
        let yaml = """
            canvas: {width: 1200, height: 630, background: "#ffffff"}
            layers:
              - text: date
                field: date
                frame: {left: 40, top: 40, right: 1160, bottom: 200}
                font: Inter
                size: 48
                color: "#000000"
            """
        let date = try #require(PostDate(parsing: "2017-04-06"))
        func card(_ language: String?, dated: Bool) throws -> Data {
            try Self.render(
                CardContent(
                    title: "x", date: dated ? date.displayText : (language == "fr" ? "6 avril 2017" : "2017年4月6日"),
                    language: language, publicationDate: dated ? date.date : nil), yaml)
        }
        #expect(try card("fr", dated: true) == card("fr", dated: false))
        #expect(try card("zh-Hans", dated: true) == card("zh-Hans", dated: false))
        #expect(try card("fr", dated: true) != (try Self.render(CardContent(title: "x", date: date.displayText), yaml)))
    }
}
