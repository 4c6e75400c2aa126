import CCairo
import CPango
import Foundation

/// Pango's font map and context for one worker.
///
/// Pango 1.50's font maps are not safe to share between threads (a shared map crashed one run in
/// nine), so every `CardRenderer` owns one engine; the fontconfig set behind it is shared.
final class TextEngine {
    private let fontMap: UnsafeMutablePointer<PangoFontMap>
    let context: OpaquePointer
    /// The same as `context` with a neutral base direction, for mirrored (right-to-left) cards:
    /// Pango swaps `left`/`right` alignment only for a paragraph whose direction is opposite to
    /// the context's, and a neutral base is opposite to none, so alignment stays as given.
    let mirroredContext: OpaquePointer
    /// The language every run is shaped in unless a card says otherwise. Pinned so that the
    /// process's `LANG`, `LANGUAGE` or `PANGO_LANGUAGE` cannot change glyphs (HarfBuzz `locl`).
    let defaultLanguage: OpaquePointer
    /// Kept alive for as long as the font map uses it.
    private let fonts: FontConfiguration

    /// Pango picks the language of a run whose script the text's language does not cover (Han
    /// in an English title) from `PANGO_LANGUAGE` or `LANGUAGE`, read once at its first call;
    /// that changes CJK glyphs. Pinning `PANGO_LANGUAGE` (which takes precedence over
    /// `LANGUAGE`) before any Pango call makes the choice the same in every environment.
    private static let pinnedPreferredLanguage: Void = {
        setenv("PANGO_LANGUAGE", "en", 1)
    }()

    init(fonts: FontConfiguration) throws(Diagnostic) {
        Self.pinnedPreferredLanguage
        self.fonts = fonts
        guard let rawMap = pango_cairo_font_map_new_for_font_type(CAIRO_FONT_TYPE_FT) else {
            throw Diagnostic(step: .loadFonts, reason: "Pango has no FreeType font map")
        }
        let map = UnsafeMutableRawPointer(rawMap).assumingMemoryBound(to: PangoFontMap.self)
        pango_fc_font_map_set_config(OpaquePointer(map), fonts.pointer)
        defaultLanguage = pango_language_from_string("en")
        guard let context = Self.makeContext(map, language: defaultLanguage, direction: PANGO_DIRECTION_WEAK_LTR),
            let mirrored = Self.makeContext(map, language: defaultLanguage, direction: PANGO_DIRECTION_NEUTRAL)
        else {
            g_object_unref(map)
            throw Diagnostic(step: .loadFonts, reason: "Pango could not create a context")
        }
        fontMap = map
        self.context = context
        mirroredContext = mirrored
    }

    private static func makeContext(
        _ map: UnsafeMutablePointer<PangoFontMap>, language: OpaquePointer, direction: PangoDirection
    ) -> OpaquePointer? {
        guard let context = pango_font_map_create_context(map) else { return nil }
        // Grey antialiasing with hinting and hint metrics off: the same glyph bitmaps whatever
        // the machine's settings, and glyph positions that do not snap to the pixel grid.
        let options = cairo_font_options_create()
        cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_GRAY)
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_subpixel_order(options, CAIRO_SUBPIXEL_ORDER_DEFAULT)
        pango_cairo_context_set_font_options(context, options)
        cairo_font_options_destroy(options)
        pango_cairo_context_set_resolution(context, 72)
        pango_context_set_round_glyph_positions(context, 0)
        pango_context_set_language(context, language)
        pango_context_set_base_dir(context, direction)
        return context
    }

    deinit {
        g_object_unref(UnsafeMutableRawPointer(context))
        g_object_unref(UnsafeMutableRawPointer(mirroredContext))
        g_object_unref(fontMap)
    }

    /// A Pango language for a BCP 47 tag such as `ja` or `ar`; the default for nil or empty.
    func language(_ tag: String?) -> OpaquePointer {
        guard let tag, !tag.isEmpty, let language = pango_language_from_string(tag) else {
            return defaultLanguage
        }
        return language
    }
}
