import Foundation
import OGCardTestSupport
import Testing

@testable import OGCard

/// Cards over their size budget: exact palette PNGs, median-cut quantisation, and what the
/// renderer does with `maxBytes`.
@Suite struct CardSizeBudgetTests {
    /// A surface of `colours` flat stripes (distinct colours), 1200×630.
    static func stripes(_ colours: Int) throws -> CairoImageSurface {
        let surface = try CairoImageSurface(width: 1200, height: 630)
        let context = try CairoContext(surface: surface)
        context.paint(.white)
        for index in 0..<colours {
            let x = Double(index) * 1200 / Double(colours)
            context.addRectangle(CardRect(x: x.rounded(.down), y: 0, width: 1200, height: 630))
            context.fill(RGBAColor(red: UInt8(index % 256), green: UInt8((index * 7) % 256), blue: UInt8(index / 256)))
        }
        return surface
    }

    static func colourCount(_ image: DecodedImage) -> Int {
        var seen = Set<UInt32>()
        for i in stride(from: 0, to: image.rgba.count, by: 4) {
            seen.insert(UInt32(image.rgba[i]) << 16 | UInt32(image.rgba[i + 1]) << 8 | UInt32(image.rgba[i + 2]))
        }
        return seen.count
    }

    @Test(arguments: [1, 2, 5, 16, 17, 200, 256])
    func paletteIsExact(colours: Int) throws {
        let surface = try Self.stripes(colours)
        let png = try #require(try PNGWriter.palette(surface))
        #expect(png[25] == 3, "colour type should be indexed")
        let plain = try DecodedImage(png: PNGWriter.encode(surface, options: .default))
        #expect(try DecodedImage(png: png).rgba == plain.rgba)
        #expect(png.count < (try PNGWriter.encode(surface, options: .default)).count)
    }

    @Test func moreThan256ColoursHaveNoExactPalette() throws {
        #expect(try PNGWriter.palette(Self.stripes(300)) == nil)
    }

    @Test func quantisationKeepsFewColoursCloseAndIsDeterministic() throws {
        let card = try CardRenderer().render(
            CardContent(title: "Quantised 🚀 日本語 card", author: "a", tags: ["x", "y"]),
            layout: try #require(CardDesign.named("ogcard")).resolve().layout)
        let original = try DecodedImage(png: card.pngData)
        #expect(Self.colourCount(original) > 256, "the gradient design should have many colours")
        let surface = try CairoImageSurface(width: 1200, height: 630)
        // Redraw the decoded pixels onto a surface for the quantiser.
        try surface.withMutablePixelsForTesting { pixels, stride in
            for y in 0..<630 {
                for x in 0..<1200 {
                    let p = original.pixel(x, y)
                    let value = 0xff00_0000 | UInt32(p.red) << 16 | UInt32(p.green) << 8 | UInt32(p.blue)
                    (pixels + y * stride + x * 4).withMemoryRebound(to: UInt32.self, capacity: 1) { $0.pointee = value }
                }
            }
        }
        for colours in [256, 16] {
            let first = try #require(try PNGWriter.quantized(surface, colours: colours))
            let second = try #require(try PNGWriter.quantized(surface, colours: colours))
            #expect(first == second)
            let decoded = try DecodedImage(png: first)
            #expect(Self.colourCount(decoded) <= colours)
            var error = 0
            for i in stride(from: 0, to: decoded.rgba.count, by: 4) {
                for c in 0..<3 { error += abs(Int(decoded.rgba[i + c]) - Int(original.rgba[i + c])) }
            }
            let mean = Double(error) / Double(1200 * 630 * 3)
            #expect(mean < (colours == 256 ? 2.5 : 12), "\(colours) colours: mean error \(mean)")
        }
    }

    @Test func aCardWithinBudgetIsUntouched() throws {
        let renderer = try CardRenderer()
        let layout = try OpenGraphImageLayout(style: .modern).layout()
        let content = CardContent(title: "Within budget", author: "a", tags: ["t"])
        let plain = try renderer.render(content, layout: layout)
        let budgeted = try renderer.render(content, layout: layout, maxBytes: 300_000)
        #expect(budgeted.sizeReduction == nil && budgeted.pngData == plain.pngData)
    }

    @Test func slightlyOverBudgetIsReEncodedLosslessly() throws {
        let renderer = try CardRenderer()
        let layout = try #require(CardDesign.named("ogcard")).resolve().layout
        let content = CardContent(title: "Over budget by a byte", author: "a", tags: ["t"])
        let plain = try renderer.render(content, layout: layout)
        let budgeted = try renderer.render(content, layout: layout, maxBytes: plain.pngData.count - 1)
        let reduction = try #require(budgeted.sizeReduction)
        #expect(reduction.fits && !reduction.isLossy, "\(reduction)")
        #expect(reduction.originalBytes == plain.pngData.count && reduction.finalBytes == budgeted.pngData.count)
        #expect(try DecodedImage(png: budgeted.pngData).rgba == DecodedImage(png: plain.pngData).rgba)
    }

    @Test func farOverBudgetIsQuantisedAndSaysItDoesNotFit() throws {
        let renderer = try CardRenderer()
        let layout = try OpenGraphImageLayout(style: .modern).layout()
        let content = CardContent(title: "A tiny budget", author: "a", tags: ["t"])
        let card = try renderer.render(content, layout: layout, maxBytes: 1000)
        let reduction = try #require(card.sizeReduction)
        #expect(!reduction.fits && reduction.isLossy && reduction.colours == 16, "\(reduction)")
        let decoded = try DecodedImage(png: card.pngData)
        #expect(decoded.width == 1200 && Self.colourCount(decoded) <= 16)
        let again = try CardRenderer().render(content, layout: layout, maxBytes: 1000)
        #expect(again.pngData == card.pngData)
        let said = reduction.diagnostic(post: "_posts/p.md", card: "assets/og/p.png")
        #expect(said.severity == .warning && said.file == "_posts/p.md")
        #expect(
            said.reason.contains("assets/og/p.png") && said.reason.contains("16-colour")
                && said.reason.contains("still over"))
    }
}
