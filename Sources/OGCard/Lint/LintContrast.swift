/// One text layer's contrast on a rendered card, as `ogcard lint` measured it.
public struct LintContrast: Hashable, Sendable, Codable {
    /// The layer's name in the layout.
    public var layer: String
    /// The text drawn, as a reminder of which layer it is.
    public var text: String
    /// The text's colour, `#RRGGBB` (or `#RRGGBBAA`).
    public var textColor: String
    /// The background behind the text where contrast is lowest (see `ratio`), `#RRGGBB`.
    public var background: String
    /// WCAG 2.x contrast ratio: 95 % of the text's ink lies on background at least this far from
    /// the text's colour (the worst 5 % are left out, so a stray pixel of a photo does not decide).
    public var ratio: Double
    /// What WCAG asks for this text: 4.5, or 3 for large text.
    public var required: Double
    /// Whether the text is large in WCAG's sense (≥ 24 px, or ≥ 18.66 px bold).
    public var large: Bool

    /// Whether the ratio meets the requirement.
    public var passes: Bool { ratio >= required }
}
