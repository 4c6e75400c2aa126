import Foundation

/// What a card's language decides: the glyph forms Pango picks (Han characters differ between
/// Japanese, Simplified and Traditional Chinese and Korean), date names, and the direction of
/// the layout.
enum CardLanguage {
    /// The language of a card: the post's (front matter, folder, `<html lang>`, the site's), else
    /// the layout's `lang`, else guessed from the script of the title; nil leaves ogcard's
    /// fixed default.
    static func resolve(_ content: CardContent, layoutLanguage: String?) -> String? {
        if let language = content.language, !language.isEmpty { return language }
        if let layoutLanguage, !layoutLanguage.isEmpty { return layoutLanguage }
        return detect(content.title)
    }

    /// The language a title's script implies, as the last fallback: kana → `ja`, Hangul → `ko`,
    /// Han (without either) → `zh`, Arabic → `ar`, Hebrew → `he`, and so on. A script wins only
    /// when it outweighs the Latin words around it (each CJK character counts as a word), so
    /// `My trip to 東京` stays the default while `如何理解 document 对象` is Chinese.
    static func detect(_ title: String) -> String? {
        var latinWords = 0, han = 0, kana = 0, hangul = 0
        var others: [String: Int] = [:]
        var inLatinWord = false
        for scalar in title.unicodeScalars {
            let value = scalar.value
            var latin = false
            switch value {
            case 0x3040...0x30FF, 0x31F0...0x31FF, 0xFF66...0xFF9F: kana += 1
            case 0x1100...0x11FF, 0x3130...0x318F, 0xAC00...0xD7AF: hangul += 1
            case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3134F: han += 1
            case 0x0590...0x05FF, 0xFB1D...0xFB4F: others["he", default: 0] += 1
            case 0x0600...0x06FF, 0x0750...0x077F, 0x08A0...0x08FF, 0xFB50...0xFDFF, 0xFE70...0xFEFF:
                others["ar", default: 0] += 1
            case 0x0400...0x04FF: others["ru", default: 0] += 1
            case 0x0370...0x03FF: others["el", default: 0] += 1
            case 0x0E00...0x0E7F: others["th", default: 0] += 1
            case 0x0900...0x097F: others["hi", default: 0] += 1
            default: latin = scalar.properties.isAlphabetic && value < 0x0250
            }
            if latin, !inLatinWord { latinWords += 1 }
            inLatinWord = latin
        }
        if kana > 0 && kana + han >= latinWords { return "ja" }
        if hangul > 0 && hangul + han >= latinWords { return "ko" }
        if han > 0 && han >= latinWords { return "zh" }
        // Letters of an alphabet: count their words too, roughly five letters a word.
        guard let (script, letters) = others.max(by: { $0.value < $1.value || $0.value == $1.value && $0.key > $1.key })
        else { return nil }
        guard (letters + 4) / 5 >= latinWords else { return nil }
        return language(writtenIn: script, title)
    }

    /// The language of a title in an alphabet several languages share, by the letters only one
    /// of them uses: a Ukrainian title must not get Russian month names, nor a Persian one Arabic.
    private static func language(writtenIn script: String, _ title: String) -> String? {
        switch script {
        case "ru":
            func uses(_ letters: String) -> Bool { title.contains(where: letters.contains) }
            if uses("ўЎ") { return "be" }
            if uses("іїєґІЇЄҐ") { return "uk" }
            if uses("ыэёЫЭЁ") { return "ru" }
            if uses("ъЪ") { return "bg" }
            return uses("јљњћђџЈЉЊЋЂЏ") ? "sr" : nil
        case "ar":
            if title.contains(where: { "ٹڈڑںےھ".contains($0) }) { return "ur" }
            return title.contains(where: { "پچژگکی".contains($0) }) ? "fa" : "ar"
        default:
            return script
        }
    }

    /// Whether `language` is written right to left (Arabic, Hebrew, Persian, Urdu, …).
    static func isRightToLeft(_ language: String?) -> Bool {
        guard let language else { return false }
        let primary = language.split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map { $0.lowercased() } ?? ""
        if ["ar", "he", "iw", "fa", "ur", "yi", "ps", "sd", "ug", "dv", "ckb", "ku"].contains(primary) {
            // Kurdish in Latin script (`ku`, `ku-Latn`) is left to right; Sorani (`ckb`) is not.
            return primary != "ku" || language.lowercased().contains("arab")
        }
        return language.lowercased().contains("-arab") || language.lowercased().contains("-hebr")
    }

    /// The Noto CJK region (`JP`, `KR`, `SC`, `TC`, `HK`) of a Chinese, Japanese or Korean tag;
    /// nil for other languages.
    static func cjkRegion(_ language: String?) -> String? {
        let parts = (language ?? "").lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" })
        switch parts.first {
        case "ja": return "JP"
        case "ko": return "KR"
        case "zh":
            if parts.contains("hk") || parts.contains("mo") { return "HK" }
            if parts.contains("hant") || parts.contains("tw") { return "TC" }
            return "SC"
        default: return nil
        }
    }

    /// The regional Noto Sans CJK face for Han characters in a card of `language`, tried after the
    /// layout's font. Chosen by name rather than left to HarfBuzz's `locl`: the Japanese face's
    /// `locl` has no Korean forms, so without it a Korean card would draw Japanese ones.
    static func cjkFamily(_ language: String?) -> String? {
        cjkRegion(language).map { "Noto Sans CJK \($0)" }
    }

    /// The regional face of Noto Sans Mono CJK for code in a card of `language`: its Latin is the
    /// monospace that code runs use, and its Han matches the card's region.
    static func monospaceFamily(_ language: String?) -> String {
        "Noto Sans Mono CJK \(cjkRegion(language) ?? "SC")"
    }
}
