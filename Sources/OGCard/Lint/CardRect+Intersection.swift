extension CardRect {
    /// The part of this rectangle inside `other` (zero-sized when they do not overlap).
    func intersection(_ other: CardRect) -> CardRect {
        let left = max(x, other.x)
        let top = max(y, other.y)
        let right = min(maxX, other.maxX)
        let bottom = min(maxY, other.maxY)
        return CardRect(x: left, y: top, width: max(0, right - left), height: max(0, bottom - top))
    }
}
