public import Foundation

/// A value bound to a layout file's design parameter (`$titleColor`, `$titleSize`, …), replacing
/// the default the file declares under `parameters:`.
public enum LayoutValue: Hashable, Sendable {
    /// A number: a size, a width, a radius.
    case number(Double)
    /// Text: an alignment name, a prefix such as `@`, a font family.
    case text(String)
    /// A colour.
    case color(RGBAColor)
    /// True or false.
    case flag(Bool)
    /// Margins per side (negative widens a box, as in CSS).
    case insets(EdgeInsets)
    /// An image file; an empty path means "no image".
    case file(URL?)
}
