import Foundation

/// Collects, while a card is drawn, where each piece of text lands: a painter is a value passed
/// around by copy, so the list lives in this small class that every copy shares.
final class TextInkLog {
    private(set) var entries: [CardTextInk] = []

    /// Records `layout` drawn with its origin at (`x`, `y`), clipped to `clip` when given.
    func record(_ layout: TextLayout, layer: String, x: Double, y: Double, clip: CardRect?, color: RGBAColor) {
        let ink = layout.inkExtents
        var rect = CardRect(x: x + ink.x, y: y + ink.y, width: ink.width, height: ink.height)
        if let clip { rect = rect.intersection(clip) }
        guard rect.width > 0, rect.height > 0 else { return }
        entries.append(
            CardTextInk(
                layer: layer, text: layout.text, rect: rect, color: color, size: layout.fontSize,
                weight: layout.fontWeight))
    }
}
