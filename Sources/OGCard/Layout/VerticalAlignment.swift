/// Vertical placement of a text block inside its box.
public enum VerticalAlignment: String, Hashable, Sendable, Codable, CaseIterable {
    /// At the top of the box.
    case top
    /// Centred in the box.
    case center
    /// At the bottom of the box.
    case bottom
}
