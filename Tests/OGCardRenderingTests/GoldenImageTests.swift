import Foundation
import OGCardTestSupport
import Testing

@testable import OGCard

/// One reference image per style, compared as decoded pixels with a tolerance (antialiasing may
/// differ slightly between Cairo/Pango/FreeType builds).
///
/// `OGCARD_RECORD_GOLDENS=1 swift test --filter GoldenImageTests` re-records them. A missing
/// golden fails the test (record it and commit it); CI never records, it must never approve its
/// own output.
@Suite struct GoldenImageTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Goldens")

    /// The cards: each style with a real URL parameter set, or its defaults, and parameters off the
    /// defaults (sizes, alignment, margins, alpha colours). The `*-unusual` goldens were recorded
    /// when the layout files still matched, layer for layer, the Swift layouts they replaced.
    static let cases: [(name: String, url: String)] = [
        ("modern-webology", OpenGraphImageCases.webology),
        ("custom-danestves", OpenGraphImageCases.danestves),
        (
            "custom-defaults",
            "https://generator.opengraphimg.com/?style=custom&title=Writing+a+static+site+generator&tags=swift,web&author=jane&atSymbol=true"
        ),
        (
            "classic-defaults",
            "https://generator.opengraphimg.com/?style=classic&title=Writing+a+static+site+generator&tags=swift,web&author=jane&atSymbol=true"
        ),
        (
            "devto-defaults",
            "https://generator.opengraphimg.com/?style=devto&title=Writing+a+static+site+generator&tags=swift,web&author=jane&atSymbol=true"
        ),
        ("classic-unusual", OpenGraphImageCases.unusual[0]),
        ("devto-unusual", OpenGraphImageCases.unusual[1]),
        ("modern-unusual", OpenGraphImageCases.unusual[2]),
    ]

    @Test(arguments: cases.map(\.name))
    func cardMatchesItsGolden(name: String) throws {
        let url = try #require(Self.cases.first { $0.name == name }?.url)
        let parameters = try OpenGraphImageCases.parameters(url)
        let content = try OpenGraphImageCases.content(url)
        let png = try CardRenderer().render(content, layout: try OpenGraphImageLayout(parameters).layout()).pngData
        try Self.compare(png, golden: name)
    }

    /// Compares `png` with `Goldens/<name>.png`: at most 0.2 % of pixels may differ by more than 32
    /// in a channel, and the mean difference must stay under 1.
    static func compare(_ png: Data, golden name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let golden = ReferenceFile(
            folder.appendingPathComponent("\(name).png"), recordVariable: "OGCARD_RECORD_GOLDENS")
        guard let reference = try golden.expected(for: png, sourceLocation: sourceLocation) else { return }
        let actual = try DecodedImage(png: png)
        let expected = try DecodedImage(png: reference)
        #expect(actual.width == expected.width && actual.height == expected.height)
        guard actual.width == expected.width, actual.height == expected.height else { return }
        var far = 0
        var total = 0
        for y in 0..<actual.height {
            for x in 0..<actual.width {
                let distance = actual.pixel(x, y).distance(to: expected.pixel(x, y))
                total += distance
                if distance > 32 { far += 1 }
            }
        }
        let pixels = actual.width * actual.height
        let mean = Double(total) / Double(pixels)
        #expect(far * 500 <= pixels, "\(name): \(far) pixels differ by more than 32")
        #expect(mean < 1, "\(name): mean difference \(mean)")
        if far * 500 > pixels || mean >= 1 {
            let diffPath = FileManager.default.temporaryDirectory.appendingPathComponent("\(name)-actual.png")
            try? png.write(to: diffPath)
            print("actual card written to \(diffPath.path)")
        }
    }
}
