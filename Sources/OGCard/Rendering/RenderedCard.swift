public import Foundation

/// A rendered card: its PNG bytes and what drawing and encoding cost.
public struct RenderedCard: Sendable {
    /// The PNG file's bytes.
    public var pngData: Data
    /// Time spent drawing layers.
    public var drawingTime: Duration
    /// Time spent encoding the PNG.
    public var encodingTime: Duration
}
