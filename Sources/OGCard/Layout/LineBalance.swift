/// How a text layer's lines are balanced (layout key `balance:`).
public enum LineBalance: String, Hashable, Sendable {
    /// Greedy wrapping, each line as full as it goes, as a browser wraps by default (`false`).
    case off
    /// Greedy, unless that leaves a last line under 40 % of the widest (one short word, a lone
    /// `好？`): then balanced (`widows`). Normal titles keep the greedy look.
    case widows
    /// Always balanced, as CSS `text-wrap: balance` (`true`).
    case on

    /// The share of the widest line below which a last line counts as a widow.
    static let widowShare = 0.4
}
