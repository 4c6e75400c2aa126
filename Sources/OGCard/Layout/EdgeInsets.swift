/// Distances for each side of a box, px. Negative margins widen a box, as in CSS.
public struct EdgeInsets: Hashable, Sendable {
    /// Top.
    public var top: Double
    /// Right.
    public var right: Double
    /// Bottom.
    public var bottom: Double
    /// Left.
    public var left: Double

    /// Creates insets side by side.
    public init(top: Double = 0, right: Double = 0, bottom: Double = 0, left: Double = 0) {
        self.top = top
        self.right = right
        self.bottom = bottom
        self.left = left
    }

    /// No inset.
    public static let zero = EdgeInsets()
}
