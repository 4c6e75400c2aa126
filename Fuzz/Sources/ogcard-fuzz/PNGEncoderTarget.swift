import CCardKernels
import Foundation
import PNGTestSupport

/// ogcard's C PNG encoder (`ogc_png_encode_argb32`), built with AddressSanitizer and
/// UndefinedBehaviorSanitizer, checked against libpng's decoder.
///
/// Input: width (1…64), height (1…32), extra row padding (0…3 pixels), zlib level (−2…10),
/// strategy (−1…5), row filter (0…7), whether to keep pixels valid premultiplied colour, whether
/// to make them opaque; then the pixel words, repeated to fill the image.
///
/// Properties:
/// - the encoder accepts exactly the valid options (zlib level −1…9, strategy 0…4, PNG filter
///   0…4 or 5 for adaptive) and refuses anything else with an error status;
/// - what it accepts, libpng decodes to the same size, and for valid premultiplied pixels to
///   exactly the straight-alpha pixels computed here;
/// - it never reads outside the pixel rows it was given (the buffer is allocated to the byte
///   and the padding between rows is never part of the image).
enum PNGEncoderTarget: FuzzTarget {
    static let name = "png-encoder"
    static let summary = "C PNG encoder under ASan/UBSan; libpng decodes the same pixels"

    static func test(_ data: [UInt8]) {
        var input = FuzzInput(data)
        let width = input.int(in: 1...64)
        let height = input.int(in: 1...32)
        let padding = input.int(in: 0...3)
        let level = input.int(in: -2...10)
        let strategy = input.int(in: -1...5)
        let filter = input.int(in: 0...7)
        let premultiplied = input.flag()
        let opaque = input.flag()
        let payload = input.rest()

        let stride = (width + padding) * 4
        var words = [UInt32](repeating: 0, count: width * height)
        for index in words.indices {
            var word: UInt32 = 0
            for byte in 0..<4 where !payload.isEmpty {
                word |= UInt32(payload[(index * 4 + byte) % payload.count]) << (8 * byte)
            }
            if opaque { word |= 0xFF00_0000 }
            if premultiplied { word = clampedToAlpha(word) }
            words[index] = word
        }
        // Exactly stride × height bytes, so AddressSanitizer sees any read past the last row;
        // padding bytes hold a marker that must never show up in the image.
        let byteCount = stride * height
        let pixels = UnsafeMutableRawPointer.allocate(byteCount: byteCount, alignment: 4)
        defer { pixels.deallocate() }
        pixels.initializeMemory(as: UInt8.self, repeating: 0xA5, count: byteCount)
        for y in 0..<height {
            for x in 0..<width {
                pixels.storeBytes(of: words[y * width + x], toByteOffset: y * stride + x * 4, as: UInt32.self)
            }
        }

        let options = ogc_png_options(level: CInt(level), strategy: CInt(strategy), filter: ogc_png_filter(rawValue: UInt32(filter)))
        var out: UnsafeMutablePointer<UInt8>?
        var length = 0
        let status = ogc_png_encode_argb32(pixels.assumingMemoryBound(to: UInt8.self), CInt(width), CInt(height), CInt(stride), options, &out, &length)
        defer { ogc_png_free(out) }

        let validOptions = (-1...9).contains(level) && (0...4).contains(strategy) && [0, 1, 2, 3, 4, 5].contains(filter)
        guard validOptions else {
            FuzzCheck.require(status != Int32(OGC_PNG_OK), "accepted level \(level), strategy \(strategy), filter \(filter)")
            return
        }
        FuzzCheck.require(status == Int32(OGC_PNG_OK), "refused valid options level \(level), strategy \(strategy), filter \(filter): status \(status)")
        guard let out else { FuzzCheck.require(false, "OK without output"); return }
        let png = Data(bytes: out, count: length)
        let decoded: DecodedImage
        do {
            decoded = try DecodedImage(png: png)
        } catch {
            FuzzCheck.require(false, "libpng rejects the PNG (\(width)×\(height), level \(level), strategy \(strategy), filter \(filter)): \(error)")
            return
        }
        FuzzCheck.require(decoded.width == width && decoded.height == height, "decoded \(decoded.width)×\(decoded.height), encoded \(width)×\(height)")
        guard premultiplied else { return }
        let expected = words.flatMap(straightRGBA)
        FuzzCheck.require(decoded.rgba == expected, "libpng decodes other pixels (\(width)×\(height), filter \(filter), opaque \(opaque))")
    }

    /// Cairo's ARGB32 is premultiplied: no colour channel exceeds alpha. Clamps each channel to it.
    static func clampedToAlpha(_ word: UInt32) -> UInt32 {
        let alpha = word >> 24
        var result = word & 0xFF00_0000
        for shift: UInt32 in [0, 8, 16] {
            result |= min((word >> shift) & 0xFF, alpha) << shift
        }
        return result
    }

    /// The straight-alpha RGBA a decoder should see for one premultiplied pixel, rounding to nearest.
    static func straightRGBA(_ word: UInt32) -> [UInt8] {
        let alpha = Int(word >> 24)
        func straight(_ shift: UInt32) -> UInt8 {
            alpha == 0 ? 0 : UInt8((Int((word >> shift) & 0xFF) * 255 + alpha / 2) / alpha)
        }
        return [straight(16), straight(8), straight(0), UInt8(alpha)]
    }
}
