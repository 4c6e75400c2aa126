import CPango

extension TextLayout {
    /// The ink extents in px, relative to the layout origin: where glyphs really put paint,
    /// which is what X's crop and a contrast measurement care about (not the line boxes).
    var inkExtents: CardRect {
        var ink = PangoRectangle()
        var logical = PangoRectangle()
        pango_layout_get_extents(pointer, &ink, &logical)
        let scale = Double(PANGO_SCALE)
        return CardRect(
            x: Double(ink.x) / scale, y: Double(ink.y) / scale, width: Double(ink.width) / scale,
            height: Double(ink.height) / scale)
    }

    /// The size the layout is set in, in px (after a fitter shrank it).
    var fontSize: Double {
        guard let description = pango_layout_get_font_description(pointer) else { return 0 }
        return Double(pango_font_description_get_size(description)) / Double(PANGO_SCALE)
    }

    /// The weight the layout is set in (400 regular, 700 bold).
    var fontWeight: Int {
        guard let description = pango_layout_get_font_description(pointer) else { return 400 }
        return Int(pango_font_description_get_weight(description).rawValue)
    }
}
