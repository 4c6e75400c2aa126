import Foundation
import OGCardTestSupport
import Testing

@testable import OGCard

/// The opengraphimg modern card's geometry, checked on decoded pixels.
@Suite struct ModernCardGeometryTests {
    @Test func cardIs1200By630WithTheNavyBoxAtEveryCorner() throws {
        let (_, image) = try CardFixture.modern("PyCon US 2017")
        #expect(image.width == 1200)
        #expect(image.height == 630)
        for (x, y) in [(0, 0), (1199, 0), (0, 629), (1199, 629), (600, 5), (5, 315)] {
            #expect(image.pixel(x, y) == CardFixture.navy, "pixel (\(x), \(y))")
        }
    }

    @Test func tagPillIsCentredAtTheTopFrom64To108() throws {
        let (_, image) = try CardFixture.modern("PyCon US 2017")
        let pill = try #require(
            image.boundingBox(in: PixelBox(minX: 0, minY: 0, maxX: 1199, maxY: 200)) {
                $0 == CardFixture.blue
            })
        #expect(abs(pill.minY - 64) <= 1, "top \(pill)")
        #expect(abs(pill.maxY - 107) <= 1, "bottom \(pill)")
        #expect(abs((pill.minX + pill.maxX + 1) / 2 - 600) <= 1, "centred \(pill)")
        // "#pycon" in 24 px Open Sans is about 78 px wide, plus 2 × 20 px padding.
        #expect((100...140).contains(pill.width), "width \(pill)")
        // White text inside the pill.
        #expect(image.count(in: pill) { $0.red > 200 && $0.green > 200 && $0.blue > 200 } > 50)
    }

    @Test func authorPillIsCentredAtTheBottomFrom522To566() throws {
        let (_, image) = try CardFixture.modern("PyCon US 2017")
        let pill = try #require(
            image.boundingBox(in: PixelBox(minX: 0, minY: 450, maxX: 1199, maxY: 629)) {
                $0 == CardFixture.blue
            })
        #expect(abs(pill.minY - 522) <= 1, "top \(pill)")
        #expect(abs(pill.maxY - 565) <= 1, "bottom \(pill)")
        #expect(abs((pill.minX + pill.maxX + 1) / 2 - 600) <= 1, "centred \(pill)")
    }

    @Test func inkStaysInsideThePillsAndTheTitleBox() throws {
        let (_, image) = try CardFixture.modern("PyCon US 2017: a conference report with several lines of text")
        let top = try #require(
            image.boundingBox(in: PixelBox(minX: 0, minY: 0, maxX: 1199, maxY: 107)) { $0 == CardFixture.blue })
        let bottom = try #require(
            image.boundingBox(in: PixelBox(minX: 0, minY: 522, maxX: 1199, maxY: 629)) { $0 == CardFixture.blue })
        let title = CardFixture.titleBox()
        var stray: [String] = []
        for y in 0..<image.height {
            for x in 0..<image.width where CardFixture.isInk(image.pixel(x, y)) {
                if !(top.contains(x: x, y: y) || bottom.contains(x: x, y: y) || title.contains(x: x, y: y)) {
                    stray.append("(\(x),\(y))")
                }
            }
        }
        #expect(stray.isEmpty, "ink outside the allowed areas: \(stray.prefix(10))")
    }

    @Test func titleIsCentredVerticallyInItsArea() throws {
        let (_, image) = try CardFixture.modern("PyCon US 2017")
        let ink = try #require(image.boundingBox(in: CardFixture.titleBox(), where: CardFixture.isInk))
        // One 96 px line centred in y 108–522: the line box is 267–363; cap height and
        // descender put the ink roughly 283–350.
        #expect(abs((ink.minY + ink.maxY) / 2 - 315) <= 12, "ink \(ink)")
        #expect(abs((ink.minX + ink.maxX) / 2 - 600) <= 3, "ink \(ink)")
    }

    @Test func withoutTagsTheTitleAreaStartsAt64AndNoTopPillIsDrawn() throws {
        let (_, image) = try CardFixture.modern("PyCon US 2017", tags: [])
        #expect(
            image.boundingBox(in: PixelBox(minX: 0, minY: 0, maxX: 1199, maxY: 200)) { $0 == CardFixture.blue } == nil)
        let ink = try #require(image.boundingBox(in: CardFixture.titleBox(hasTags: false), where: CardFixture.isInk))
        // Centred in y 64–522: middle 293.
        #expect(abs((ink.minY + ink.maxY) / 2 - 293) <= 12, "ink \(ink)")
    }

    @Test func emptyAuthorLeavesNoPill() throws {
        let (_, image) = try CardFixture.modern("PyCon US 2017", author: "", atSymbol: false)
        #expect(
            image.boundingBox(in: PixelBox(minX: 0, minY: 450, maxX: 1199, maxY: 629)) { $0 == CardFixture.blue } == nil
        )
    }

    @Test func coloursComeFromTheDesign() throws {
        var design = OpenGraphImageStyleDefaults.resolved(for: .modern)
        design.boxBackground = RGBAColor(hex: "00C389")!
        design.tagBackground = RGBAColor(hex: "ff0000")!
        let card = try CardRenderer().render(
            CardContent(title: "x", author: "a", tags: ["t"]), layout: try OpenGraphImageLayout(design).layout())
        let image = try DecodedImage(png: card.pngData)
        #expect(image.pixel(0, 0) == Pixel(hex: "00C389"))
        #expect(
            image.boundingBox(in: PixelBox(minX: 0, minY: 0, maxX: 1199, maxY: 200)) { $0 == Pixel(hex: "FF0000") }
                != nil)
    }
}
