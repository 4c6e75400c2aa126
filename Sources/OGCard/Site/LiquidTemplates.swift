import Foundation

/// A Jekyll site's layouts and includes, read just enough to know which layouts print meta
/// tags through jekyll-seo-tag and through ogcard (`JekyllSiteChecks`): the `{% seo %}` and
/// `{% include ogcard… %}` tags, the static `{% include name %}`s and each layout's parent
/// (`layout:` in its front matter).
struct LiquidTemplates {
    /// A tag that prints meta tags, where it is.
    struct Mark: Equatable {
        /// What prints meta tags.
        enum Kind: Equatable {
            /// jekyll-seo-tag's `{% seo %}`.
            case seoTag
            /// `{% include ogcard-meta.html %}` or `{% include ogcard/… %}`.
            case ogcardInclude
        }

        /// Which one.
        var kind: Kind
        /// The file, relative to the site root.
        var file: String
        /// The 1-based line.
        var line: Int
    }

    /// One template file, as far as meta tags go.
    private struct Template {
        var marks: [Mark] = []
        /// Files it pulls in: static includes and its parent layout, relative to the site root.
        var uses: [String] = []
    }

    /// The layout files, relative to the site root, sorted.
    let layouts: [String]
    private var templates: [String: Template] = [:]

    // `{%` or `{%-`, then the tag name: seo, or include followed by its first argument.
    private static let seo = try! NSRegularExpression(pattern: #"\{%-?\s*seo(\s|-?%\})"#)
    private static let include = try! NSRegularExpression(pattern: #"\{%-?\s*include\s+([^\s%{}]+)"#)
    private static let parent = try! NSRegularExpression(
        pattern: #"^layout:[ \t]*["']?([^"'\s#]+)"#, options: .anchorsMatchLines)

    /// Reads `_layouts/` and `_includes/` under `root` (templates of at most 1 MB each).
    init(root: URL) {
        let rootPath = root.standardizedFileURL.path
        var layouts: [String] = []
        for folder in ["_layouts", "_includes"] {
            // ogcard's own snippets (`_includes/ogcard/`, one per post) hold no Liquid, and an
            // include named `ogcard…` is never followed: reading them cost seconds on large sites.
            let snippets = rootPath + "/_includes/ogcard"
            let files =
                DirectoryWalker.files(under: rootPath + "/" + folder, skip: { $0 == snippets }, keep: { _ in true })
                ?? []
            for path in files {
                let relative = String(path.dropFirst(rootPath.count + 1))
                guard let data = try? RegularFile.read(URL(fileURLWithPath: path)), data.count <= 1 << 20 else {
                    continue
                }
                templates[relative] = Self.read(String(decoding: data, as: UTF8.self), file: relative)
                if folder == "_layouts" { layouts.append(relative) }
            }
        }
        self.layouts = layouts.sorted()
        // Parent layouts are named without their extension.
        let byName = Dictionary(
            layouts.map { (($0.dropFirst("_layouts/".count) as Substring as NSString).deletingPathExtension, $0) },
            uniquingKeysWith: { first, _ in first })
        for (file, template) in templates {
            templates[file]?.uses = template.uses.compactMap { use in
                use.hasPrefix("layout:") ? byName[String(use.dropFirst("layout:".count))] : "_includes/" + use
            }
        }
    }

    /// Every mark `file` reaches through its includes and parent layouts, its own first.
    func reached(from file: String) -> [Mark] {
        var seen: Set<String> = []
        var marks: [Mark] = []
        var pending = [file]
        while !pending.isEmpty {
            let current = pending.removeFirst()
            guard seen.insert(current).inserted, let template = templates[current] else { continue }
            marks += template.marks
            pending += template.uses
        }
        return marks
    }

    private static func read(_ text: String, file: String) -> Template {
        var template = Template()
        let whole = text as NSString
        func line(at location: Int) -> Int {
            whole.substring(to: location).reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
        }
        for match in seo.matches(in: text, range: NSRange(location: 0, length: whole.length)) {
            template.marks.append(Mark(kind: .seoTag, file: file, line: line(at: match.range.location)))
        }
        for match in include.matches(in: text, range: NSRange(location: 0, length: whole.length)) {
            let name = whole.substring(with: match.range(at: 1))
            if name.hasPrefix("ogcard") {
                template.marks.append(Mark(kind: .ogcardInclude, file: file, line: line(at: match.range.location)))
            } else {
                template.uses.append(name)
            }
        }
        // The parent layout, from the front matter only.
        if text.hasPrefix("---") {
            let end = whole.range(of: "\n---", range: NSRange(location: 3, length: whole.length - 3))
            let frontMatter = NSRange(location: 0, length: end.location == NSNotFound ? 0 : end.location)
            if let match = parent.firstMatch(in: text, range: frontMatter) {
                template.uses.append("layout:" + whole.substring(with: match.range(at: 1)))
            }
        }
        return template
    }
}
