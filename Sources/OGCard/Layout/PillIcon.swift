public import Foundation

/// An image drawn before the first item of a pill row, inside its pill (opengraphimg's logo
/// before the author).
public struct PillIcon: Hashable, Sendable {
    /// The PNG file.
    public var file: URL
    /// Width, px.
    public var width: Double
    /// Height, px.
    public var height: Double
    /// Space between the icon and the text, px.
    public var gap: Double
    /// The shape it is cut to (devto's logo is a circle).
    public var mask: ImageMask

    /// Creates an icon.
    public init(file: URL, width: Double = 40, height: Double = 40, gap: Double = 16, mask: ImageMask = .none) {
        self.file = file
        self.width = width
        self.height = height
        self.gap = gap
        self.mask = mask
    }
}
