import CCairo
import CPango
import Foundation

/// Per-line geometry of a wrapped layout, for balancing, punctuation trimming and drawing lines
/// one by one.
extension TextLayout {
    /// One wrapped line.
    struct Line: Equatable {
        /// UTF-8 offset of the line's first character in the text.
        let start: Int
        /// UTF-8 length of the line, trailing spaces included.
        let length: Int
        /// The line's logical box in layout coordinates (px), alignment offset included.
        let x: Double
        /// The line's logical width (px).
        let width: Double
        /// Whether the line reads right to left.
        let rightToLeft: Bool
    }

    /// The wrapped lines, top to bottom.
    func lines() -> [Line] {
        guard let iterator = pango_layout_get_iter(pointer) else { return [] }
        defer { pango_layout_iter_free(iterator) }
        var result: [Line] = []
        let scale = Double(PANGO_SCALE)
        repeat {
            guard let line = pango_layout_iter_get_line_readonly(iterator) else { continue }
            var logical = PangoRectangle()
            pango_layout_iter_get_line_extents(iterator, nil, &logical)
            result.append(
                Line(
                    start: Int(line.pointee.start_index), length: Int(line.pointee.length),
                    x: Double(logical.x) / scale, width: Double(logical.width) / scale,
                    rightToLeft: line.pointee.resolved_dir == PANGO_DIRECTION_RTL.rawValue))
        } while pango_layout_iter_next_line(iterator) != 0
        return result
    }

    /// The logical width in px, without measuring ink (cheaper than `logicalExtents`).
    var logicalWidth: Double {
        var logical = PangoRectangle()
        pango_layout_get_extents(pointer, nil, &logical)
        return Double(logical.width) / Double(PANGO_SCALE)
    }

    /// The ink extents in px, relative to the layout origin.
    var inkExtents: (x: Double, y: Double, width: Double, height: Double) {
        var ink = PangoRectangle()
        pango_layout_get_extents(pointer, &ink, nil)
        let scale = Double(PANGO_SCALE)
        return (Double(ink.x) / scale, Double(ink.y) / scale, Double(ink.width) / scale, Double(ink.height) / scale)
    }

    /// The horizontal ink of the glyph drawn for the character at UTF-8 offset `byte` (on line
    /// `index`, or any line when nil), relative to the glyph's own pen position: the blank
    /// space before its ink, the blank space after it, and its advance (px). Nil when no glyph
    /// starts there.
    func glyphSpacing(line index: Int? = nil, byte: Int) -> (before: Double, after: Double, advance: Double)? {
        if let index {
            guard let line = pango_layout_get_line_readonly(pointer, Int32(clamping: index)) else { return nil }
            return Self.glyphSpacing(in: line, byte: byte)
        }
        var lines = pango_layout_get_lines_readonly(pointer)
        while let node = lines {
            lines = node.pointee.next
            guard let line = node.pointee.data?.assumingMemoryBound(to: PangoLayoutLine.self) else { continue }
            let start = Int(line.pointee.start_index)
            if byte >= start, byte < start + Int(line.pointee.length) { return Self.glyphSpacing(in: line, byte: byte) }
        }
        return nil
    }

    /// `glyphSpacing` of the first glyph of `text` set in this layout's fonts and attributes,
    /// e.g. an ideograph to learn how far its ink sits from its em box's edges.
    func glyphSpacing(of text: String) -> (before: Double, after: Double, advance: Double)? {
        guard let copy = pango_layout_copy(pointer) else { return nil }
        defer { g_object_unref(UnsafeMutableRawPointer(copy)) }
        pango_layout_set_text(copy, text, -1)
        pango_layout_set_width(copy, -1)
        guard let line = pango_layout_get_line_readonly(copy, 0) else { return nil }
        return Self.glyphSpacing(in: line, byte: 0)
    }

    private static func glyphSpacing(in line: UnsafeMutablePointer<PangoLayoutLine>, byte: Int)
        -> (before: Double, after: Double, advance: Double)?
    {
        let scale = Double(PANGO_SCALE)
        var runs = line.pointee.runs
        while let node = runs {
            runs = node.pointee.next
            guard let run = node.pointee.data?.assumingMemoryBound(to: PangoGlyphItem.self),
                let item = run.pointee.item, let glyphs = run.pointee.glyphs
            else { continue }
            let offset = Int(item.pointee.offset)
            guard byte >= offset, byte < offset + Int(item.pointee.length) else { continue }
            for index in 0..<Int(glyphs.pointee.num_glyphs)
            where offset + Int(glyphs.pointee.log_clusters[index]) == byte {
                let glyph = glyphs.pointee.glyphs[index]
                guard let font = item.pointee.analysis.font else { return nil }
                var ink = PangoRectangle()
                pango_font_get_glyph_extents(font, glyph.glyph, &ink, nil)
                let advance = Double(glyph.geometry.width)
                let before = Double(glyph.geometry.x_offset + ink.x)
                return (before / scale, (advance - before - Double(ink.width)) / scale, advance / scale)
            }
            return nil
        }
        return nil
    }

    /// Draws the layout with its top-left corner at (x, y), line `i` moved right by `shifts[i]`
    /// px (missing entries are 0). The same pixels as `draw` when every shift is 0.
    func draw(in context: CairoContext, x: Double, y: Double, shifts: [Double], color: RGBAColor) {
        guard shifts.contains(where: { $0 != 0 }) else {
            draw(in: context, x: x, y: y, color: color)
            return
        }
        context.setSource(color)
        guard let iterator = pango_layout_get_iter(pointer) else { return }
        defer { pango_layout_iter_free(iterator) }
        let scale = Double(PANGO_SCALE)
        var index = 0
        repeat {
            defer { index += 1 }
            guard let line = pango_layout_iter_get_line_readonly(iterator) else { continue }
            var logical = PangoRectangle()
            pango_layout_iter_get_line_extents(iterator, nil, &logical)
            let baseline = Double(pango_layout_iter_get_baseline(iterator)) / scale
            let shift = index < shifts.count ? shifts[index] : 0
            // As Pango's own renderer places each line: its logical x and its baseline.
            cairo_move_to(context.pointer, x + Double(logical.x) / scale + shift, y + baseline)
            pango_cairo_show_layout_line(context.pointer, line)
        } while pango_layout_iter_next_line(iterator) != 0
    }

    /// Adds OpenType features (e.g. `halt`) to `range` (UTF-8 offsets; nil for the whole text),
    /// keeping the attributes already set.
    func addFontFeatures(_ features: String, range: Range<Int>? = nil) {
        let attributes =
            pango_layout_get_attributes(pointer).map { pango_attr_list_copy($0) } ?? pango_attr_list_new()
        guard let attributes else { return }
        if let attribute = pango_attr_font_features_new(features) {
            if let range {
                attribute.pointee.start_index = UInt32(clamping: range.lowerBound)
                attribute.pointee.end_index = UInt32(clamping: range.upperBound)
            }
            pango_attr_list_insert(attributes, attribute)
        }
        pango_layout_set_attributes(pointer, attributes)
        pango_attr_list_unref(attributes)
    }
}
