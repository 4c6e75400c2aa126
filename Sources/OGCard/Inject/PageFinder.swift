import Foundation

/// Lists the HTML pages of a built site's folder, never leaving it: folders that are symbolic
/// links are not entered (a link to `/` or to a parent would walk the disk or loop), and a page
/// that is a link is kept only when its target lies inside the folder.
enum PageFinder {
    /// A page found.
    struct Found: Sendable {
        /// The path as found, below the folder.
        var path: String
        /// Its path relative to the folder (`a/b/index.html`).
        var relativePath: String
    }

    /// The pages (`.html`, `.htm`) under `root` (resolved), sorted, skipping hidden names and
    /// the `skipping` folder (the cards); links leading out are returned as warnings.
    static func pages(under root: String, skipping: String) -> (pages: [Found], warnings: [Diagnostic])? {
        var found: [Found] = []
        var warnings: [Diagnostic] = []
        var pending = [root]
        var first = true
        while let current = pending.popLast() {
            guard let handle = opendir(current) else {
                if first { return nil }
                continue
            }
            first = false
            defer { closedir(handle) }
            while let entry = readdir(handle) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
                }
                if name.hasPrefix(".") { continue }
                let path = current + "/" + name
                var info = stat()
                guard lstat(path, &info) == 0 else { continue }
                let relative = String(path.dropFirst(root.count + 1))
                switch info.st_mode & S_IFMT {
                case S_IFDIR:
                    if path != skipping { pending.append(path) }
                case S_IFREG:
                    if isPage(name) { found.append(Found(path: path, relativePath: relative)) }
                case S_IFLNK:
                    guard isPage(name) else { continue }
                    let target = SiteContainment.resolve(path)
                    if SiteContainment.isInside(target, root), RegularFile.isRegular(target) {
                        found.append(Found(path: path, relativePath: relative))
                    } else {
                        warnings.append(
                            Diagnostic(
                                .warning, file: relative, step: .findPages,
                                reason: "is a symbolic link to '\(target)', outside the folder: skipped"))
                    }
                default: continue
                }
            }
        }
        return (found.sorted { $0.relativePath < $1.relativePath }, warnings)
    }

    static func isPage(_ name: String) -> Bool {
        let lower = name.lowercased()
        return lower.hasSuffix(".html") || lower.hasSuffix(".htm")
    }
}
