import Foundation

/// Full-width CJK punctuation set as CLREQ and JLREQ ask.
///
/// A full-width bracket, comma or full stop is drawn in one half of a square em and leaves the
/// other half blank. Two rules follow:
///
/// - Between two such marks (`）：`, `。」`, `」「`) the blank halves add up to a wide gap: one
///   of the two is set half width with the font's `halt` feature (the first when its blank half
///   comes after its ink, else the second), as CLREQ 3.1.6 and JLREQ 3.1.4 squeeze them. (Noto
///   Sans CJK 2.004 as Debian ships it has `halt` but not the contextual `chws`.) This changes
///   widths, so it is set before line breaking.
/// - At a line's start an opening bracket's blank half looks like an indent, and at a line's end
///   a closing mark's blank half makes a right or centred edge ragged. Those lines are moved
///   when drawn so the mark's ink sits where an ideograph's ink would (`一`, whose stroke spans
///   the ideographic face): trimmed by its blank half, less the small margin every ideograph
///   keeps. This never changes line breaks, only where a line is drawn.
///
/// Which half is blank is read from the glyph's ink, not assumed: the same code point is drawn
/// centred in Traditional Chinese and left-aligned in Simplified Chinese, and a Latin `(` has no
/// blank half at all.
enum CJKPunctuation {
    /// The OpenType feature that sets a full-width mark in half its width, ink kept.
    static let halfWidth = "halt"

    /// Whether `text` has CJK punctuation (U+3000–U+303F, U+FF00–U+FF65) to squeeze; other
    /// titles are shaped exactly as before.
    static func mayNeedSqueezing(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0x3000...0x303F).contains($0.value) || (0xFF00...0xFF65).contains($0.value) }
    }

    /// The UTF-8 ranges of the marks to set half width so that no two adjacent marks leave two
    /// blank halves between their inks. `layout` holds the text set without squeezing (at any
    /// size: only the ratio of blank to advance is read).
    static func squeezes(in layout: TextLayout) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var previous: (scalar: Unicode.Scalar, range: Range<Int>)?
        var byte = 0
        for scalar in layout.text.unicodeScalars {
            let range = byte..<(byte + UTF8.width(scalar))
            byte = range.upperBound
            guard isOpening(scalar) || isClosing(scalar) else {
                previous = nil
                continue
            }
            defer { previous = (scalar, range) }
            guard let first = previous else { continue }
            if let spacing = layout.glyphSpacing(byte: first.range.lowerBound), hasBlankHalf(spacing.after, spacing) {
                result.append(first.range)
            } else if let spacing = layout.glyphSpacing(byte: range.lowerBound), hasBlankHalf(spacing.before, spacing) {
                result.append(range)
            }
        }
        return result
    }

    /// Only a glyph whose ink lies wholly in one half has a blank half; a little slack for
    /// fonts whose ink touches the middle.
    private static func hasBlankHalf(_ blank: Double, _ glyph: (before: Double, after: Double, advance: Double))
        -> Bool
    {
        glyph.advance > 0 && blank >= glyph.advance * 0.45
    }

    /// Whether `scalar` may carry a blank half before its ink: opening brackets and quotes.
    static func isOpening(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .openPunctuation, .initialPunctuation: true
        default: false
        }
    }

    /// Whether `scalar` may carry a blank half after its ink: closing brackets and quotes, and
    /// the full-width comma, full stop, colon, semicolon, exclamation and question marks.
    static func isClosing(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .closePunctuation, .finalPunctuation: return true
        default: return closingMarks.contains(scalar.value)
        }
    }

    /// 、 。 ， ． ： ； ！ ？
    private static let closingMarks: Set<UInt32> = [0x3001, 0x3002, 0xFF0C, 0xFF0E, 0xFF1A, 0xFF1B, 0xFF01, 0xFF1F]

    /// How far to move each line of `layout` (px, positive right) so that an opening mark
    /// starting it or a closing mark ending it is trimmed to half width and the line's edge
    /// is its ink. Empty when no line needs it.
    static func lineShifts(for layout: TextLayout, alignment: TextAlignment) -> [Double] {
        let lines = layout.lines()
        let utf8 = Array(layout.text.utf8)
        var shifts = [Double](repeating: 0, count: lines.count)
        var ideograph: (before: Double, after: Double, advance: Double)??
        func reference() -> (before: Double, after: Double, advance: Double)? {
            if let ideograph { return ideograph }
            let measured = layout.glyphSpacing(of: referenceIdeograph)
            ideograph = .some(measured)
            return measured
        }
        for (index, line) in lines.enumerated() where !line.rightToLeft && line.length > 0 {
            // Lines are set left to right here: a line's start is its left edge.
            let leading = trimmed(layout, line: index, at: line.start, in: utf8, edge: .leading, reference)
            let trailing =
                lastCharacter(of: line, in: utf8).map {
                    trimmed(layout, line: index, at: $0, in: utf8, edge: .trailing, reference)
                } ?? 0
            // A trimmed side moves the line's edge on that side; where alignment pins the other
            // side (or the centre) the ink moves by the whole trim (or half of it).
            switch alignment {
            case .left: shifts[index] = -leading
            case .center: shifts[index] = (trailing - leading) / 2
            case .right: shifts[index] = trailing
            }
        }
        return shifts.contains { $0 != 0 } ? shifts : []
    }

    private enum Edge { case leading, trailing }

    /// The ideograph whose ink margins a trimmed mark's ink is aligned to.
    private static let referenceIdeograph = "一"

    /// How much of the blank side of the mark at UTF-8 offset `byte` to trim, or 0.
    private static func trimmed(
        _ layout: TextLayout, line: Int, at byte: Int, in utf8: [UInt8], edge: Edge,
        _ reference: () -> (before: Double, after: Double, advance: Double)?
    ) -> Double {
        guard let scalar = scalar(at: byte, in: utf8),
            edge == .leading ? isOpening(scalar) : isClosing(scalar),
            let glyph = layout.glyphSpacing(line: line, byte: byte), glyph.advance > 0
        else { return 0 }
        let blank = edge == .leading ? glyph.before : glyph.after
        guard hasBlankHalf(blank, glyph) else { return 0 }
        // The ideograph's margin, scaled in case the mark came from a font of another size.
        let margin =
            reference().map { ideograph in
                (edge == .leading ? ideograph.before : ideograph.after) * glyph.advance / max(ideograph.advance, 1)
            } ?? 0
        return max(0, blank - max(0, margin))
    }

    /// UTF-8 offset of the line's last character that is not a space.
    private static func lastCharacter(of line: TextLayout.Line, in utf8: [UInt8]) -> Int? {
        var end = min(line.start + line.length, utf8.count)
        while end > line.start, [0x20, 0x09, 0x0A, 0x0D].contains(utf8[end - 1]) { end -= 1 }
        guard end > line.start else { return nil }
        var start = end - 1
        while start > line.start, utf8[start] & 0xC0 == 0x80 { start -= 1 }  // back to a lead byte
        return start
    }

    private static func scalar(at byte: Int, in utf8: [UInt8]) -> Unicode.Scalar? {
        guard byte >= 0, byte < utf8.count else { return nil }
        var end = byte + 1
        while end < utf8.count, utf8[end] & 0xC0 == 0x80 { end += 1 }
        return String(decoding: utf8[byte..<end], as: UTF8.self).unicodeScalars.first
    }
}
