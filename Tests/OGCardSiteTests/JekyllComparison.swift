import Foundation
import OGCardTestSupport
import Testing

@testable import OGCard

/// A small Jekyll site built twice, by Debian's real `jekyll` and by ogcard's Jekyll page model,
/// compared page by page. Every post's body prints Jekyll's own `page.url | absolute_url` and
/// `page.path` in HTML comments, so the comparison reads what Jekyll computed and where it wrote
/// it, with no plugin (jekyll-seo-tag's og:url is that URL with `/index.html` cut to `/`).
struct JekyllComparison {
    /// One page Jekyll wrote.
    struct Page: Equatable {
        /// `absolute_url(page.url)` with jekyll-seo-tag's `/index.html` → `/`: its og:url.
        var ogURL: String
        /// The file under `_site`.
        var file: String
    }

    let site: TemporarySite

    /// The body every post ends with: Jekyll's URL and source path, read back from `_site`.
    static let marker = "\n<!--OGURL {{ page.url | absolute_url }} OGURL-->\n<!--SRC {{ page.path }} SRC-->\n"

    init() throws {
        site = try TemporarySite()
    }

    /// Writes a post (front matter, or none when nil) with the marker body.
    @discardableResult
    func post(_ path: String, _ frontMatter: String? = nil, modified: Date? = nil) throws -> URL {
        let text = (frontMatter.map { "---\n\($0)\n---\n" } ?? "") + "Text." + Self.marker
        let url = try site.write(path, text)
        if let modified {
            try FileManager.default.setAttributes([.modificationDate: modified], ofItemAtPath: url.path)
        }
        return url
    }

    /// Runs `jekyll build` (plus `flags`) in the machine's zone and returns its pages by source path.
    func jekyll(_ flags: [String] = []) throws -> [String: Page] {
        let destination = try SiteConfigLoader.discover(from: site.root).jekyll.destination
        try? FileManager.default.removeItem(at: site.url(destination))
        let result = try Program.required("jekyll").run(
            ["build", "--quiet"] + flags, in: site.root,
            environment: ["TZ": TimeZone.current.identifier, "LANG": "C.UTF-8"],
            timeout: .seconds(120))
        #expect(result.status == 0, "jekyll build failed: \(result)")
        var pages: [String: Page] = [:]
        let siteFolder = site.url(destination).path
        // Hidden files too: `wait...what.md` is written as `wait/.what.html`.
        for path in DirectoryWalker.files(under: siteFolder, includeHidden: true, keep: { _ in true }) ?? [] {
            guard let text = try? String(contentsOfFile: path, encoding: .utf8),
                let url = Self.between("<!--OGURL ", " OGURL-->", in: text),
                let written = Self.between("<!--SRC ", " SRC-->", in: text),
                !written.contains("{{")  // a file copied as is, not rendered
            else { continue }
            // Jekyll's `page.path` of a document is relative to `collections_dir`.
            var source = written
            let collections = (try? SiteConfigLoader.discover(from: site.root))?.jekyll.collectionsPath ?? ""
            if !collections.isEmpty, !site.exists(source), site.exists(collections + "/" + source) {
                source = collections + "/" + source
            }
            var ogURL = url
            if ogURL.hasSuffix("/index.html") { ogURL.removeLast("index.html".count) }
            let file = String(path.dropFirst(siteFolder.count + 1))
            #expect(pages[source] == nil, "two pages for \(source)")
            pages[source] = Page(ogURL: ogURL, file: file)
        }
        return pages
    }

    /// ogcard's posts (as a zero-config build finds them) and their placements, by path.
    func ogcard(includeDrafts: Bool = false) throws -> [String: Result<PagePlacement, Diagnostic>] {
        let config = try SiteConfigLoader.discover(from: site.root)
        let model = try config.pageModel(PageModelContext(now: Date(), includeDrafts: includeDrafts))
        var placements: [String: Result<PagePlacement, Diagnostic>] = [:]
        for file in try SiteBuild(config: config).findPosts() {
            let relative = SitePaths.relative(file, to: config.root)
            let post = try PostReader.parse(Data(contentsOf: file), path: relative)
            do {
                placements[relative] = .success(try model.place(post, relativePath: relative))
            } catch {
                placements[relative] = .failure(error)
            }
        }
        return placements
    }

    /// Builds with Jekyll (`flags`) and ogcard (`includeDrafts`) and expects the same pages: every
    /// page Jekyll wrote is a post ogcard found and publishes at the same og:url, whose path is
    /// where Jekyll wrote the file; every post ogcard hides is absent from `_site`. Returns the
    /// number of pages compared, so a test can check its site really has them.
    @discardableResult
    func compare(flags: [String] = [], includeDrafts: Bool = false, sourceLocation: SourceLocation = #_sourceLocation)
        throws -> (published: Int, hidden: Int)
    {
        let pages = try jekyll(flags)
        let placements = try ogcard(includeDrafts: includeDrafts)
        var published = 0
        var hidden = 0
        for (path, result) in placements.sorted(by: { $0.key < $1.key }) {
            let placement: PagePlacement
            switch result {
            case .success(let value): placement = value
            case .failure(let error):
                Issue.record("ogcard could not place \(path): \(error)", sourceLocation: sourceLocation)
                continue
            }
            let page = pages[path]
            if placement.visibility.isPublished {
                published += 1
                #expect(
                    page != nil, "\(path): ogcard publishes it at \(placement.url), Jekyll wrote no page",
                    sourceLocation: sourceLocation)
                guard let page else { continue }
                #expect(placement.url == page.ogURL, "\(path): og:url", sourceLocation: sourceLocation)
                #expect(
                    Self.names(file: page.file, url: placement.url),
                    "\(path): written at \(page.file), og:url \(placement.url)",
                    sourceLocation: sourceLocation)
            } else {
                hidden += 1
                #expect(
                    page == nil, "\(path): ogcard hides it (\(placement.visibility)), Jekyll wrote \(page?.file ?? "")",
                    sourceLocation: sourceLocation)
            }
        }
        // Pages (`about.md`) are not posts; every post Jekyll wrote must be one ogcard found.
        let config = try SiteConfigLoader.discover(from: site.root)
        for path in pages.keys where placements[path] == nil {
            if JekyllDocument(path: path, settings: config.jekyll).kind == .page { continue }
            Issue.record("Jekyll wrote a page for \(path), which ogcard did not find", sourceLocation: sourceLocation)
        }
        return (published, hidden)
    }

    /// Whether og:url `url` names the file Jekyll wrote: its decoded path ends with the file's
    /// path (`index.html` dropped, or `.html` for a URL without extension), compared in NFC.
    static func names(file: String, url: String) -> Bool {
        let decoded = (url.removingPercentEncoding ?? url).precomposedStringWithCanonicalMapping
        let path = ("/" + file).precomposedStringWithCanonicalMapping
        if path.hasSuffix("/index.html"), decoded.hasSuffix(String(path.dropLast("index.html".count))) { return true }
        return decoded.hasSuffix(path) || (decoded + ".html").hasSuffix(path)
    }

    private static func between(_ start: String, _ end: String, in text: String) -> String? {
        guard let from = text.range(of: start), let to = text.range(of: end, range: from.upperBound..<text.endIndex)
        else { return nil }
        return String(text[from.upperBound..<to.lowerBound])
    }

    /// `date` as front matter writes it with an offset: `2024-03-05 23:30:00 +0000`.
    static func stamp(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss '+0000'"
        return formatter.string(from: date)
    }

    /// `YYYY-MM-DD` of `date` in the machine's zone (the file-name date Jekyll reads there).
    static func day(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone.current
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: date)
    }
}
