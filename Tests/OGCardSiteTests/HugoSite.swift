import Foundation
import OGCardTestSupport
import Testing

@testable import OGCard

/// A small Hugo site built twice: by Debian's real `hugo` (each page prints its `.Permalink`,
/// language and source file) and by ogcard's `HugoPageModel`, for comparing page by page.
struct HugoSite {
    let site: TemporarySite

    /// A site with `config` as hugo.toml and `files` (site-relative path → text).
    init(config: String, files: [String: String]) throws {
        site = try TemporarySite()
        _ = try site.write("hugo.toml", config)
        let layout =
            "{{ .Permalink | safeHTML }}|{{ .Lang }}|{{ with .File }}{{ .Path | safeHTML }}{{ end }}"
            + "|{{ range $t := .Translations }}{{ with $t.File }}{{ $t.Lang }} {{ end }}{{ end }}\n"
        _ = try site.write("layouts/_default/single.html", layout)
        _ = try site.write("layouts/_default/list.html", layout)
        for (path, text) in files { _ = try site.write(path, text) }
    }

    /// One page: `language:path-in-content-folder` → permalink, then ` translations: ` and the
    /// languages of its translations that have a file (list pages without one are not posts), sorted.
    typealias Pages = [String: String]

    /// Runs hugo (with `arguments`, e.g. `-D -F -E`) and reads back every page it wrote; checks
    /// that each page's Permalink names the file it was written to (under `public/`, or
    /// `public/<lang>/` on a multihost site).
    func hugoPages(_ arguments: [String] = [], bases: [String: String]) throws -> Pages {
        let result = try Program.required("hugo").run(["--quiet"] + arguments, in: site.root, timeout: .seconds(120))
        #expect(result.status == 0, "hugo failed: \(result)")
        var pages: Pages = [:]
        let publicDir = site.url("public").path
        let walker = FileManager.default.enumerator(atPath: publicDir)
        while let relative = walker?.nextObject() as? String {
            guard relative.hasSuffix(".html") else { continue }
            let text = try String(contentsOfFile: publicDir + "/" + relative, encoding: .utf8)
                .trimmingCharacters(in: .whitespacesAndNewlines)
            let fields = text.components(separatedBy: "|")
            guard fields.count == 4 else { continue }
            let (permalink, language, source) = (fields[0], fields[1], fields[2])
            let translations = fields[3].split(separator: " ").sorted().joined(separator: ",")
            // The Permalink names the file hugo wrote: base + path (+ index.html).
            let base = bases[language] ?? bases[""] ?? ""
            #expect(permalink.hasPrefix(base), "\(permalink) does not start with \(base)")
            var path = String(permalink.dropFirst(base.count)).removingPercentEncoding ?? ""
            if path.hasSuffix("/") || path.isEmpty { path += "index.html" }
            if bases[language] != nil && bases[""] == nil { path = language + "/" + path }
            // Both sides decoded: hugo keeps a literal `%41` of a slug in the file name and the URL.
            let file = relative.removingPercentEncoding ?? relative
            #expect(path == file, "\(permalink) was written to public/\(relative)")
            guard !source.isEmpty else { continue }
            pages[language + ":" + source] = permalink + " translations: " + translations
        }
        return pages
    }

    /// ogcard's published pages, keyed like `hugoPages`.
    func ogcardPages(includeDrafts: Bool = false) throws -> (pages: Pages, hidden: [String: String]) {
        let config = try SiteConfigLoader.discover(from: site.root)
        let model = try config.pageModel(PageModelContext(includeDrafts: includeDrafts))
        var pages: Pages = [:]
        var hidden: [String: String] = [:]
        var keys: [String: (language: String, key: String?)] = [:]
        for file in try SiteBuild(config: config).findPosts() {
            let relative = SitePaths.relative(file, to: config.root)
            let post = try PostReader.read(contentsOf: file)
            let placement = try model.place(post, relativePath: relative)
            let inner =
                HugoContentFile(relativePath: relative, settings: config.hugo).map {
                    ($0.folders + [$0.name]).joined(separator: "/")
                } ?? relative
            let key = (placement.language ?? "") + ":" + inner
            switch placement.visibility {
            case .published:
                pages[key] = placement.url
                keys[key] = (placement.language ?? "", placement.translationKey)
            case .hidden(let reason): hidden[key] = reason
            }
        }
        // Hugo's .Translations: the other published pages with the same translation key.
        for (page, entry) in keys {
            let others = keys.filter { $0.key != page && $0.value.key != nil && $0.value.key == entry.key }
            pages[page]! += " translations: " + others.map(\.value.language).sorted().joined(separator: ",")
        }
        return (pages, hidden)
    }

    /// Builds with hugo and with ogcard and expects the same pages at the same URLs.
    func expectSamePages(
        hugoArguments: [String] = [], includeDrafts: Bool = false, bases: [String: String],
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let hugo = try hugoPages(hugoArguments, bases: bases)
        let ogcard = try ogcardPages(includeDrafts: includeDrafts).pages
        for key in Set(hugo.keys).union(ogcard.keys).sorted() {
            #expect(
                ogcard[key] == hugo[key], "\(key): ogcard \(ogcard[key] ?? "-") hugo \(hugo[key] ?? "-")",
                sourceLocation: sourceLocation)
        }
        #expect(!hugo.isEmpty, sourceLocation: sourceLocation)
    }
}
