/// Typography of a text layer or pill: font, size, line height and colour.
public struct TextStyle: Hashable, Sendable {
    /// The font face.
    public var font: FontSpec
    /// Font size in px (CSS pixels, as opengraphimg's Tailwind classes give them).
    public var size: Double
    /// Line height as a multiple of the size (opengraphimg: 1.5).
    public var lineHeight: Double
    /// Text colour.
    public var color: RGBAColor

    /// Creates a text style.
    public init(font: FontSpec, size: Double, lineHeight: Double = 1.5, color: RGBAColor) {
        self.font = font
        self.size = size
        self.lineHeight = lineHeight
        self.color = color
    }
}
