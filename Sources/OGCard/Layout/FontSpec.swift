/// Which face of a family to draw text in. Characters the family lacks come from the fallback
/// fonts of the renderer's `FontSet` (emoji, CJK, Arabic, Hebrew).
public struct FontSpec: Hashable, Sendable, Codable {
    /// Family name, e.g. `Open Sans` or `Inter`.
    public var family: String
    /// CSS weight, 100–900 (400 regular, 700 bold).
    public var weight: Int
    /// Italic or upright.
    public var italic: Bool

    /// Creates a font specification.
    public init(family: String, weight: Int = 400, italic: Bool = false) {
        self.family = family
        self.weight = weight
        self.italic = italic
    }
}
