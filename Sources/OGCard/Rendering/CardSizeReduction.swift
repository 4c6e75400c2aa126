/// What ogcard did to a card that came out over its size budget (`max_card_bytes`).
public struct CardSizeReduction: Hashable, Sendable {
    /// How the card was re-encoded.
    public enum Method: String, Hashable, Sendable {
        /// Exact palette PNG (the card has at most 256 colours): lossless.
        case palette
        /// RGB at zlib's best level with per-row filters: lossless.
        case bestCompression
        /// Median-cut palette of `colours` colours, no dithering: lossy.
        case quantized
    }

    /// The PNG's size as first encoded, in bytes.
    public var originalBytes: Int
    /// The size written, in bytes.
    public var finalBytes: Int
    /// The re-encoding kept.
    public var method: Method
    /// For `.quantized`, the palette's size.
    public var colours: Int?
    /// The budget, in bytes.
    public var budget: Int

    /// Whether the written card is within the budget.
    public var fits: Bool { finalBytes <= budget }
    /// Whether pixels changed (palette quantisation).
    public var isLossy: Bool { method == .quantized }
}
