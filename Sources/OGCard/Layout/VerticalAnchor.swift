/// Where a single-line element sits vertically.
public enum VerticalAnchor: Hashable, Sendable {
    /// Its top edge is at this y.
    case top(Double)
    /// Its bottom edge is at this y.
    case bottom(Double)
    /// Its middle is at this y (rows of different heights line up on their centres).
    case middle(Double)

    /// The top edge of an element `height` px tall.
    public func top(forHeight height: Double) -> Double {
        switch self {
        case .top(let y): y
        case .bottom(let y): y - height
        case .middle(let y): y - height / 2
        }
    }
}
