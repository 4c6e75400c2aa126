/// The box drawn around each item of a pill row. A clear background draws plain text.
public struct PillStyle: Hashable, Sendable {
    /// Fill colour of the pill.
    public var background: RGBAColor
    /// Space left and right of the text, px.
    public var paddingX: Double
    /// Space above and below the line box, px.
    public var paddingY: Double
    /// Corner radius, px.
    public var cornerRadius: Double

    /// Creates a pill style.
    public init(background: RGBAColor, paddingX: Double = 20, paddingY: Double = 4, cornerRadius: Double = 4) {
        self.background = background
        self.paddingX = paddingX
        self.paddingY = paddingY
        self.cornerRadius = cornerRadius
    }

    /// No box: items are drawn as plain text.
    public static let plain = PillStyle(background: .clear, paddingX: 0, paddingY: 0, cornerRadius: 0)
}
