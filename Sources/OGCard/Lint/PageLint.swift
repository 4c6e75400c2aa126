public import Foundation

/// `ogcard lint --html DIR`: the meta tags in the heads of a built site's pages, whoever wrote
/// them (ogcard's snippets, `ogcard inject`, a theme, a plugin), and the image files they name
/// when those are in the folder.
public struct PageLint: Sendable {
    /// The built site's folder (`_site`, `public`).
    public let root: URL
    /// The platforms' rules.
    public let rules: LintRules

    /// A linter for the pages under `root`; `rules` default to the bundled ones.
    public init(root: URL, rules: LintRules? = nil) throws(Diagnostic) {
        self.root = root
        if let rules { self.rules = rules } else { self.rules = try LintRules.load() }
    }

    /// Lints every page (`.html`, `.htm`) under the folder. A page with no Open Graph or Twitter
    /// tag at all gets one note (redirects, 404 pages and feeds' HTML rarely want a card).
    public func run() throws(Diagnostic) -> LintReport {
        let base = SiteContainment.resolve(root.standardizedFileURL.path)
        guard let (pages, warnings) = PageFinder.pages(under: base, skipping: "") else {
            throw Diagnostic(file: root.path, step: .findPages, reason: "not a readable folder")
        }
        var items: [LintItemReport] = []
        var failures = warnings
        for page in pages {
            do {
                items.append(try lint(page: URL(fileURLWithPath: page.path), relativePath: page.relativePath))
            } catch {
                failures.append(error)
            }
        }
        return LintReport(items: items, failures: failures)
    }

    /// Lints one page, `relativePath` naming it in the report.
    public func lint(page file: URL, relativePath: String) throws(Diagnostic) -> LintItemReport {
        let bytes: Data
        do {
            bytes = try RegularFile.read(file)
        } catch {
            throw Diagnostic(file: relativePath, step: .readPage, reason: error.reason)
        }
        let tags = Self.metaTags(in: HTMLDocument(parsing: [UInt8](bytes)))
        guard tags.contains(where: { $0.key.hasPrefix("og:") || $0.key.hasPrefix("twitter:") }) else {
            return LintItemReport(
                item: relativePath,
                findings: [LintFinding(.note, rule: "missing_tag", message: "no Open Graph or Twitter tags")])
        }
        var image: LintImageFile?
        var missing: String?
        if let value = tags.first(where: { $0.key == "og:image" })?.content, let url = URL(string: value),
            url.host != nil || !value.contains(":")
        {
            let pageHost = tags.first { $0.key == "og:url" }.flatMap { URL(string: $0.content)?.host }
            let path = url.path.removingPercentEncoding ?? url.path
            let relative = path.hasPrefix("/") ? String(path.dropFirst()) : path
            let candidate = relative.isEmpty ? nil : root.appendingPathComponent(relative)
            image = candidate.flatMap { LintImageFile.read($0, label: relative) }
            // A picture on another host (a CDN) is not in the folder: nothing to say about it.
            if image == nil, !relative.isEmpty, url.host == nil || url.host == pageHost {
                missing = "\(relative) is not in \(root.path)"
            }
        }
        let (findings, _) = TagLint(rules: rules).check(tags: tags, image: image, missingImage: missing)
        return LintItemReport(
            item: relativePath, url: tags.first { $0.key == "og:url" }?.content, image: image?.label,
            imageBytes: image?.bytes, findings: findings)
    }

    /// The `<meta property|name=… content=…>` tags of the page's head, in order; `property=`
    /// wins when a tag has both (as Facebook reads it).
    static func metaTags(in document: HTMLDocument) -> [MetaTag] {
        (document.head?.elements ?? []).compactMap { element in
            guard element.name == "meta", let content = element["content"] else { return nil }
            if let key = element["property"], !key.isEmpty {
                return MetaTag(attribute: .property, key: key.lowercased(), content: content)
            }
            if let key = element["name"], !key.isEmpty {
                return MetaTag(attribute: .name, key: key.lowercased(), content: content)
            }
            return nil
        }
    }
}
