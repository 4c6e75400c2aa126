import CCairo
import CPango
import Foundation

/// One Pango layout: a piece of plain text set in a style, wrapped to a width.
///
/// Text is always set with `pango_layout_set_text`, never as markup, so `<b>` and `&` in a
/// title are drawn as written; inline styles (`<code>` in a title) are attributes over ranges.
final class TextLayout {
    let pointer: OpaquePointer
    private(set) var styled: StyledText
    var text: String { styled.text }

    /// Lays out `text` in `font` at `size` px with lines `lineHeight` px apart.
    convenience init(
        engine: TextEngine, text: String, font: FontSpec, size: Double, lineHeight: Double,
        language: String?, direction: TextDirection = .auto
    ) {
        self.init(
            engine: engine, styled: StyledText(text), font: font, size: size, lineHeight: lineHeight,
            language: language, direction: direction)
    }

    /// Lays out styled `text` in `font` at `size` px with lines `lineHeight` px apart; code runs in
    /// monospace, italic and bold runs as their flags say, all in `language`. With `.mirrored`,
    /// alignment is visual whatever each paragraph's direction (see `TextEngine.mirroredContext`).
    init(
        engine: TextEngine, styled text: StyledText, font: FontSpec, size: Double, lineHeight: Double,
        language: String?, direction: TextDirection = .auto
    ) {
        pointer = pango_layout_new(direction == .mirrored ? engine.mirroredContext : engine.context)
        styled = text
        pango_layout_set_text(pointer, text.text, -1)

        let description = pango_font_description_new()
        // Han characters in a Chinese, Japanese or Korean card fall back to that region's face.
        let family = CardLanguage.cjkFamily(language).map { "\(font.family),\($0)" } ?? font.family
        pango_font_description_set_family(description, family)
        pango_font_description_set_weight(description, PangoWeight(rawValue: UInt32(clamping: font.weight)))
        pango_font_description_set_style(description, font.italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL)
        pango_font_description_set_absolute_size(description, size * Double(PANGO_SCALE))
        pango_layout_set_font_description(pointer, description)
        pango_font_description_free(description)

        // An absolute line height gives every line the same height, as CSS does, even when a
        // line falls back to a taller CJK or emoji font.
        let attributes = pango_attr_list_new()
        pango_attr_list_insert(
            attributes, pango_attr_line_height_new_absolute((lineHeight * Double(PANGO_SCALE)).clampedInt32))
        pango_attr_list_insert(attributes, pango_attr_language_new(engine.language(language)))
        Self.insertStyles(of: text, font: font, language: language, into: attributes)
        pango_layout_set_attributes(pointer, attributes)
        pango_attr_list_unref(attributes)
        pango_layout_set_auto_dir(pointer, 1)
    }

    /// Attributes for the styled spans: monospace for code (at 0.9 of the size, as browsers draw
    /// `code` smaller than the text around it), oblique or bolder for emphasis.
    private static func insertStyles(
        of text: StyledText, font: FontSpec, language: String?, into attributes: OpaquePointer?
    ) {
        let length = text.text.utf8.count
        for span in text.spans.clamped(toByteCount: length) {
            var made: [UnsafeMutablePointer<PangoAttribute>?] = []
            if span.style.contains(.code) {
                made.append(pango_attr_family_new(CardLanguage.monospaceFamily(language)))
                made.append(pango_attr_scale_new(0.9))
            }
            if span.style.contains(.italic) { made.append(pango_attr_style_new(PANGO_STYLE_ITALIC)) }
            if span.style.contains(.bold) {
                // One step bolder, at least bold: `<strong>` in a semibold title is bold.
                let weight = min(900, max(700, font.weight + 300))
                made.append(pango_attr_weight_new(PangoWeight(rawValue: UInt32(weight))))
            }
            for attribute in made {
                guard let attribute else { continue }
                attribute.pointee.start_index = UInt32(span.start)
                attribute.pointee.end_index = UInt32(span.end)
                pango_attr_list_insert(attributes, attribute)
            }
        }
    }

    deinit {
        g_object_unref(UnsafeMutableRawPointer(pointer))
    }

    /// Replaces the text, keeping style and width.
    func setText(_ newText: String) {
        styled.text = newText
        pango_layout_set_text(pointer, newText, -1)
    }

    /// Wraps at `width` px; `breakWords` allows breaking inside a word that does not fit.
    func wrap(width: Double, breakWords: Bool) {
        pango_layout_set_width(pointer, (width * Double(PANGO_SCALE)).clampedInt32)
        pango_layout_set_wrap(pointer, breakWords ? PANGO_WRAP_WORD_CHAR : PANGO_WRAP_WORD)
    }

    /// Sets the horizontal alignment of lines within the wrap width.
    func align(_ alignment: TextAlignment) {
        switch alignment {
        case .left: pango_layout_set_alignment(pointer, PANGO_ALIGN_LEFT)
        case .center: pango_layout_set_alignment(pointer, PANGO_ALIGN_CENTER)
        case .right: pango_layout_set_alignment(pointer, PANGO_ALIGN_RIGHT)
        }
    }

    /// The number of lines after wrapping.
    var lineCount: Int { Int(pango_layout_get_line_count(pointer)) }

    /// The logical extents in px, relative to the layout origin.
    var logicalExtents: (x: Double, y: Double, width: Double, height: Double) {
        var ink = PangoRectangle()
        var logical = PangoRectangle()
        pango_layout_get_extents(pointer, &ink, &logical)
        let scale = Double(PANGO_SCALE)
        return (
            Double(logical.x) / scale, Double(logical.y) / scale,
            Double(logical.width) / scale, Double(logical.height) / scale
        )
    }

    /// The UTF-8 byte offset where line `index` ends (exclusive).
    func endOfLine(_ index: Int) -> Int {
        guard let line = pango_layout_get_line_readonly(pointer, Int32(clamping: index)) else { return text.utf8.count }
        return Int(line.pointee.start_index + line.pointee.length)
    }

    /// Draws the layout with its top-left corner at (x, y).
    func draw(in context: CairoContext, x: Double, y: Double, color: RGBAColor) {
        context.setSource(color)
        cairo_move_to(context.pointer, x, y)
        pango_cairo_show_layout(context.pointer, pointer)
    }
}

extension TextLayout {
    /// A run of glyphs in one font and direction, in visual order.
    struct VisualRun: Equatable {
        /// UTF-8 offset of the run's first character in the text.
        let byteOffset: Int
        /// UTF-8 length of the run.
        let byteLength: Int
        /// Unicode bidi embedding level: odd is right-to-left.
        let bidiLevel: Int
        /// Line number.
        let line: Int
    }

    /// The runs of every line, left to right as drawn. Tests use it to check bidi ordering.
    func visualRuns() -> [VisualRun] {
        guard let iterator = pango_layout_get_iter(pointer) else { return [] }
        defer { pango_layout_iter_free(iterator) }
        var runs: [VisualRun] = []
        var line = 0
        repeat {
            if let run = pango_layout_iter_get_run_readonly(iterator), let item = run.pointee.item {
                runs.append(
                    VisualRun(
                        byteOffset: Int(item.pointee.offset), byteLength: Int(item.pointee.length),
                        bidiLevel: Int(item.pointee.analysis.level), line: line))
            } else {
                line += 1  // a nil run marks the end of a line
            }
        } while pango_layout_iter_next_run(iterator) != 0
        return runs
    }
}
