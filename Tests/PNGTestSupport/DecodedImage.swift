import CLibPNG
public import Foundation

/// A PNG decoded by libpng (independently of ogcard's own encoder) into 8-bit RGBA.
public struct DecodedImage: Sendable {
    /// Width in pixels.
    public let width: Int
    /// Height in pixels.
    public let height: Int
    /// RGBA samples, row by row.
    public let rgba: [UInt8]

    /// Decodes `data`; throws when libpng rejects it.
    public init(png data: Data) throws {
        var image = png_image()
        image.version = UInt32(PNG_IMAGE_VERSION)
        let begun = data.withUnsafeBytes { bytes in
            png_image_begin_read_from_memory(&image, bytes.baseAddress, bytes.count)
        }
        guard begun != 0 else { throw DecodeError(message: Self.message(image)) }
        image.format = 3  // PNG_FORMAT_RGBA
        var buffer = [UInt8](repeating: 0, count: Int(image.width) * Int(image.height) * 4)
        let finished = buffer.withUnsafeMutableBytes { pixels in
            png_image_finish_read(&image, nil, pixels.baseAddress, 0, nil)
        }
        guard finished != 0 else { throw DecodeError(message: Self.message(image)) }
        width = Int(image.width)
        height = Int(image.height)
        rgba = buffer
    }

    /// The decode failure libpng reported.
    public struct DecodeError: Error, CustomStringConvertible {
        /// libpng's message.
        public let message: String
        /// The message.
        public var description: String { "libpng: \(message)" }
    }

    private static func message(_ image: png_image) -> String {
        withUnsafeBytes(of: image.message) { raw in
            String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
        }
    }

    /// The pixel at (x, y).
    public func pixel(_ x: Int, _ y: Int) -> Pixel {
        let offset = (y * width + x) * 4
        return Pixel(red: rgba[offset], green: rgba[offset + 1], blue: rgba[offset + 2], alpha: rgba[offset + 3])
    }

    /// The smallest box holding every pixel in `region` for which `matches` is true, or nil.
    public func boundingBox(in region: PixelBox? = nil, where matches: (Pixel) -> Bool) -> PixelBox? {
        let area = region ?? PixelBox(minX: 0, minY: 0, maxX: width - 1, maxY: height - 1)
        var box: PixelBox?
        for y in max(0, area.minY)...min(height - 1, area.maxY) {
            for x in max(0, area.minX)...min(width - 1, area.maxX) where matches(pixel(x, y)) {
                if var found = box {
                    found.minX = min(found.minX, x)
                    found.maxX = max(found.maxX, x)
                    found.minY = min(found.minY, y)
                    found.maxY = max(found.maxY, y)
                    box = found
                } else {
                    box = PixelBox(minX: x, minY: y, maxX: x, maxY: y)
                }
            }
        }
        return box
    }

    /// How many pixels in `region` satisfy `matches`.
    public func count(in region: PixelBox? = nil, where matches: (Pixel) -> Bool) -> Int {
        let area = region ?? PixelBox(minX: 0, minY: 0, maxX: width - 1, maxY: height - 1)
        var total = 0
        for y in max(0, area.minY)...min(height - 1, area.maxY) {
            for x in max(0, area.minX)...min(width - 1, area.maxX) where matches(pixel(x, y)) {
                total += 1
            }
        }
        return total
    }
}
