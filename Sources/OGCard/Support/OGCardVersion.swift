/// ogcard's version. It is part of every card's digest, so a new renderer re-renders cards.
public enum OGCardVersion {
    /// The version string.
    public static let string = "0.1.0"
}
