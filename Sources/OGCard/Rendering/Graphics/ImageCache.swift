import Foundation

/// Decoded images for one renderer: a logo or avatar is decoded once, not once per card
/// (decoding a 256 px PNG costs ~2.5 ms).
///
/// Held within a byte budget: posts may name a different logo each, and a renderer lives for a
/// whole build, so an unbounded cache of 4096 px logos (64 MB each) would exhaust memory.
final class ImageCache {
    private var images: [URL: CairoPNGImage] = [:]
    private var bytes = 0
    /// The largest image side decoded (`InputLimits.imageSide`).
    let maxSide: Int
    /// Decoded bytes kept before the cache is emptied.
    private let budget = 256 * 1_048_576

    init(maxSide: Int = InputLimits.default.imageSide) {
        self.maxSide = maxSide
    }

    func image(_ file: URL) throws(Diagnostic) -> CairoPNGImage {
        if let cached = images[file] { return cached }
        let image = try CairoPNGImage(file: file, maxSide: maxSide)
        if bytes + image.byteCount > budget {
            images.removeAll()
            bytes = 0
        }
        images[file] = image
        bytes += image.byteCount
        return image
    }
}
