import Foundation

extension SiteConfig {
    /// The site's own layout files: the `design:` file and every `.yml` in the `layouts:` folder.
    var siteLayoutFiles: [URL] {
        var files: [URL] = []
        if case .layoutFile(let path)? = design { files.append(root.appendingPathComponent(path)) }
        if let layouts {
            let folder = root.appendingPathComponent(layouts).standardizedFileURL.path
            files += (DirectoryWalker.files(under: folder) { $0.hasSuffix(".yml") } ?? []).sorted().map {
                URL(fileURLWithPath: $0)
            }
        }
        return files
    }
}
