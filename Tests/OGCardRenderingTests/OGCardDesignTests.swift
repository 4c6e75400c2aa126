import Foundation
import OGCardTestSupport
import Testing

@testable import OGCard

/// ogcard's own design (`Assets/layouts/ogcard.yml`).
@Suite struct OGCardDesignTests {
    static let content = CardContent(
        title: "Building a static site generator in Swift: lessons from a year of side projects",
        author: "Jeff Triplett", tags: ["swift", "static-sites", "web"], siteName: "Jeff's Notes",
        publicationDate: Date(timeIntervalSince1970: 1_714_521_600))  // 2024-05-01

    static func render(_ content: CardContent = content, _ bindings: [String: LayoutValue] = [:]) throws -> (
        Data, DecodedImage
    ) {
        let layout = try LayoutFile.builtIn("ogcard").layout(bindings)
        let png = try CardRenderer().render(content, layout: layout).pngData
        return (png, try DecodedImage(png: png))
    }

    @Test func textStaysInsideTheAreaXCropsTo() throws {
        let (_, image) = try Self.render()
        // Bright pixels (text) only between y 15 and 615 and 40 px in from the sides.
        let bright: (Pixel) -> Bool = { $0.red > 150 && $0.green > 150 && $0.blue > 150 }
        let ink = try #require(image.boundingBox(in: PixelBox(minX: 13, minY: 0, maxX: 1199, maxY: 629), where: bright))
        #expect(ink.minY >= 15 + 40 && ink.maxY <= 615 - 40, "ink \(ink)")
        #expect(ink.minX >= 88 && ink.maxX <= 1112, "ink \(ink)")
    }

    @Test func dateIsFormattedFromThePublicationDate() throws {
        let layout = try LayoutFile.builtIn("ogcard").layout()
        let date = layout.layers.compactMap { layer -> TextLayer? in
            if case .text(let text) = layer, text.field == .date { return text }
            return nil
        }.first
        let format = try #require(date?.dateFormat)
        #expect(Self.content.text(for: .date, dateFormat: format) == "May 1, 2024")
    }

    @Test func tagsThatDoNotFitAreLeftOut() throws {
        var content = Self.content
        content.tags = ["swift", "a-very-long-tag-name", "web", "linux", "cairo", "pango"]
        let (_, image) = try Self.render(content)
        // The author's text area (x 88–600) has no tag pill colour in it.
        let pill = image.boundingBox(in: PixelBox(minX: 88, minY: 500, maxX: 1112, maxY: 570)) {
            Int($0.green) - Int($0.red) > 50 && $0.blue > 150
        }
        #expect((pill?.minX ?? 1200) >= 600, "tags \(String(describing: pill))")
    }

    @Test func matchesItsGolden() throws {
        let (png, _) = try Self.render()
        try GoldenImageTests.compare(png, golden: "ogcard")
    }
}
