/// A border drawn inside a rectangle's frame (CSS `box-sizing: border-box`).
public struct Border: Hashable, Sendable {
    /// Border colour.
    public var color: RGBAColor
    /// Border width, px.
    public var width: Double

    /// Creates a border.
    public init(color: RGBAColor, width: Double) {
        self.color = color
        self.width = width
    }
}
