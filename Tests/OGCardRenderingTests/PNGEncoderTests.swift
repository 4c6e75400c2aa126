import CCairo
import CCardKernels
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
                CardRect(x: Double(index * 2), y: Double(index % 13) * 3.3, width: 20.5, height: 11),
                radii: CornerRadii(all: 3))
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
    func libpngDecodesExactlyThePixelsWeEncoded(
        filter: PNGEncodingOptions.Filter, strategy: PNGEncodingOptions.Strategy
    ) throws {
        for opaque in [true, false] {
            let surface = try Self.pattern(opaque: opaque)
            let png = try PNGWriter.encode(
                surface, options: PNGEncodingOptions(compressionLevel: 3, strategy: strategy, filter: filter))
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

    /// The 6×5 opaque gradient's pixels as RGBA, row by row.
    static let gradientRGBA: [[UInt8]] = (0..<30).map { (index: Int) -> [UInt8] in
        [UInt8(index * 8), UInt8(255 - index * 7), UInt8(index * index % 256), 255]
    }

    /// Encodes a 6×5 opaque gradient (native-endian ARGB32 words) with `filter`; returns the status and the PNG.
    static func encodeGradient(filter: UInt32) -> (status: Int32, png: Data?) {
        let words = gradientRGBA.map { rgba -> UInt32 in
            0xFF00_0000 | UInt32(rgba[0]) << 16 | UInt32(rgba[1]) << 8 | UInt32(rgba[2])
        }
        var out: UnsafeMutablePointer<UInt8>?
        var length = 0
        let status = words.withUnsafeBytes { raw in
            ogc_png_encode_argb32(
                raw.baseAddress!.assumingMemoryBound(to: UInt8.self), 6, 5, 24,
                ogc_png_options(level: 3, strategy: 0, filter: ogc_png_filter(rawValue: filter)), &out, &length)
        }
        defer { ogc_png_free(out) }
        return (status, out.map { Data(bytes: $0, count: length) })
    }

    /// Fuzzing found filter values past PNG's types written into every row as is (libpng then
    /// refuses the file); the encoder now refuses them. PNG's average filter (3) stays valid.
    @Test func filterValuesOutsidePNGsTypesAreRefused() throws {
        for filter: UInt32 in [6, 7, 255, 0x8000_0000] {
            let (status, png) = Self.encodeGradient(filter: filter)
            #expect(status == Int32(OGC_PNG_BAD_ARGUMENT), "filter \(filter)")
            #expect(png == nil, "filter \(filter)")
        }
        let (status, png) = Self.encodeGradient(filter: 3)
        #expect(status == Int32(OGC_PNG_OK))
        let decoded = try DecodedImage(png: try #require(png))
        #expect(decoded.rgba == Self.gradientRGBA.flatMap { $0 })
    }
}
