/// A layout ready to draw, with what could not be honoured on the way (e.g. a logo left out).
public struct ResolvedCardLayout: Hashable, Sendable {
    /// The layout.
    public var layout: CardLayout
    /// Warnings for the user; the card is still drawn.
    public var warnings: [Diagnostic]

    /// Creates a resolved layout.
    public init(layout: CardLayout, warnings: [Diagnostic]) {
        self.layout = layout
        self.warnings = warnings
    }
}
