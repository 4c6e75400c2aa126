/// One colour of a gradient and where it sits along it.
public struct GradientStop: Hashable, Sendable {
    /// The colour.
    public var color: RGBAColor
    /// Position along the gradient, 0–1.
    public var position: Double

    /// Creates a stop.
    public init(color: RGBAColor, position: Double) {
        self.color = color
        self.position = position
    }
}
