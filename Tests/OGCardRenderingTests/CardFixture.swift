import Foundation
import OGCardTestSupport
import Testing

@testable import OGCard

/// Renders cards for tests and decodes them with libpng.
enum CardFixture {
    static let navy = Pixel(hex: "161E2E")
    static let blue = Pixel(hex: "1C64F2")

    /// One renderer per test thread would be the rule in production; tests render serially.
    static func renderer() throws -> CardRenderer {
        try CardRenderer()
    }

    static func modern(_ title: String, author: String = "webology", tags: [String] = ["pycon"], atSymbol: Bool = true)
        throws -> (png: Data, image: DecodedImage)
    {
        var design = OpenGraphImageStyleDefaults.resolved(for: .modern)
        design.atSymbol = atSymbol
        let card = try renderer().render(
            CardContent(title: title, author: author, tags: tags), layout: try OpenGraphImageLayout(design).layout())
        return (card.pngData, try DecodedImage(png: card.pngData))
    }

    /// Pixels that differ from the navy box.
    static func isInk(_ pixel: Pixel) -> Bool { pixel.distance(to: navy) > 24 }

    /// The modern title box for 24 px pills: x 128–1072, y 108–522 (64–522 without tags).
    static func titleBox(hasTags: Bool = true) -> PixelBox {
        PixelBox(minX: 128, minY: hasTags ? 108 : 64, maxX: 1071, maxY: 521)
    }
}
