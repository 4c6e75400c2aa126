import Foundation

/// A text block fitted to its frame: the wrapped layout and where it is drawn.
struct FittedText {
    /// The wrapped, sized layout.
    let layout: TextLayout
    /// Pango's wrap width (px): the frame's width, or less for balanced lines.
    var wrapWidth: Double
    /// How far right of the frame's left edge the layout's origin is: a balanced layout is
    /// narrower than its frame and keeps the frame's alignment.
    var offsetX: Double = 0
    /// How far down (negative: up) of its aligned place the block is moved to keep its ink
    /// `gap` px clear of the rows above and below (see `TextFitter.inkBounds`).
    var offsetY: Double = 0
    /// Per-line moves for CJK punctuation at line edges (see `CJKPunctuation`); empty for none.
    var lineShifts: [Double] = []

    /// The layout's origin in card coordinates when placed in `frame`.
    func origin(in frame: CardRect, verticalAlignment: VerticalAlignment) -> (x: Double, y: Double) {
        let extents = layout.logicalExtents
        let top: Double
        switch verticalAlignment {
        case .top: top = frame.y
        case .center: top = frame.midY - extents.height / 2
        case .bottom: top = frame.maxY - extents.height
        }
        return (frame.x + offsetX, top - extents.y + offsetY)
    }

    /// The top and bottom of the ink in card coordinates when placed in `frame`.
    func inkSpan(in frame: CardRect, verticalAlignment: VerticalAlignment) -> (top: Double, bottom: Double) {
        let origin = origin(in: frame, verticalAlignment: verticalAlignment)
        let ink = layout.inkExtents
        return (origin.y + ink.y, origin.y + ink.y + ink.height)
    }

    /// Draws the block in `frame`.
    func draw(in context: CairoContext, frame: CardRect, verticalAlignment: VerticalAlignment, color: RGBAColor) {
        let origin = origin(in: frame, verticalAlignment: verticalAlignment)
        layout.draw(in: context, x: origin.x, y: origin.y, shifts: lineShifts, color: color)
    }
}
