import Foundation

/// What Jekyll's `_config.yml` says about URLs and publication (permalink style, time zone,
/// collections, `defaults:`, `future`, `unpublished`, `show_drafts`), with Jekyll's own defaults
/// for whatever it leaves out.
package struct JekyllSiteSettings: Hashable, Sendable {
    /// `permalink:` as written (a style name or a template); nil means Jekyll's `date` style.
    package var permalink: String?
    /// `baseurl:` as written.
    package var baseURL: String?
    /// `url:` as written (not trimmed: Jekyll does not trim it either).
    package var url: String?
    /// `timezone:` (an IANA name); nil means the zone of the machine that runs the build.
    package var timezone: String?
    /// `future:`: publish posts dated after the build (Jekyll's default: no).
    package var future = false
    /// `unpublished:`: publish posts with `published: false`.
    package var unpublished = false
    /// `show_drafts:`: publish the posts in `_drafts/` folders.
    package var showDrafts = false
    /// `collections:` other than `posts`, and `posts` itself when the config names it.
    package var collections: [JekyllCollection] = []
    /// `collections_dir:`: the folder holding `_posts`, `_drafts` and every `_collection`; "" for the root.
    package var collectionsDir = ""
    /// `defaults:`, in the order written.
    package var defaults: [JekyllFrontMatterDefault] = []
    /// `markdown_ext:`: the extensions Jekyll converts to `.html`.
    package var markdownExtensions = ["markdown", "mkdown", "mkdn", "mkd", "md"]
    /// `time:`: the build's "now" when the config pins it (as written).
    package var time: String?
    /// `exclude:` as written (Jekyll adds `node_modules`, `vendor/…` and the like to it).
    package var exclude: [String] = []
    /// `include:` as written (default `.htaccess`).
    package var include = [".htaccess"]
    /// `destination:` (default `_site`), relative to the site root.
    package var destination = "_site"
    /// Whether `_config.yml` had a `timezone:` (else dates depend on the building machine's zone).
    package var hasTimezone: Bool { timezone != nil }

    /// Jekyll's defaults (no `_config.yml`).
    package init(permalink: String? = nil, baseURL: String? = nil, url: String? = nil) {
        self.permalink = permalink
        self.baseURL = baseURL
        self.url = url
    }

    /// `url` + `baseurl` as one site URL without trailing `/` (what ogcard uses when ogcard.yml
    /// has no `url:`); nil without `url`.
    package var siteURL: String? {
        guard var joined = url?.trimmingCharacters(in: .whitespacesAndNewlines), !joined.isEmpty else { return nil }
        while joined.hasSuffix("/") { joined.removeLast() }
        let base = (baseURL ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            .trimmingCharacters(in: CharacterSet(charactersIn: "/"))
        return base.isEmpty ? joined : joined + "/" + base
    }

    /// The collection called `name`, if the config declares it.
    package func collection(named name: String) -> JekyllCollection? {
        collections.first { $0.name == name }
    }

    /// The folders Jekyll reads collections from: `collections_dir` or the root (no trailing `/`).
    package var collectionsPath: String {
        collectionsDir.split(separator: "/").joined(separator: "/")
    }
}
