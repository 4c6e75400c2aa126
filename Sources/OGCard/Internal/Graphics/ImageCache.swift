import Foundation

/// Decoded images for one renderer: a logo or avatar is decoded once, not once per card
/// (decoding a 256 px PNG costs ~2.5 ms).
final class ImageCache {
    private var images: [URL: CairoPNGImage] = [:]

    func image(_ file: URL) throws(OGCardError) -> CairoPNGImage {
        if let cached = images[file] { return cached }
        let image = try CairoPNGImage(file: file)
        images[file] = image
        return image
    }
}
