import Foundation

/// Open Graph's locale spelling (`language_TERRITORY`, e.g. `en_US`) from a BCP 47 tag as sites
/// write it (`en`, `en-us`, `pt_BR`, `zh-Hans-CN`).
///
/// A bare language gets its most likely territory from CLDR's likely-subtags data (`es` →
/// `es_ES`, `ja` → `ja_JP`), since Facebook reads only the two-part form; a tag it cannot read
/// is kept as written (cleaned), never dropped.
package enum OpenGraphLocale {
    /// `en_US` for `en-us`, `es_ES` for `es`; nil for an empty or unreadable tag.
    package static func from(_ tag: String) -> String? {
        let trimmed = tag.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "_", with: "-")
        let parts = trimmed.split(separator: "-").map(String.init)
        guard let first = parts.first, (2...3).contains(first.count), first.allSatisfy({ $0.isASCII && $0.isLetter })
        else { return nil }
        let language = first.lowercased()
        if let region = parts.dropFirst().first(where: { $0.count == 2 && $0.allSatisfy(\.isLetter) }) {
            return language + "_" + region.uppercased()
        }
        let likely = Locale.Language(identifier: trimmed).maximalIdentifier
        let likelyParts = likely.split(separator: "-").map(String.init)
        if let region = likelyParts.dropFirst().first(where: { $0.count == 2 && $0.allSatisfy(\.isLetter) }) {
            return language + "_" + region.uppercased()
        }
        return language
    }
}
