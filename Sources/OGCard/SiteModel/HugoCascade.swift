import Foundation
import Synchronization

/// Front matter `cascade:` of section and home `_index` files, read once per file and shared by
/// a build's workers: Hugo merges it into the `_index` page itself and every page below it, the
/// nearest `_index` first, a page's own keys winning (`cascade: {draft: true}`,
/// `cascade: {_build: {render: never}}`, `cascade: {slug: …}`).
final class HugoCascade: Sendable {
    let root: URL
    let settings: HugoSiteSettings
    /// Site-relative `_index` path → its front matter (nil when none or unreadable).
    private let cache = Mutex<[String: FrontMatter?]>([:])
    /// Site-relative folder → the names of its `_index.*` files: a section of 10 000 posts is
    /// listed once, not once per post.
    private let listings = Mutex<[String: [String]]>([:])

    /// The `_index.*` file names in the site-relative `folder`, sorted.
    func indexNames(in folder: String) -> [String] {
        if let cached = listings.withLock({ $0[folder] }) { return cached }
        let names =
            ((try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(folder).path)) ?? [])
            .filter { $0.hasPrefix("_index.") }.sorted()
        listings.withLock { $0[folder] = names }
        return names
    }

    init(root: URL, settings: HugoSiteSettings) {
        self.root = root
        self.settings = settings
    }

    /// The `_index` files above `file` of `language` (and its own folder's, for a list page
    /// other than the file itself), nearest first, as site-relative path and front matter.
    func indexFiles(for file: HugoContentFile, language: String, languageOf: (HugoContentFile) -> HugoLanguage)
        -> [(path: String, frontMatter: FrontMatter?)]
    {
        var result: [(path: String, frontMatter: FrontMatter?)] = []
        let own = file.kind == .page ? file.folders.count - (file.isBundleIndex ? 1 : 0) : file.folders.count
        for depth in stride(from: own, through: 0, by: -1) {
            let inner = file.folders.prefix(depth).joined(separator: "/")
            for contentDir in settings.contentDirectories {
                let folder = [contentDir, inner].filter { !$0.isEmpty }.joined(separator: "/")
                for name in indexNames(in: folder) {
                    let path = folder.isEmpty ? name : folder + "/" + name
                    guard let index = HugoContentFile(relativePath: path, settings: settings),
                        HugoContentFile.contentExtensions.contains((name as NSString).pathExtension),
                        index != file, languageOf(index).code == language
                    else { continue }
                    result.append((path, frontMatter(of: path)))
                }
            }
        }
        return result
    }

    /// The `cascade` entries of `frontMatter`: a mapping, or the targetless items of a list
    /// (`_target` globs select pages by path, kind and language, which ogcard does not follow).
    static func cascade(of frontMatter: FrontMatter?) -> [FrontMatterEntry] {
        switch HugoConfigFile.value(frontMatter?.entries, "cascade") {
        case .mapping(let values)?:
            return values
        case .list(let items)?:
            return items.flatMap { item -> [FrontMatterEntry] in
                guard let values = item.entries, HugoConfigFile.value(values, "_target") == nil else { return [] }
                return values
            }
        default:
            return []
        }
    }

    private func frontMatter(of path: String) -> FrontMatter? {
        if let cached = cache.withLock({ $0[path] }) { return cached }
        var parsed: FrontMatter?
        if let data = try? RegularFile.read(root.appendingPathComponent(path)) {
            parsed = try? FrontMatterParser.parse(data, path: path)
        }
        cache.withLock { $0[path] = .some(parsed) }
        return parsed
    }
}
