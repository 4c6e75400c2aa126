import Foundation

/// What Jekyll's `_config.yml` says about URLs and publication (permalink style, time zone,
/// collections, `defaults:`, `future`, `unpublished`, `show_drafts`).
package struct JekyllSiteSettings: Hashable, Sendable {
    /// `permalink:` as written (a style name or a template); nil means Jekyll's `date` style.
    package var permalink: String?
    /// `baseurl:` as written.
    package var baseURL: String?
    /// `url:` as written (not trimmed: Jekyll does not trim it either).
    package var url: String?

    /// Jekyll's defaults (no `_config.yml`).
    package init(permalink: String? = nil, baseURL: String? = nil, url: String? = nil) {
        self.permalink = permalink
        self.baseURL = baseURL
        self.url = url
    }
}
