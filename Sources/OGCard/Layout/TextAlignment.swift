/// Horizontal placement of text or of a row of pills inside its box.
public enum TextAlignment: String, Hashable, Sendable, Codable, CaseIterable {
    /// Flush left.
    case left
    /// Centred.
    case center
    /// Flush right.
    case right
}
