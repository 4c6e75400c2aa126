import Foundation
import OGCardTestSupport

@testable import OGCard

/// Renders opengraphimg cards from URLs or parameters and decodes them.
enum StyleFixture {
    static let white = Pixel(hex: "FFFFFF")
    static let blue = Pixel(hex: "1C64F2")
    static let navy = Pixel(hex: "161E2E")
    static let customBox = Pixel(hex: "1A202C")

    static func render(_ url: String) throws -> DecodedImage {
        try render(OpenGraphImageCases.parameters(url), content: OpenGraphImageCases.content(url))
    }

    static func render(
        _ parameters: OpenGraphImageResolvedParameters, content: CardContent? = nil, logoFiles: [String: URL] = [:]
    ) throws -> DecodedImage {
        let content = content ?? CardContent(title: "PyCon US 2017", author: "webology", tags: ["pycon"])
        let layout = try OpenGraphImageLayout(parameters, logoFiles: logoFiles).layout()
        return try DecodedImage(png: try CardRenderer().render(content, layout: layout).pngData)
    }

    /// A style's defaults with "@" before the author.
    static func defaults(_ style: OpenGraphImageStyle) -> OpenGraphImageResolvedParameters {
        var parameters = OpenGraphImageStyleDefaults.resolved(for: style)
        parameters.atSymbol = true
        return parameters
    }

    /// Pixels far from `background`: text, in practice.
    static func ink(on background: Pixel) -> (Pixel) -> Bool {
        { $0.distance(to: background) > 60 }
    }

    /// A 40 × 40 opaque red PNG, written to a temporary file.
    static func redLogo() throws -> URL {
        let layout = CardLayout(
            name: "logo", width: 40, height: 40, background: RGBAColor(red: 255, green: 0, blue: 0), layers: [])
        let png = try CardRenderer().render(CardContent(title: ""), layout: layout).pngData
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("ogcard-logo-\(UUID().uuidString).png")
        try png.write(to: url)
        return url
    }

    static func isRed(_ pixel: Pixel) -> Bool { pixel.red > 200 && pixel.green < 60 && pixel.blue < 60 }
}
