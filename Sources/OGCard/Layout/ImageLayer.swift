public import Foundation

/// A PNG image (a logo, an avatar, a background photo) scaled to cover its frame.
public struct ImageLayer: Hashable, Sendable {
    /// The layer's name, shown in debug outlines and error messages.
    public var name: String
    /// The PNG file.
    public var file: URL
    /// Where it is drawn; the image is scaled to cover it, keeping its aspect ratio, and cropped.
    public var frame: CardRect
    /// The shape it is cut to.
    public var mask: ImageMask
    /// Corner radius when `mask` is `.none`, px.
    public var cornerRadius: Double
    /// Opacity, 0–1.
    public var opacity: Double

    /// Creates an image layer.
    public init(
        name: String, file: URL, frame: CardRect, mask: ImageMask = .none, cornerRadius: Double = 0,
        opacity: Double = 1
    ) {
        self.name = name
        self.file = file
        self.frame = frame
        self.mask = mask
        self.cornerRadius = cornerRadius
        self.opacity = opacity
    }
}
