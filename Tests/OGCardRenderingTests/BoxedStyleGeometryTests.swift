import Foundation
import OGCardTestSupport
import Testing

@testable import OGCard

/// custom, classic and devto geometry on decoded pixels, against shared/docs/opengraphimg.md (±2 px).
@Suite struct BoxedStyleGeometryTests {
    // MARK: custom

    @Test func customBoxIsInset40WithRoundedCornersOnWhite() throws {
        let image = try StyleFixture.render(StyleFixture.defaults(.custom))
        #expect(image.pixel(5, 5) == StyleFixture.white)
        let box = try #require(image.boundingBox { $0 == StyleFixture.customBox })
        #expect(abs(box.minX - 40) <= 1 && abs(box.maxX - 1159) <= 1, "box \(box)")
        #expect(abs(box.minY - 40) <= 1 && abs(box.maxY - 589) <= 1, "box \(box)")
        // 16 px corners: the corner pixel is outside the arc, the middle of each edge is inside.
        #expect(image.pixel(41, 41) != StyleFixture.customBox)
        #expect(image.pixel(56, 41) == StyleFixture.customBox)
        #expect(image.pixel(41, 56) == StyleFixture.customBox)
    }

    @Test func customShadowFallsBelowTheBox() throws {
        let image = try StyleFixture.render(StyleFixture.defaults(.custom))
        // shadow-2xl: 25 px down, 50 px blur, -12 px spread, black at 25 %: visible under the
        // box, hardly above it.
        let below = image.pixel(600, 600), above = image.pixel(600, 30)
        #expect((180...245).contains(Int(below.red)), "below \(below)")
        #expect(above.red >= 250, "above \(above)")
        #expect(below.red == below.green && below.green == below.blue, "neutral grey \(below)")
    }

