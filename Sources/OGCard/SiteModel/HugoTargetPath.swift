import Foundation

/// The link half of Hugo 0.111's `page.CreateTargetPaths` (`resources/page/page_paths.go`) for
/// HTML pages: where a page's URL comes from its kind, folder, slug, `url`, expanded permalink,
/// `uglyURLs` and language prefix. See docs/research/generator-urls-and-drafts.md §2.3–2.8.
package struct HugoTargetPath: Sendable {
    /// The page's kind.
    package var kind: HugoContentFile.Kind
    /// A list page's section path entries (`["docs", "guides"]`; empty for home).
    package var sections: [String] = []
    /// A regular page's folder (`posts/2024/`, with trailing `/`, or empty).
    package var dir = ""
    /// A regular page's base name: the slug, else the file (or bundle folder) name.
    package var baseName = ""
    /// Front matter `url`.
    package var url = ""
    /// The expanded `[permalinks]` pattern after `QueryUnescape` (regular pages only).
    package var expandedPermalink = ""
    /// `uglyURLs` for the page's section.
    package var uglyURLs = false
    /// The language prefix (`/es`) or empty.
    package var prefixLink = ""
    /// A multihost site: Hugo forces the (empty) link prefix.
    package var multihost = false

    /// Creates a description of a page of `kind`.
    package init(kind: HugoContentFile.Kind) {
        self.kind = kind
    }

    /// The page's `RelPermalink` without the baseURL path: sanitized (unless a page's own `url`)
    /// and URL-escaped.
    package func link(sanitizer: HugoPathSanitizer) -> String {
        var forcePrefix = multihost
        if !url.isEmpty && !url.hasPrefix("/") { forcePrefix = true }
        var pagePath = "/"
        var link = ""
        var needsBase = true
        var isUgly = uglyURLs
        let baseNameSameAsType = !baseName.isEmpty && baseName == "index"
        if expandedPermalink.isEmpty && baseNameSameAsType { isUgly = true }
        if kind != .page && url.isEmpty && !sections.isEmpty {
            pagePath = Self.pjoin(sections)
            needsBase = false
        }
        if kind != .home && !url.isEmpty {
            pagePath = Self.pjoin([pagePath, url])
            link = pagePath
            let hasDot = url.contains(".")
            let hasSlash = url.hasSuffix("/")
            if hasSlash || !hasDot { pagePath = Self.pjoin([pagePath, "index.html"]) }
            if !Self.isHTMLIndex(pagePath) {
                link = pagePath
            } else if !hasSlash {
                link += "/"
            }
            if forcePrefix, !prefixLink.isEmpty, !url.hasPrefix("/" + prefixLink) {
                link = Self.pjoin([prefixLink, link])
            }
        } else if kind == .page {
            if !expandedPermalink.isEmpty {
                pagePath = Self.pjoin([pagePath, expandedPermalink])
            } else {
                if !dir.isEmpty { pagePath = Self.pjoin([pagePath, dir]) }
                if !baseName.isEmpty { pagePath = Self.pjoin([pagePath, baseName]) }
            }
            link = pagePath
            if baseNameSameAsType, link.hasSuffix(baseName) { link.removeLast(baseName.count) }
            link += "/"
            pagePath = isUgly ? Self.addSuffix(pagePath, ".html") : Self.pjoin([pagePath, "index.html"])
            if !Self.isHTMLIndex(pagePath) { link = pagePath }
            if !prefixLink.isEmpty { link = Self.pjoin([prefixLink, link]) }
        } else {
            let base = needsBase || !isUgly ? "index" : ""
            link = pagePath
            pagePath = base.isEmpty ? Self.addSuffix(pagePath, ".html") : Self.join([pagePath, base + ".html"])
            if !Self.isHTMLIndex(pagePath) { link = pagePath } else { link += "/" }
            if !prefixLink.isEmpty { link = Self.pjoin([prefixLink, link]) }
        }
        let hadSlash = link.hasSuffix("/")
        link = link.trimmingCharacters(in: CharacterSet(charactersIn: "/"))
        if hadSlash { link += "/" }
        if !link.hasPrefix("/") { link = "/" + link }
        if kind != .page || url.isEmpty { link = sanitizer.makePathSanitized(link) }
        let escaped = HugoPathSanitizer.urlEscape(link)
        return escaped.isEmpty ? "/" : escaped
    }

    static func isHTMLIndex(_ path: String) -> Bool { path.hasSuffix("/index.html") }

    static func addSuffix(_ text: String, _ suffix: String) -> String {
        (text.hasSuffix("/") ? String(text.dropLast()) : text) + suffix
    }

    /// Hugo's `pjoin`: `path.Join`, keeping a trailing `/` of the last element.
    static func pjoin(_ elements: [String]) -> String {
        let joined = join(elements)
        if elements.last?.hasSuffix("/") == true && !joined.hasSuffix("/") { return joined + "/" }
        return joined
    }

    /// Go's `path.Join`: the non-empty elements joined by `/`, then `Clean`ed ("" when all are empty).
    static func join(_ elements: [String]) -> String {
        let parts = elements.filter { !$0.isEmpty }
        return parts.isEmpty ? "" : clean(parts.joined(separator: "/"))
    }

    /// Go's `path.Clean`.
    static func clean(_ path: String) -> String {
        if path.isEmpty { return "." }
        let rooted = path.hasPrefix("/")
        var out: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == ".." {
                if let last = out.last, last != ".." {
                    out.removeLast()
                } else if !rooted {
                    out.append(part)
                }
                continue
            }
            out.append(part)
        }
        let body = out.joined(separator: "/")
        if rooted { return "/" + body }
        return body.isEmpty ? "." : body
    }
}
