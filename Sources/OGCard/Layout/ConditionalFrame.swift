/// A frame that replaces a layer's own when an item source has nothing to show.
public struct ConditionalFrame: Hashable, Sendable {
    /// The source whose emptiness selects this frame.
    public var source: ItemSource
    /// The frame used then.
    public var frame: CardRect

    /// Creates a conditional frame.
    public init(whenEmpty source: ItemSource, frame: CardRect) {
        self.source = source
        self.frame = frame
    }
}
