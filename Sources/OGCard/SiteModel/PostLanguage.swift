import Foundation

/// A post's language and its translation key for sites whose generator does not say (Jekyll,
/// and generators ogcard does not read): front matter first (`lang`, `locale`, `language`, or
/// ogcard.yml's `fields: {lang: …}`), else a language folder right inside a posts folder
/// (`content/es/foo.mdx`), as i18n set-ups of Next, Astro, Eleventy and Jekyll plugins lay them out.
///
/// Translations are the posts with the same key: front matter `translationKey` /
/// `translation_key` / `ref` when given, else the path with the language folder taken out
/// (`content/en/foo.mdx` and `content/es/foo.mdx` are both `content/foo`).
package enum PostLanguage {
    /// The language and translation key of the post at `relativePath`.
    package static func of(_ post: Post, relativePath: String, postsFolders: [String]) -> (
        language: String?, translationKey: String?
    ) {
        let folder = folderLanguage(relativePath: relativePath, postsFolders: postsFolders)
        let explicitKey = ["translationKey", "translation_key", "ref"].lazy.compactMap { post.field($0) }
            .first { !$0.isEmpty }
        return (post.lang ?? folder?.language, explicitKey ?? folder?.key)
    }

    /// The language folder right inside one of `postsFolders`, and the path without it and
    /// without extension (the translation key).
    static func folderLanguage(relativePath: String, postsFolders: [String]) -> (language: String, key: String)? {
        for folder in postsFolders {
            let base = SiteConfig.normalized(SiteConfig.folderPart(ofGlob: folder))
            let prefix = base.isEmpty || base == "." ? "" : base + "/"
            guard relativePath.hasPrefix(prefix) else { continue }
            var segments = relativePath.dropFirst(prefix.count).split(separator: "/").map(String.init)
            guard segments.count >= 2, isLanguageTag(segments[0]) else { continue }
            let language = segments.removeFirst()
            let last = segments.removeLast()
            let name = (last as NSString).deletingPathExtension
            return (language, prefix + (segments + [name]).joined(separator: "/"))
        }
        return nil
    }

    /// `en`, `es`, `pt-br`, `zh-Hans`, `zh_TW`: an ISO 639 language, optionally a script or region.
    static func isLanguageTag(_ text: String) -> Bool {
        let parts = text.split(whereSeparator: { $0 == "-" || $0 == "_" }).map(String.init)
        guard let first = parts.first, (2...3).contains(first.count), first == first.lowercased(),
            parts.count <= 3, Self.languageCodes.contains(first)
        else { return false }
        return parts.dropFirst().allSatisfy { part in
            (part.count == 2 || part.count == 4) && part.allSatisfy { $0.isASCII && $0.isLetter }
        }
    }

    /// ISO 639-1 codes (two letters): three-letter folder names (`api`, `css`, `doc`) are too
    /// often ordinary words to be taken for languages.
    static let languageCodes: Set<String> = Set(
        Locale.LanguageCode.isoLanguageCodes.map(\.identifier).filter { $0.count == 2 })
}
