/// A linear gradient between colour stops, as CSS `linear-gradient(angle, …)` draws it.
public struct LinearGradient: Hashable, Sendable {
    /// Direction in degrees, CSS style: 0 points up, 90 to the right, 180 down.
    public var angle: Double
    /// The colours, with positions from 0 (start) to 1 (end), in order.
    public var stops: [GradientStop]

    /// Creates a gradient.
    public init(angle: Double, stops: [GradientStop]) {
        self.angle = angle
        self.stops = stops
    }
}
