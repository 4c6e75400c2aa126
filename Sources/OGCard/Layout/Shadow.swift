/// A CSS-style box shadow: offset, blur radius, spread and colour.
public struct Shadow: Hashable, Sendable {
    /// Horizontal offset, px.
    public var offsetX: Double
    /// Vertical offset, px.
    public var offsetY: Double
    /// Blur radius, px (CSS: the Gaussian's standard deviation is half of it).
    public var blur: Double
    /// Growth (positive) or shrinkage (negative) of the shape before blurring, px.
    public var spread: Double
    /// Shadow colour.
    public var color: RGBAColor

    /// Creates a shadow.
    public init(offsetX: Double, offsetY: Double, blur: Double, spread: Double, color: RGBAColor) {
        self.offsetX = offsetX
        self.offsetY = offsetY
        self.blur = blur
        self.spread = spread
        self.color = color
    }

    /// Tailwind 1's `shadow-2xl`: `0 25px 50px -12px rgba(0, 0, 0, 0.25)`.
    public static let tailwind2XL = Shadow(
        offsetX: 0, offsetY: 25, blur: 50, spread: -12, color: RGBAColor(red: 0, green: 0, blue: 0, alpha: 64))
}