    @Test func customTitleStartsAt168AndTheRowEndsAt542() throws {
        let image = try StyleFixture.render(StyleFixture.defaults(.custom))
        let isInk = StyleFixture.ink(on: StyleFixture.customBox)
        let title = try #require(
            image.boundingBox(in: PixelBox(minX: 60, minY: 60, maxX: 1140, maxY: 480), where: isInk))
        // A 96 px line box from y 168: the cap tops of 64 px Open Sans sit ~20 px lower.
        #expect((172...200).contains(title.minY), "title \(title)")
        #expect(title.minX >= 168 && title.maxX <= 1032, "title \(title)")
        #expect(abs((title.minX + title.maxX) / 2 - 600) <= 3, "centred \(title)")
        let tags = try #require(
            image.boundingBox(in: PixelBox(minX: 60, minY: 481, maxX: 599, maxY: 570), where: isInk))
        let author = try #require(
            image.boundingBox(in: PixelBox(minX: 600, minY: 481, maxX: 1140, maxY: 570), where: isInk))
        // Row y 506–542; text ink starts right at the strip edges x 88 and 1112.
        #expect(abs(tags.minX - 88) <= 3, "tags \(tags)")
        #expect(abs(author.maxX - 1111) <= 3, "author \(author)")
        for ink in [tags, author] {
            #expect(ink.minY >= 506 && ink.maxY <= 542, "row ink \(ink)")
        }
    }

    @Test func danestvesCardHasGreenCanvasNavyBoxRaisedTitleAnd30pxRow() throws {
        let image = try StyleFixture.render(OpenGraphImageCases.danestves)
        let box = Pixel(hex: "071D49")
        #expect(image.pixel(5, 5) == Pixel(hex: "00C389"))
        #expect(image.pixel(600, 45) == box)
        let isInk = StyleFixture.ink(on: box)
        let title = try #require(
            image.boundingBox(in: PixelBox(minX: 60, minY: 60, maxX: 1140, maxY: 440), where: isInk))
        // -mt-12: the line box starts at y 120.
        #expect((124...152).contains(title.minY), "title \(title)")
        let row = try #require(
            image.boundingBox(in: PixelBox(minX: 60, minY: 441, maxX: 1140, maxY: 570), where: isInk))
        // text-3xl: a 45 px line, y 497–542.
        #expect(row.minY >= 497 && row.maxY <= 542, "row \(row)")
        #expect(row.height >= 24, "30 px text is taller than 24 px text: \(row)")
    }

    // MARK: classic

    @Test func classicHasBlueCanvasNavyBoxAndTitleFrom136() throws {
        let image = try StyleFixture.render(StyleFixture.defaults(.classic))
        #expect(image.pixel(5, 5) == StyleFixture.blue)
        let box = try #require(image.boundingBox { $0 == StyleFixture.navy })
        #expect(abs(box.minX - 40) <= 1 && abs(box.maxY - 589) <= 1, "box \(box)")
        let title = try #require(
            image.boundingBox(
                in: PixelBox(minX: 60, minY: 60, maxX: 1140, maxY: 440), where: StyleFixture.ink(on: StyleFixture.navy))
        )
        #expect((140...168).contains(title.minY), "title \(title)")
    }

    @Test func classicTitleMayUseTheWholeBoxWidth() throws {
        let content = CardContent(
            title: "An extraordinarily long conference title that fills the box", author: "a", tags: [])
        let image = try StyleFixture.render(StyleFixture.defaults(.classic), content: content)
        let title = try #require(
            image.boundingBox(
                in: PixelBox(minX: 60, minY: 60, maxX: 1140, maxY: 440), where: StyleFixture.ink(on: StyleFixture.navy))
        )
        // Wider than custom's 864 px content area, inside the box's 1120.
        #expect(title.width > 870 && title.minX >= 40 && title.maxX <= 1160, "title \(title)")
    }

    // MARK: devto

    @Test func devtoBorderAndOffsetPanel() throws {
        let image = try StyleFixture.render(StyleFixture.defaults(.devto))
        // 2 px border inside the box's frame x 48–1152, y 48–582.
        for (x, y) in [(48, 315), (49, 315), (1151, 315), (1150, 315), (600, 48), (600, 49), (600, 581)] {
            #expect(image.pixel(x, y) == StyleFixture.blue, "border at (\(x), \(y))")
        }
        for (x, y) in [(51, 315), (1148, 315), (600, 52), (600, 578)] {
            #expect(image.pixel(x, y) == StyleFixture.white, "box inside at (\(x), \(y))")
        }
        // The panel shows 8 px right of and below the box: x 1152–1160, y 582–590.
        for (x, y) in [(1155, 315), (1159, 315), (600, 585), (600, 589), (60, 585)] {
            #expect(image.pixel(x, y) == StyleFixture.blue, "panel at (\(x), \(y))")
        }
        for (x, y) in [(1161, 315), (600, 591), (52, 585), (1165, 60)] {
            #expect(image.pixel(x, y) == StyleFixture.white, "canvas at (\(x), \(y))")
        }
        // Rounded top corners (16 px), square bottom ones.
        #expect(image.pixel(49, 49) == StyleFixture.white)
        #expect(image.pixel(48, 581) == StyleFixture.blue)
    }

    @Test func devtoTitleIsLeftAlignedFrom114AndTheRowEndsAt532() throws {
        let content = CardContent(title: "PyCon US 2017", author: "webology", tags: ["pycon", "python"])
        let image = try StyleFixture.render(StyleFixture.defaults(.devto), content: content)
        let isInk: (Pixel) -> Bool = {
            $0.distance(to: StyleFixture.white) > 60 && $0 != StyleFixture.blue || $0 == StyleFixture.blue
        }
        let inside = PixelBox(minX: 70, minY: 70, maxX: 1130, maxY: 570)
        let title = try #require(
            image.boundingBox(in: PixelBox(minX: 70, minY: 70, maxX: 1130, maxY: 440), where: isInk))
        #expect(abs(title.minX - 118) <= 5, "left-aligned at 114 (+ side bearing): \(title)")
        #expect((118...146).contains(title.minY), "title \(title)")
        let author = try #require(
            image.boundingBox(in: PixelBox(minX: 70, minY: 441, maxX: 599, maxY: 570), where: isInk))
        let tags = try #require(
            image.boundingBox(in: PixelBox(minX: 600, minY: 441, maxX: 1130, maxY: 570), where: isInk))
        #expect(abs(author.minX - 114) <= 3, "author on the left: \(author)")
        #expect(abs(tags.maxX - 1085) <= 3, "tags on the right: \(tags)")
        for ink in [author, tags] {
            #expect(ink.minY >= 496 && ink.maxY <= 532, "row ink \(ink)")
        }
        #expect(inside.contains(title))
    }

    // MARK: parameters

    @Test func alphaColourBlendsOverTheBox() throws {
        var parameters = StyleFixture.defaults(.classic)
        parameters.tagsColor = RGBAColor(hex: "ff000080")!
        let image = try StyleFixture.render(parameters)
        let row = PixelBox(minX: 60, minY: 481, maxX: 599, maxY: 570)
        let halfRed = image.count(in: row) { (120...160).contains(Int($0.red)) && $0.green < 40 }
        #expect(halfRed > 20, "50 % red over navy")
        #expect(image.count(in: row, where: StyleFixture.isRed) == 0, "never fully red")
    }

    @Test func titleAlignRightAndSeveralMarginClasses() throws {
        var parameters = StyleFixture.defaults(.custom)
        parameters.titleAlign = TailwindClasses("text-right")
        parameters.titleMargin = TailwindClasses("-mt-8 -mr-16")
        let image = try StyleFixture.render(parameters)
        let title = try #require(
            image.boundingBox(
                in: PixelBox(minX: 60, minY: 60, maxX: 1140, maxY: 440),
                where: StyleFixture.ink(on: StyleFixture.customBox)))
        // Right edge moved from 1032 to 1096; top from 168 to 136.
        #expect(abs(title.maxX - 1094) <= 4, "title \(title)")
        #expect((140...168).contains(title.minY), "title \(title)")
    }

    @Test func detailsMarginMovesTheBottomRow() throws {
        var parameters = StyleFixture.defaults(.custom)
        parameters.detailsMargin = TailwindClasses("-m-10")
        let image = try StyleFixture.render(parameters)
        let tags = try #require(
            image.boundingBox(
                in: PixelBox(minX: 60, minY: 441, maxX: 599, maxY: 570),
                where: StyleFixture.ink(on: StyleFixture.customBox)))
        // Strip x 128–1072, bottom 502.
        #expect(abs(tags.minX - 128) <= 3 && tags.maxY <= 502 && tags.minY >= 466, "tags \(tags)")
    }
}
