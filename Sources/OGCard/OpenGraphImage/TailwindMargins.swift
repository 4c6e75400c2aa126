/// Margins in px per side, as set by Tailwind margin classes. nil means the classes did not set that side
/// (so the layout's own default applies), which is different from an explicit `m-0`.
public struct TailwindMargins: Hashable, Sendable {
    /// Top margin in px; negative pulls the element up.
    public var top: Int?
    /// Right margin in px.
    public var right: Int?
    /// Bottom margin in px.
    public var bottom: Int?
    /// Left margin in px.
    public var left: Int?

    /// Creates margins; every side defaults to unset.
    public init(top: Int? = nil, right: Int? = nil, bottom: Int? = nil, left: Int? = nil) {
        self.top = top
        self.right = right
        self.bottom = bottom
        self.left = left
    }

    /// True when no side is set.
    public var isEmpty: Bool { top == nil && right == nil && bottom == nil && left == nil }
}
