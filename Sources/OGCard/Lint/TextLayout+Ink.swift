import CPango

extension TextLayout {
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
