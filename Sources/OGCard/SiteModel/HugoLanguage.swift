import Foundation

/// One `[languages.X]` entry of a Hugo config.
package struct HugoLanguage: Hashable, Sendable {
    /// The language key, lower-cased as Hugo does (`pt-BR` → `pt-br`): the URL prefix and file suffix.
    package var code: String
    /// `contentDir`, when the language has its own.
    package var contentDir: String?
    /// `baseURL`, when the language has its own (a multihost site).
    package var baseURL: String?
    /// `languageCode` (or `locale`), as written: what the site's templates usually print as `og:locale`.
    package var languageCode: String?
    /// `timeZone`, when the language has its own.
    package var timeZone: String?
    /// `weight` (0 when absent).
    package var weight: Int
    /// `disabled = true` (or listed in `disableLanguages`).
    package var disabled: Bool

    /// Creates a language.
    package init(
        code: String, contentDir: String? = nil, baseURL: String? = nil, languageCode: String? = nil,
        timeZone: String? = nil, weight: Int = 0, disabled: Bool = false
    ) {
        self.code = code
        self.contentDir = contentDir
        self.baseURL = baseURL
        self.languageCode = languageCode
        self.timeZone = timeZone
        self.weight = weight
        self.disabled = disabled
    }
}
