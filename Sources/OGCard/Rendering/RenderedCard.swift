public import Foundation

/// A rendered card: its PNG bytes and what drawing and encoding cost.
public struct RenderedCard: Sendable {
    /// The PNG file's bytes.
    public var pngData: Data
    /// Time spent drawing layers.
    public var drawingTime: Duration
    /// Time spent encoding the PNG (re-encodes for the size budget included).
    public var encodingTime: Duration
    /// Set when the card was over its size budget and re-encoded.
    public var sizeReduction: CardSizeReduction? = nil
}
