import Foundation

extension CairoImageSurface {
    /// The pixels as straight RGB triplets, row by row. Cards are drawn on an opaque page, so
    /// alpha is always 255 and premultiplication changes nothing; the channels are read from the
    /// native-endian 32-bit words Cairo stores.
    func rgbPixels() throws(Diagnostic) -> [UInt8] {
        var rgb = [UInt8](repeating: 0, count: width * height * 3)
        do {
            try withPixels { data, stride in
                for y in 0..<height {
                    let row = UnsafeRawPointer(data + y * stride)
                    for x in 0..<width {
                        let word = row.loadUnaligned(fromByteOffset: x * 4, as: UInt32.self)
                        let index = (y * width + x) * 3
                        rgb[index] = UInt8(truncatingIfNeeded: word >> 16)
                        rgb[index + 1] = UInt8(truncatingIfNeeded: word >> 8)
                        rgb[index + 2] = UInt8(truncatingIfNeeded: word)
                    }
                }
            }
        } catch {
            throw Diagnostic.wrapping(error, file: nil, step: .render)
        }
        return rgb
    }
}
