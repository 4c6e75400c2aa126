package import Foundation

/// The files Jekyll reads as posts, drafts and collection documents, for a site whose ogcard.yml
/// does not say `posts:` (Jekyll's `Reader#read_directories`, `PostReader` and `EntryFilter`).
package enum JekyllPostFinder {
    /// What Jekyll adds to every `exclude:` (`Configuration::DEFAULT_EXCLUDES`). `vendor/` itself
    /// is not excluded: Jekyll does read `vendor/_posts`.
    static let defaultExcludes = [
        ".sass-cache", ".jekyll-cache", "gemfiles", "Gemfile", "Gemfile.lock", "node_modules", "vendor/bundle/",
        "vendor/cache/", "vendor/gems/", "vendor/ruby/",
    ]

    /// Every folder whose files Jekyll may read as documents, from the site root: each
    /// `<dir>/_posts` and `<dir>/_drafts` the reader walks into (under `collections_dir`;
    /// not inside `_`/`.`-prefixed, excluded or destination folders), and `_name` for each
    /// collection with `output: true`. Sorted, so builds list posts in a stable order.
    package static func folders(root: URL, settings: JekyllSiteSettings) -> [String] {
        var found: [String] = []
        let start = settings.collectionsPath
        walk(root: root, folder: start, settings: settings, depth: 0, into: &found)
        for collection in settings.collections where collection.output && collection.name != "posts" {
            let folder = start.isEmpty ? "_" + collection.name : start + "/_" + collection.name
            if isDirectory(root.appendingPathComponent(folder)) { found.append(folder) }
        }
        return found.sorted()
    }

    /// Whether the file at `path` (from the site root) is one Jekyll reads as a document: a post
    /// named `YYYY-MM-DD-name.ext`, a draft with an extension, or a collection file that starts
    /// with YAML front matter; none with a name Jekyll's entry filter drops.
    package static func isDocument(_ path: String, root: URL, settings: JekyllSiteSettings) -> Bool {
        let document = JekyllDocument(path: path, settings: settings)
        let special: String
        switch document.kind {
        case .post: special = "_posts"
        case .draft: special = "_drafts"
        case .collection(let name): special = "_" + name
        case .page: return false
        }
        // The entry filter sees the path below the special folder.
        let components = document.relativePath.split(separator: "/").map(String.init)
        guard let index = components.firstIndex(of: special) else { return false }
        let entry = components[(index + 1)...].joined(separator: "/")
        let name = components.last ?? ""
        if entry.hasSuffix(".") || entry.hasSuffix("~") || isSpecial(entry) || isSpecial(name) { return false }
        if isExcluded(path, settings: settings) { return false }
        switch document.kind {
        case .post: return document.fileNameDateAndSlug != nil
        case .draft: return !document.extname.isEmpty
        default: return hasYAMLHeader(root.appendingPathComponent(path))
        }
    }

    private static func walk(
        root: URL, folder: String, settings: JekyllSiteSettings, depth: Int, into found: inout [String]
    ) {
        guard depth < 32 else { return }
        let url = folder.isEmpty ? root : root.appendingPathComponent(folder)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: url.path) else { return }
        for name in names.sorted() {
            let path = folder.isEmpty ? name : folder + "/" + name
            let child = root.appendingPathComponent(path)
            guard isDirectory(child), !isSymbolicLink(child) else { continue }
            if name == "_posts" || name == "_drafts" {
                found.append(path)
                continue
            }
            if isSpecial(name) || name.hasSuffix("~") { continue }
            if path == normalized(settings.destination) || isExcluded(path, settings: settings) { continue }
            walk(root: root, folder: path, settings: settings, depth: depth + 1, into: &found)
        }
    }

    /// Names starting `.`, `_`, `#` or `~`, which Jekyll skips.
    static func isSpecial(_ name: String) -> Bool {
        guard let first = name.first else { return false }
        return ".#_~".contains(first)
    }

    /// `exclude:` and Jekyll's default excludes (not overridden by `include:`), from the site root.
    static func isExcluded(_ path: String, settings: JekyllSiteSettings) -> Bool {
        func matches(_ pattern: String) -> Bool {
            let pattern = normalized(pattern)
            guard !pattern.isEmpty else { return false }
            // Jekyll's `glob_include?`: an fnmatch, or a plain string prefix (`old` excludes `older/` too).
            return path.hasPrefix(pattern) || (Glob.hasWildcard(pattern) && Glob.matches(pattern, path))
        }
        return (settings.exclude + defaultExcludes).contains(where: matches)
            && !settings.include.contains(where: matches)
    }

    private static func normalized(_ path: String) -> String {
        var text = path
        while text.hasPrefix("./") { text.removeFirst(2) }
        while text.hasPrefix("/") { text.removeFirst() }
        while text.hasSuffix("/") { text.removeLast() }
        return text
    }

    /// Jekyll's `has_yaml_header?`: the first line is `---` (trailing spaces allowed).
    static func hasYAMLHeader(_ file: URL) -> Bool {
        guard let handle = try? FileHandle(forReadingFrom: file) else { return false }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 512)) ?? Data()
        let text = String(decoding: head, as: UTF8.self)
        guard text.hasPrefix("---") else { return false }
        let rest = text.dropFirst(3).drop { $0 == " " || $0 == "\t" }
        return rest.hasPrefix("\n") || rest.hasPrefix("\r\n")
    }

    private static func isDirectory(_ url: URL) -> Bool {
        var flag: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &flag) && flag.boolValue
    }

    private static func isSymbolicLink(_ url: URL) -> Bool {
        (try? FileManager.default.attributesOfItem(atPath: url.path)[.type] as? FileAttributeType) == .typeSymbolicLink
    }
}
