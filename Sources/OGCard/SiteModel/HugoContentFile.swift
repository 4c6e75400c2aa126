import Foundation

/// A file under one of a Hugo site's content folders, taken apart as Hugo's `source.File` does:
/// folder, base name, language suffix, and whether it is a page, a list page or a bundle.
package struct HugoContentFile: Hashable, Sendable {
    /// What Hugo makes of the file.
    package enum Kind: String, Hashable, Sendable {
        /// A regular page (`posts/hello.md`, or a leaf bundle's `index.md`).
        case page
        /// A section's list page (`posts/_index.md`).
        case section
        /// The home page (`_index.md` at the top of the content folder).
        case home
    }

    /// The content folder it is under (site-relative).
    package var contentDir: String
    /// The folders between the content folder and the file.
    package var folders: [String]
    /// The file name with extension (`hello.es.md`).
    package var name: String
    /// The name without extension and without a configured language suffix (`hello`, `index`, `_index`).
    package var translationBaseName: String
    /// The language suffix when it names a configured language (`es`), else nil.
    package var languageSuffix: String?
    /// `page`, `section` or `home`.
    package var kind: Kind

    /// The extensions Hugo reads as content and ogcard reads as posts (Hugo wants them lower case).
    package static let contentExtensions: Set<String> = ["md", "markdown", "html"]

    /// Takes apart `relativePath` (from the site root) against the site's content folders; nil
    /// when it is under none of them.
    package init?(relativePath: String, settings: HugoSiteSettings) {
        let folders = settings.contentDirectories.sorted { $0.count > $1.count }
        guard
            let contentDir = folders.first(where: { $0.isEmpty || relativePath.hasPrefix($0 + "/") })
        else { return nil }
        let inner = contentDir.isEmpty ? relativePath : String(relativePath.dropFirst(contentDir.count + 1))
        var parts = inner.split(separator: "/").map(String.init)
        guard let name = parts.popLast() else { return nil }
        self.contentDir = contentDir
        self.folders = parts
        self.name = name
        var base = name
        if let dot = base.lastIndex(of: ".") { base = String(base[..<dot]) }
        if let dot = base.lastIndex(of: "."),
            settings.language(String(base[base.index(after: dot)...])) != nil,
            base[base.index(after: dot)...] == base[base.index(after: dot)...].lowercased()
        {
            languageSuffix = String(base[base.index(after: dot)...])
            base = String(base[..<dot])
        } else {
            languageSuffix = nil
        }
        translationBaseName = base
        switch base {
        case "_index": kind = parts.isEmpty ? .home : .section
        default: kind = .page
        }
    }

    /// Whether the file is a leaf bundle's `index.*`: one page named after its folder.
    package var isBundleIndex: Bool { kind == .page && translationBaseName == "index" && !folders.isEmpty }

    /// Hugo's `File.Dir()` for the URL: the folders with a trailing `/` (a bundle's parent for a bundle).
    package var urlDir: String {
        let dirs = isBundleIndex ? Array(folders.dropLast()) : folders
        return dirs.isEmpty ? "" : dirs.joined(separator: "/") + "/"
    }

    /// Hugo's `ContentBaseName`: a bundle's (or section's) folder name, else `translationBaseName`.
    package var contentBaseName: String {
        (isBundleIndex || kind == .section) ? (folders.last ?? translationBaseName) : translationBaseName
    }

    /// `.Section`: the top-level folder (empty at the top of the content folder; a top-level
    /// leaf bundle is in no section either).
    package var section: String {
        (isBundleIndex ? Array(folders.dropLast()) : folders).first ?? ""
    }

    /// Whether Hugo reads a file at `relativePath` as a content page at all (§2.1): a content
    /// extension in lower case, a name not starting with `.` or `#` nor ending with `~`, and not
    /// inside a leaf bundle (there it is a resource of the bundle). `isFile(path)` answers whether a
    /// site-relative file exists.
    package static func isContentPage(
        relativePath: String, settings: HugoSiteSettings, isFile: (String) -> Bool
    ) -> Bool {
        guard let file = HugoContentFile(relativePath: relativePath, settings: settings) else { return true }
        let name = file.name
        guard !name.hasPrefix("."), !name.hasPrefix("#"), !name.hasSuffix("~"),
            let dot = name.lastIndex(of: "."), contentExtensions.contains(String(name[name.index(after: dot)...]))
        else { return false }
        // A folder above the file (or the file's own, for a file beside an index) holding an
        // `index.*` makes it a bundle resource.
        let ownFolders = file.isBundleIndex ? Array(file.folders.dropLast()) : file.folders
        for depth in stride(from: ownFolders.count, through: 1, by: -1) {
            let folder = ([file.contentDir].filter { !$0.isEmpty } + ownFolders.prefix(depth)).joined(separator: "/")
            for candidate in settings.enabledLanguages.map({ "index.\($0.code)." }) + ["index."] {
                for ext in contentExtensions where isFile(folder + "/" + candidate + ext) { return false }
            }
        }
        return true
    }
}
