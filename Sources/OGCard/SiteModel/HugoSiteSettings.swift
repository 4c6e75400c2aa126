package import Foundation

/// What Hugo's site config says about URLs, languages and publication (`baseURL`,
/// `[permalinks]`, `uglyURLs`, languages, `timeZone`, `buildDrafts`/`buildFuture`/`buildExpired`).
/// Keys are matched whatever their case, as Hugo does.
package struct HugoSiteSettings: Hashable, Sendable {
    /// The config file the settings were read from (site-relative), for error messages.
    package var configFile: String?
    /// `baseURL` as written.
    package var baseURL: String?
    /// `contentDir` (default `content`).
    package var contentDir: String
    /// `[permalinks]`: top-level section (lower-cased, trimmed of ` /`) → pattern.
    package var permalinks: [String: String]
    /// `[permalinks.X]` tables (the map form of later Hugo versions), which Hugo 0.111 crashes on.
    package var permalinkTables: [String]
    /// `uglyURLs = true`.
    package var uglyURLs: Bool
    /// `[uglyURLs]` as a map: section (lower-cased) → ugly.
    package var uglyURLSections: [String: Bool]
    /// `defaultContentLanguage` (lower-cased; default `en`).
    package var defaultContentLanguage: String
    /// `defaultContentLanguageInSubdir`.
    package var defaultContentLanguageInSubdir: Bool
    /// `[languages.X]`, sorted by weight then code (disabled ones included, marked).
    package var languages: [HugoLanguage]
    /// `timeZone` (IANA name); nil means UTC.
    package var timeZone: String?
    /// `buildDrafts`, `buildFuture`, `buildExpired`.
    package var buildDrafts: Bool
    /// `buildFuture`.
    package var buildFuture: Bool
    /// `buildExpired`.
    package var buildExpired: Bool
    /// `removePathAccents`, `disablePathToLower`.
    package var sanitizer: HugoPathSanitizer
    /// `[frontmatter] date`, lower-cased, `:default` expanded, aliases added.
    package var dateKeys: [String]
    /// `[frontmatter] publishDate`.
    package var publishDateKeys: [String]
    /// `[frontmatter] expiryDate`.
    package var expiryDateKeys: [String]

    /// Hugo's defaults (no config file), with `baseURL` if given.
    package init(baseURL: String? = nil) {
        self.baseURL = baseURL
        contentDir = "content"
        permalinks = [:]
        permalinkTables = []
        uglyURLs = false
        uglyURLSections = [:]
        defaultContentLanguage = "en"
        defaultContentLanguageInSubdir = false
        languages = []
        buildDrafts = false
        buildFuture = false
        buildExpired = false
        sanitizer = HugoPathSanitizer()
        dateKeys = Self.expand([":default"], defaults: Self.defaultDateKeys)
        publishDateKeys = Self.expand([":default"], defaults: Self.defaultPublishDateKeys)
        expiryDateKeys = Self.expand([":default"], defaults: Self.defaultExpiryDateKeys)
    }

    static let defaultDateKeys = ["date", "publishdate", "lastmod"]
    static let defaultPublishDateKeys = ["publishdate", "date"]
    static let defaultExpiryDateKeys = ["expirydate"]
    static let dateAliases = [
        "publishdate": ["pubdate", "published"], "lastmod": ["modified"], "expirydate": ["unpublishdate"],
    ]

    /// A `[frontmatter]` list as Hugo's `pagemeta` uses it: lower-cased, `:default` replaced by
    /// the defaults, each key followed by its aliases.
    static func expand(_ keys: [String], defaults: [String]) -> [String] {
        var result: [String] = []
        for key in keys.map({ $0.lowercased() }) {
            let expanded = key == ":default" ? defaults : [key]
            for name in expanded {
                for candidate in [name] + (dateAliases[name] ?? []) where !result.contains(candidate) {
                    result.append(candidate)
                }
            }
        }
        return result
    }

    /// The languages Hugo builds (not disabled); the default language alone when none are configured.
    package var enabledLanguages: [HugoLanguage] {
        let enabled = languages.filter { !$0.disabled }
        return enabled.isEmpty ? [HugoLanguage(code: defaultContentLanguage)] : enabled
    }

    /// More than one language is built: URLs of non-default languages get a `/<code>` prefix.
    package var isMultilingual: Bool { enabledLanguages.count > 1 }

    /// Every built language has its own `baseURL`: no prefixes, one host per language.
    package var isMultihost: Bool {
        isMultilingual && enabledLanguages.contains { ($0.baseURL ?? "").isEmpty == false }
    }

    /// The site-wide `languageCode` (`en-us`), which Hugo's templates print as og:locale for the
    /// default language when it has no `[languages]` entry of its own.
    package var languageCode: String?

    /// What og:locale is made from for a page in language `code`: the language's `languageCode`
    /// (or `locale`), else the site's for the default language, else the code itself.
    package func localeTag(forLanguage code: String) -> String {
        if let own = language(code)?.languageCode { return own }
        if code.lowercased() == defaultContentLanguage, let languageCode { return languageCode }
        return code
    }

    /// The language `code` (lower-cased), when configured.
    package func language(_ code: String) -> HugoLanguage? {
        languages.first { $0.code == code.lowercased() }
    }

    /// The content folder of each built language, each once, the site's own first.
    package var contentDirectories: [String] {
        var folders: [String] = []
        for folder in [contentDir] + enabledLanguages.map({ $0.contentDir ?? contentDir })
        where !folders.contains(folder) {
            folders.append(folder)
        }
        return folders
    }

    /// Whether pages of `section` (a top-level section) are written as `name.html`.
    package func isUgly(section: String) -> Bool {
        uglyURLs || uglyURLSections[section.lowercased()] == true
    }

    /// The time zone zone-less dates of `language` are read in: its own `timeZone`, the site's,
    /// else UTC (never the machine's). Nil when the name is not a zone Foundation knows.
    package func zone(for language: String?) -> TimeZone? {
        let name = language.flatMap { self.language($0)?.timeZone } ?? timeZone
        guard let name, !name.isEmpty else { return TimeZone(identifier: "UTC") }
        return TimeZone(identifier: name)
    }
}
