import Foundation
import OGCardTestSupport
import Testing

@testable import OGCard

/// Titles in every script: ink inside the box, right glyphs, right order, right fitting.
@Suite struct TitleTextTests {
    static let titles: [(name: String, title: String)] = [
        ("short Latin", "PyCon US 2017"),
        ("accents", "Ünïcödé café crème brûlée à Paris"),
        ("ZWJ emoji", "Family 👨‍👩‍👧‍👦 trip 👍🏽 1️⃣ 🇯🇵"),
        ("CJK without spaces", "日本語のタイトルはスペースなしで長く続くので正しく折り返される必要があります"),
        ("Arabic", "مرحبا بالعالم عنوان عربي طويل"),
        ("Hebrew", "שלום עולם כותרת בעברית"),
        ("mixed direction", "Release notes: שלום עולם and مرحبا in one title"),
        (
            "250 characters",
            String(repeating: "A very long title that goes on and on ", count: 7).prefix(250).description
        ),
        ("80-character word", String(repeating: "Supercalifragilistic", count: 4)),
        ("markup characters", "Tags <b>bold</b> & \"quotes\" & 'apostrophes'"),
    ]

    @Test(arguments: titles.map(\.name))
    func titleInkStaysInsideTheTitleBox(name: String) throws {
        let title = try #require(Self.titles.first { $0.name == name }?.title)
        let (_, image) = try CardFixture.modern(title)
        let inner = try #require(
            image.boundingBox(in: CardFixture.titleBox(), where: CardFixture.isInk), "\(name) drew nothing")
        // Nothing between the pills and the box, left or right of the box.
        let outsideLeft = PixelBox(minX: 0, minY: 108, maxX: 127, maxY: 521)
        let outsideRight = PixelBox(minX: 1072, minY: 108, maxX: 1199, maxY: 521)
        #expect(image.count(in: outsideLeft, where: CardFixture.isInk) == 0, "\(name) spills left")
        #expect(image.count(in: outsideRight, where: CardFixture.isInk) == 0, "\(name) spills right")
        #expect(inner.height > 20, "\(name): \(inner)")
    }

    @Test func emptyTitleDrawsNothingInTheTitleBox() throws {
        let (_, image) = try CardFixture.modern("")
        #expect(image.count(in: CardFixture.titleBox(), where: CardFixture.isInk) == 0)
    }

    @Test func zwjFamilyIsOneColourGlyph() throws {
        let single = try Self.inkBox(of: "👨")
        let family = try Self.inkBox(of: "👨‍👩‍👧‍👦")
        // Broken into four people it would be four times as wide.
        #expect(family.width <= single.width * 13 / 10, "single \(single), family \(family)")
        // A ZWJ sequence drawn in colour: woman + ZWJ + laptop is one coloured glyph.
        let technologist = try Self.inkBox(of: "👩‍💻")
        #expect(technologist.width <= single.width * 13 / 10, "technologist \(technologist)")
        let (_, image) = try CardFixture.modern("👩‍💻")
        #expect(image.count(in: CardFixture.titleBox()) { $0.isSaturated } > 500, "colour emoji")
    }

    @Test func skinToneModifierJoinsItsEmoji() throws {
        let plain = try Self.inkBox(of: "👍")
        let toned = try Self.inkBox(of: "👍🏽")
        #expect(toned.width <= plain.width * 13 / 10, "plain \(plain), toned \(toned)")
    }

    @Test func keycapAndFlagAreColourGlyphs() throws {
        for emoji in ["1️⃣", "🇯🇵"] {
            let (_, image) = try CardFixture.modern(emoji)
            #expect(image.count(in: CardFixture.titleBox()) { $0.isSaturated } > 300, "\(emoji)")
            let box = try Self.inkBox(of: emoji)
            #expect(box.width < 110, "\(emoji) is one glyph: \(box)")
        }
    }

    @Test func cjkWrapsBetweenIdeographsAndUsesTheCJKFont() throws {
        let title = "日本語のタイトルはスペースなしで長く続くので正しく折り返される必要があります"
        let box = try Self.inkBox(of: title)
        #expect(box.height > 150, "several lines: \(box)")
        // Without the CJK font the same title must look different (missing-glyph boxes).
        let withoutCJK = FontSet(files: FontSet.standard().files.filter { !$0.path.contains("CJK") })
        let fallbackCard = try CardRenderer(fonts: withoutCJK)
            .render(CardContent(title: title), layout: try OpenGraphImageLayout(style: .modern).layout())
        let (png, _) = try CardFixture.modern(title, author: "", tags: [], atSymbol: false)
        #expect(!DeterminismTests.same(fallbackCard.pngData, png))
    }

    @Test func arabicParagraphRunsRightToLeft() throws {
        // "مرحبا" then an English phrase then Arabic again, in an Arabic paragraph: the last
        // logical run is drawn leftmost.
        let runs = try Self.runs(of: "مرحبا بالعالم English words في المنتصف")
        let firstLine = runs.filter { $0.line == 0 }
        let leftmost = try #require(firstLine.first), rightmost = try #require(firstLine.last)
        #expect(leftmost.byteOffset > rightmost.byteOffset, "\(firstLine)")
        #expect(rightmost.bidiLevel % 2 == 1)
        #expect(firstLine.contains { $0.bidiLevel % 2 == 0 }, "English stays left-to-right inside")
    }

    @Test func hebrewInsideALatinTitleKeepsLatinOrder() throws {
        let runs = try Self.runs(of: "Hello שלום עולם world")
        // Runs split where the font changes; merge neighbours of the same direction.
        let levels = runs.map(\.bidiLevel).reduce(into: [Int]()) { merged, level in
            if merged.last != level { merged.append(level) }
        }
        #expect(levels == [0, 1, 0], "\(runs)")
        #expect(runs.map(\.byteOffset) == runs.map(\.byteOffset).sorted())
    }

    @Test func markupIsDrawnLiterally() throws {
        let title = "a <b>bold</b> & b"
        let fitted = try Self.fitted(title)
        #expect(fitted.text == title)
        let literal = try Self.inkBox(of: title)
        let plain = try Self.inkBox(of: "a bold & b")
        #expect(literal.width > plain.width + 100, "tags drawn: \(literal) vs \(plain)")
    }

    @Test func longTitleShrinksThenEndsWithAnEllipsisAtAWordBoundary() throws {
        let title = String(repeating: "A very long title that goes on and on ", count: 7).prefix(250).description
        let fitted = try Self.fitted(title)
        #expect(fitted.lineCount <= 4)
        #expect(fitted.text.hasSuffix("…"))
        let kept = String(fitted.text.dropLast())
        #expect(title.hasPrefix(kept))
        let next = title[title.index(title.startIndex, offsetBy: kept.count)]
        #expect(next == " ", "cut at a word boundary, not inside a word: '\(kept.suffix(12))'")
    }

    @Test func shortTitleKeepsTheFullSize() throws {
        let layer = Self.titleLayer
        let fitted = try Self.fitted("PyCon US 2017")
        #expect(fitted.lineCount == 1)
        #expect(abs(fitted.logicalExtents.height - layer.style.size * 1.5) < 1)
    }

    @Test func overLongWordBreaksInsteadOfOverflowing() throws {
        let word = String(repeating: "x", count: 80)
        let fitted = try Self.fitted(word)
        #expect(fitted.lineCount > 1)
        #expect(fitted.logicalExtents.width <= Self.titleLayer.frame.width + 0.5)
    }

    // MARK: - Helpers

    static let titleLayer: TextLayer = {
        for case .text(let layer) in try! OpenGraphImageLayout(style: .modern).layout().layers { return layer }
        fatalError("modern has a title layer")
    }()

    static func engine() throws -> TextEngine {
        try TextEngine(fonts: FontConfigurationCache.configuration(for: .standard()))
    }

    static func fitted(_ title: String) throws -> TextLayout {
        TextFitter(engine: try engine(), layer: titleLayer, frame: titleLayer.frame, language: nil).fit(title).layout
    }

    static func runs(of title: String) throws -> [TextLayout.VisualRun] {
        try fitted(title).visualRuns()
    }

    /// The ink box of a title alone on a modern card (no tags, no author).
    static func inkBox(of title: String) throws -> PixelBox {
        let (_, image) = try CardFixture.modern(title, author: "", tags: [], atSymbol: false)
        return try #require(image.boundingBox(in: CardFixture.titleBox(hasTags: false), where: CardFixture.isInk))
    }
}
