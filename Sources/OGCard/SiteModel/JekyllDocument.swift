import Foundation

/// What Jekyll makes of a file from where it sits: a post (`<dir>/_posts/…`), a draft
/// (`<dir>/_drafts/…`), a document of a declared collection (`_recipes/…`) or a page.
package struct JekyllDocument: Sendable, Equatable {
    /// The kind of document.
    package enum Kind: Sendable, Equatable {
        case post, draft
        /// A document of the named collection (not `posts`).
        case collection(String)
        /// Anything else: Jekyll renders it as a page, if it has front matter.
        case page
    }

    /// The kind.
    package var kind: Kind
    /// Jekyll's `relative_path`: from `collections_dir` (or the root) for posts, drafts and
    /// collection documents; from the root for pages.
    package var relativePath: String
    /// The folders above `_posts` / `_drafts` (`news/_posts/x.md` → `news`): categories.
    package var folderCategories: [String]
    /// The path from the site root.
    package var sitePath: String

    /// The collection label: `posts` for posts and drafts, the collection's name, `pages`.
    package var type: String {
        switch kind {
        case .post, .draft: "posts"
        case .collection(let name): name
        case .page: "pages"
        }
    }

    /// The folder `:path` strips (`_posts`, `_recipes`), as Jekyll's `collection.relative_directory`.
    var collectionDirectory: String {
        switch kind {
        case .post, .draft: "_posts"
        case .collection(let name): "_" + name
        case .page: ""
        }
    }

    /// Classifies `path` (from the site root, `/`-separated).
    package init(path: String, settings: JekyllSiteSettings) {
        let collectionsDir = settings.collectionsPath
        var inCollections = Substring(path)
        var isInside = collectionsDir.isEmpty
        if !collectionsDir.isEmpty, path.hasPrefix(collectionsDir + "/") {
            inCollections = inCollections.dropFirst(collectionsDir.count + 1)
            isInside = true
        }
        let components = inCollections.split(separator: "/", omittingEmptySubsequences: false)
        let folders = components.dropLast()
        kind = .page
        relativePath = path
        sitePath = path
        folderCategories = []
        guard isInside else { return }
        if let index = folders.firstIndex(of: "_posts") ?? folders.firstIndex(of: "_drafts") {
            kind = folders[index] == "_posts" ? .post : .draft
            folderCategories = folders[..<index].map(String.init).filter { !$0.isEmpty }
        } else if let first = folders.first, first.hasPrefix("_"),
            let collection = settings.collection(named: String(first.dropFirst())), collection.name != "posts"
        {
            kind = .collection(collection.name)
        } else {
            return
        }
        relativePath = String(inCollections)
    }

    /// The file name.
    var basename: String {
        // The text after the last slash: splitting the whole path cost 7 % of a no-op build.
        guard let slash = relativePath.utf8.lastIndex(of: UInt8(ascii: "/")) else { return relativePath }
        return String(relativePath[relativePath.index(after: slash)...])
    }

    /// Ruby's `File.extname`: the last `.ext` of the file name, "" for none or a dot file.
    var extname: String {
        let name = basename
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex, name.index(after: dot) != name.endIndex
        else { return "" }
        return String(name[dot...])
    }

    /// `File.basename(path, ".*")`.
    var basenameWithoutExtension: String {
        let name = basename
        return String(name.dropLast(extname.count))
    }

    /// The date and slug Jekyll reads from the file name (`DATE_FILENAME_MATCHER`): a
    /// `YYYY-MM-DD-` prefix, the rest up to the last extension, which must exist.
    var fileNameDateAndSlug: (date: String, slug: String)? {
        guard !extname.isEmpty else { return nil }
        // Jekyll's `(\d{2,4}-\d{1,2}-\d{1,2})-(.*)`, by hand: a regex literal was compiled again
        // on every call, and this runs for every post of every build (half a no-op build of
        // 100 000 posts). Digits are ASCII, as in Ruby; `.` matches anything but a line break.
        let stem = Array(basename.dropLast(extname.count).utf8)
        var index = 0
        for (fewest, most) in [(2, 4), (1, 2), (1, 2)] {
            let start = index
            while index < stem.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(stem[index]) { index += 1 }
            guard (fewest...most).contains(index - start), index < stem.count, stem[index] == UInt8(ascii: "-")
            else { return nil }
            index += 1
        }
        let rest = stem[index...]
        guard !rest.contains(UInt8(ascii: "\n")), !rest.contains(UInt8(ascii: "\r")) else { return nil }
        return (String(decoding: stem[..<(index - 1)], as: UTF8.self), String(decoding: rest, as: UTF8.self))
    }

    /// `data["slug"]`'s fallback: the name after the date prefix (or the whole name) without its
    /// extension and trailing dots.
    var fileSlug: String {
        var slug = fileNameDateAndSlug?.slug ?? basenameWithoutExtension
        while slug.hasSuffix(".") { slug.removeLast() }
        return slug
    }

    /// `:path` (`cleaned_relative_path`): the relative path without extension, its first
    /// `_posts` (or `_collection`) removed, trailing dots removed.
    var cleanedPath: String {
        var path = String(relativePath.dropLast(extname.count))
        if let range = path.range(of: collectionDirectory), !collectionDirectory.isEmpty {
            path.removeSubrange(range)
        }
        while path.hasSuffix(".") { path.removeLast() }
        return path
    }

    /// `:output_ext`: `.html` for Markdown (`markdown_ext`, any case) and HTML, else the file's own.
    func outputExtension(_ settings: JekyllSiteSettings) -> String {
        let ext = extname
        let bare = ext.dropFirst().lowercased()
        if settings.markdownExtensions.contains(bare) || bare == "html" { return ".html" }
        return ext
    }
}
