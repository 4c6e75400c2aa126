/// What a text block does when its text does not fit at its size.
public enum TextOverflow: String, Hashable, Sendable, CaseIterable {
    /// Shrink down to the minimum size; if it still does not fit, end with an ellipsis.
    case shrink
    /// Keep the size and end with an ellipsis at a word boundary.
    case ellipsis
}
