/// The radius of each corner of a rectangle, in pixels.
public struct CornerRadii: Hashable, Sendable, Codable {
    /// Top-left radius.
    public var topLeft: Double
    /// Top-right radius.
    public var topRight: Double
    /// Bottom-right radius.
    public var bottomRight: Double
    /// Bottom-left radius.
    public var bottomLeft: Double

    /// Creates radii corner by corner.
    public init(topLeft: Double, topRight: Double, bottomRight: Double, bottomLeft: Double) {
        self.topLeft = topLeft
        self.topRight = topRight
        self.bottomRight = bottomRight
        self.bottomLeft = bottomLeft
    }

    /// The same radius on every corner.
    public init(all radius: Double) {
        self.init(topLeft: radius, topRight: radius, bottomRight: radius, bottomLeft: radius)
    }

    /// Square corners.
    public static let square = CornerRadii(all: 0)
}
