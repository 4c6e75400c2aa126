import Foundation
import OGCardTestSupport
import Testing

@testable import OGCard

/// modern from real URLs and with every pill parameter, on decoded pixels.
@Suite struct ModernStyleParameterTests {
    @Test func webologyURLGivesPillsAt64And522() throws {
        let image = try StyleFixture.render(OpenGraphImageCases.webology)
        #expect(image.pixel(0, 0) == StyleFixture.navy)
        let top = try #require(
            image.boundingBox(in: PixelBox(minX: 0, minY: 0, maxX: 1199, maxY: 200)) { $0 == StyleFixture.blue })
        let bottom = try #require(
            image.boundingBox(in: PixelBox(minX: 0, minY: 450, maxX: 1199, maxY: 629)) { $0 == StyleFixture.blue })
        #expect(abs(top.minY - 64) <= 1 && abs(top.maxY - 107) <= 1, "tags \(top)")
        #expect(abs(bottom.minY - 522) <= 1 && abs(bottom.maxY - 565) <= 1, "author \(bottom)")
        // "@webology" at 24 px is ~110 px wide plus 2 × 20 px padding.
        #expect((130...170).contains(bottom.width), "author pill \(bottom)")
    }

    @Test func pillColoursAndSpacingFollowTheParameters() throws {
        let image = try StyleFixture.render(
            "https://generator.opengraphimg.com/?style=modern&title=T&tags=aa,bb&tagBackground=ff0000&authorBackgroud=00ff00&author=me"
        )
        let red = Pixel(hex: "FF0000"), green = Pixel(hex: "00FF00")
        let pills = try #require(image.boundingBox(in: PixelBox(minX: 0, minY: 0, maxX: 1199, maxY: 200)) { $0 == red })
        let author = try #require(
            image.boundingBox(in: PixelBox(minX: 0, minY: 450, maxX: 1199, maxY: 629)) { $0 == green })
        #expect(abs(author.maxY - 565) <= 1)
        // Two pills 24 px apart: a run of 24 navy columns in the middle of the red span.
        let y = 70
        var gaps: [Int] = []
        var run = 0
        for x in pills.minX...pills.maxX {
            if image.pixel(x, y) == StyleFixture.navy { run += 1 } else if run > 0 { gaps.append(run); run = 0 }
        }
        #expect(gaps == [24], "gaps between pills at y \(y): \(gaps)")
    }

    @Test func biggerTitleSizeAndTitleMargin() throws {
        var parameters = StyleFixture.defaults(.modern)
        parameters.titleSize = TailwindClasses("text-5xl")
        let small = try StyleFixture.render(parameters)
        let large = try StyleFixture.render(StyleFixture.defaults(.modern))
        let isInk = CardFixture.isInk
        let smallInk = try #require(small.boundingBox(in: CardFixture.titleBox(), where: isInk))
        let largeInk = try #require(large.boundingBox(in: CardFixture.titleBox(), where: isInk))
        #expect(smallInk.width < largeInk.width * 80 / 100, "48 px vs 64 px: \(smallInk) \(largeInk)")
    }
}
