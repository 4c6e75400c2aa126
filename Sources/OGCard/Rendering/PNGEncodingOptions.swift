/// How cards are compressed. The defaults were chosen with `ogcard bench` (see the README).
public struct PNGEncodingOptions: Hashable, Sendable {
    /// The row filter applied before compression.
    public enum Filter: String, Hashable, Sendable, CaseIterable {
        /// No filtering.
        case none
        /// Difference with the pixel to the left.
        case sub
        /// Difference with the pixel above.
        case up
        /// Paeth predictor.
        case paeth
        /// Chosen per row by the sum-of-absolute-differences heuristic (slowest).
        case adaptive

        var encoderValue: UInt32 {
            switch self {
            case .none: 0
            case .sub: 1
            case .up: 2
            case .paeth: 4
            case .adaptive: 5
            }
        }
    }

    /// zlib's match-finding strategy.
    public enum Strategy: String, Hashable, Sendable, CaseIterable {
        /// zlib's default.
        case standard
        /// Tuned for filtered image data.
        case filtered
        /// Run-length matches only: fast, good on flat colours.
        case runLength

        var zlibValue: Int32 {
            switch self {
            case .standard: 0
            case .filtered: 1
            case .runLength: 3
            }
        }
    }

    /// zlib compression level, 0–9.
    public var compressionLevel: Int
    /// zlib strategy.
    public var strategy: Strategy
    /// PNG row filter.
    public var filter: Filter
    /// Whether row bands a card shares with its layout's backdrop reuse the backdrop's deflated
    /// bytes (deflated once per layout at zlib level 9) instead of being deflated again. Same
    /// pixels either way; `false` is the plain encoder, kept for `ogcard bench --encoders`.
    public var reusesBackdrop: Bool

    /// Creates options.
    public init(
        compressionLevel: Int = 1, strategy: Strategy = .standard, filter: Filter = .none, reusesBackdrop: Bool = true
    ) {
        self.compressionLevel = max(0, min(9, compressionLevel))
        self.strategy = strategy
        self.filter = filter
        self.reusesBackdrop = reusesBackdrop
    }

    /// The settings ogcard uses unless told otherwise: zlib level 1, default strategy, no row
    /// filter. On flat cards zlib finds whole repeated rows by itself; `ogcard bench --encoders`
    /// measured 6.1 ms and 37 KB median per modern card, against 12–21 ms for level 6 and 31–57 ms
    /// for level 9 (see the README).
    public static let `default` = PNGEncodingOptions()
}
