import Foundation

/// What Hugo's site config says about URLs, languages and publication (`baseURL`,
/// `[permalinks]`, `uglyURLs`, languages, `timeZone`, `buildDrafts`/`buildFuture`/`buildExpired`).
package struct HugoSiteSettings: Hashable, Sendable {
    /// `baseURL` as written.
    package var baseURL: String?

    /// Hugo's defaults (no config file).
    package init(baseURL: String? = nil) {
        self.baseURL = baseURL
    }
}
