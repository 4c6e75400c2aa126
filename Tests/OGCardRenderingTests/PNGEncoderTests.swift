import CCairo
import Foundation
import OGCardTestSupport
import Testing

@testable import OGCard

/// ogcard's PNG encoder, checked by decoding with libpng and comparing every pixel.
@Suite struct PNGEncoderTests {
    /// A surface with gradients, hard edges and (optionally) translucent pixels.
    static func pattern(opaque: Bool) throws -> CairoImageSurface {
        let surface = try CairoImageSurface(width: 97, height: 61)
        let context = try CairoContext(surface: surface)
        context.paint(opaque ? RGBAColor(hex: "203040")! : .clear)
        for index in 0..<40 {
            let color = RGBAColor(
                red: UInt8(index * 6), green: UInt8(255 - index * 5), blue: UInt8(index * 13 % 256),
                alpha: opaque ? 255 : UInt8(40 + index * 5))
            context.addRoundedRectangle(
                CardRect(x: Double(index * 2), y: Double(index % 13) * 3.3, width: 20.5, height: 11), radii: CornerRadii(all: 3))
            context.fill(color)
        }
        return surface
    }

    /// The surface's pixels as straight-alpha RGBA, computed here independently of the encoder.
    static func expectedRGBA(_ surface: CairoImageSurface) throws -> [UInt8] {
        try surface.withPixels { pixels, stride in
            var result: [UInt8] = []
            for y in 0..<surface.height {
                for x in 0..<surface.width {
                    let raw = UnsafeRawPointer(pixels + y * stride + x * 4).loadUnaligned(as: UInt32.self)
                    let a = Int(raw >> 24), r = Int(raw >> 16 & 0xff), g = Int(raw >> 8 & 0xff), b = Int(raw & 0xff)
                    func straight(_ c: Int) -> UInt8 { a == 0 ? 0 : UInt8((c * 255 + a / 2) / a) }
                    result += [straight(r), straight(g), straight(b), UInt8(a)]
                }
            }
            return result
        }
    }

    @Test(arguments: PNGEncodingOptions.Filter.allCases, PNGEncodingOptions.Strategy.allCases)
    func libpngDecodesExactlyThePixelsWeEncoded(filter: PNGEncodingOptions.Filter, strategy: PNGEncodingOptions.Strategy) throws {
        for opaque in [true, false] {
            let surface = try Self.pattern(opaque: opaque)
            let png = try PNGWriter.encode(surface, options: PNGEncodingOptions(compressionLevel: 3, strategy: strategy, filter: filter))
            let decoded = try DecodedImage(png: png)
            #expect(decoded.width == 97 && decoded.height == 61)
            #expect(decoded.rgba == (try Self.expectedRGBA(surface)), "opaque \(opaque)")
        }
    }

    @Test func opaqueCardsAreWrittenAsRGBWithoutAlpha() throws {
        let (png, _) = try CardFixture.modern("x")
        // IHDR colour type is the 10th byte of the IHDR payload: 8 (signature) + 8 (length, type) + 9.
        #expect(png[8 + 8 + 9] == 2)
    }

    @Test func everyCompressionLevelRoundTrips() throws {
        let surface = try Self.pattern(opaque: true)
        let expected = try Self.expectedRGBA(surface)
        for level in 0...9 {
            let png = try PNGWriter.encode(surface, options: PNGEncodingOptions(compressionLevel: level))
            #expect(try DecodedImage(png: png).rgba == expected, "level \(level)")
        }
    }
}
