import CCairo
import Foundation
import OGCardBenchmarks
import OGCardTestSupport
import Testing

@testable import OGCard

/// Cards encoded by reusing the backdrop's deflated bands decode to exactly the pixels of a plain
/// encode, whatever rows the card changed (ogc_png_encode_spliced).
@Suite struct SplicedEncodingTests {
    static let designs = SiteDesign.names

    static func layout(_ design: String) throws -> CardLayout {
        try #require(CardDesign.named(design)).resolve().layout
    }

    /// 40 synthetic titles (Latin, emoji, CJK, RTL, 40-word) on every built-in design.
    @Test(arguments: designs)
    func splicedCardsDecodeToThePlainEncodersPixels(design: String) throws {
        let layout = try Self.layout(design)
        let spliced = try CardRenderer()
        let plain = try CardRenderer(encoding: PNGEncodingOptions(reusesBackdrop: false))
        var generator = SyntheticContent()
        var smaller = 0
        for index in 0..<40 {
            var content = generator.content(index: index)
            if index % 5 == 0 { content.siteName = "A site" }
            let a = try spliced.render(content, layout: layout).pngData
            let b = try plain.render(content, layout: layout).pngData
            let decodedA = try DecodedImage(png: a)
            let decodedB = try DecodedImage(png: b)
            #expect(decodedA.width == layout.width && decodedA.height == layout.height)
            #expect(decodedA.rgba == decodedB.rgba, "\(design) card \(index): spliced pixels differ")
            if a.count < b.count { smaller += 1 }
        }
        // The backdrop's bands are deflated at zlib 9, the plain encoder's at 1.
        #expect(smaller > 30, "\(design): only \(smaller) of 40 spliced cards are smaller")
    }

    /// A gradient backdrop, then cards that change the first row, the last row, one row in the
    /// middle, every row, or nothing; with every row filter (the filters read the row above).
    @Test(arguments: PNGEncodingOptions.Filter.allCases)
    func changedRowsAnywhereRoundTrip(filter: PNGEncodingOptions.Filter) throws {
        let width = 300
        let height = 100
        let backdrop = try CairoImageSurface(width: width, height: height)
        let context = try CairoContext(surface: backdrop)
        context.paint(.white)
        context.fill(
            LinearGradient(
                angle: 90,
                stops: [
                    GradientStop(color: RGBAColor(red: 10, green: 20, blue: 200), position: 0),
                    GradientStop(color: RGBAColor(red: 250, green: 120, blue: 0), position: 1),
                ]), in: CardRect(x: 0, y: 0, width: Double(width), height: Double(height)))
        let cached = CachedBackdrop(surface: backdrop)
        let options = PNGEncodingOptions(filter: filter)
        let changes: [(String, [CardRect])] = [
            ("nothing", []),
            ("first row", [CardRect(x: 10, y: 0, width: 20, height: 1)]),
            ("last row", [CardRect(x: 290, y: 99, width: 10, height: 1)]),
            ("one middle row", [CardRect(x: 0, y: 47, width: 1, height: 1)]),
            ("band edges", [CardRect(x: 5, y: 15, width: 3, height: 2), CardRect(x: 5, y: 64, width: 3, height: 1)]),
            ("every row", [CardRect(x: 150, y: 0, width: 2, height: 100)]),
            ("whole card", [CardRect(x: 0, y: 0, width: 300, height: 100)]),
        ]
        for (name, rects) in changes {
            let card = try CairoImageSurface(width: width, height: height)
            let painter = try CairoContext(surface: card)
            painter.copy(backdrop)
            for rect in rects {
                painter.addRectangle(rect)
                painter.fill(RGBAColor(red: 0, green: 200, blue: 90))
            }
            let spliced = try DecodedImage(png: PNGWriter.encode(card, over: cached, options: options))
            let plain = try DecodedImage(png: PNGWriter.encode(card, options: options))
            #expect(spliced.rgba == plain.rgba, "\(filter), \(name): spliced pixels differ")
            if name == "nothing" {
                #expect(spliced.rgba == (try DecodedImage(png: PNGWriter.encode(backdrop, options: options))).rgba)
            }
        }
    }

    /// A card with a transparent pixel is written as RGBA by the plain encoder's path.
    @Test func transparentCardFallsBackToRGBA() throws {
        let backdrop = try CairoImageSurface(width: 64, height: 40)
        try CairoContext(surface: backdrop).paint(RGBAColor(red: 20, green: 30, blue: 40))
        let card = try CairoImageSurface(width: 64, height: 40)
        let context = try CairoContext(surface: card)
        context.copy(backdrop)
        // One cleared row in the middle: the other rows are the backdrop's.
        cairo_set_operator(context.pointer, CAIRO_OPERATOR_CLEAR)
        cairo_rectangle(context.pointer, 0, 20, 64, 1)
        cairo_fill(context.pointer)
        let png = try PNGWriter.encode(card, over: CachedBackdrop(surface: backdrop), options: .default)
        #expect(png[25] == 6, "colour type should be RGBA")
        let decoded = try DecodedImage(png: png)
        #expect(decoded.pixel(3, 20).alpha == 0)
        #expect(decoded.pixel(3, 19) == Pixel(red: 20, green: 30, blue: 40))
        #expect(decoded.rgba == (try DecodedImage(png: PNGWriter.encode(card, options: .default))).rgba)
    }
}
