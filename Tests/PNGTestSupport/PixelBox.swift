/// An inclusive box of pixel coordinates.
public struct PixelBox: Hashable, Sendable, CustomStringConvertible {
    /// Leftmost column.
    public var minX: Int
    /// Top row.
    public var minY: Int
    /// Rightmost column.
    public var maxX: Int
    /// Bottom row.
    public var maxY: Int

    /// Creates a box from its inclusive edges.
    public init(minX: Int, minY: Int, maxX: Int, maxY: Int) {
        self.minX = minX
        self.minY = minY
        self.maxX = maxX
        self.maxY = maxY
    }

    /// Whether `other` lies wholly inside this box.
    public func contains(_ other: PixelBox) -> Bool {
        other.minX >= minX && other.maxX <= maxX && other.minY >= minY && other.maxY <= maxY
    }

    /// Whether (x, y) is inside.
    public func contains(x: Int, y: Int) -> Bool {
        x >= minX && x <= maxX && y >= minY && y <= maxY
    }

    /// Width in pixels.
    public var width: Int { maxX - minX + 1 }
    /// Height in pixels.
    public var height: Int { maxY - minY + 1 }

    /// `(minX,minY)-(maxX,maxY)`.
    public var description: String { "(\(minX),\(minY))-(\(maxX),\(maxY))" }
}
