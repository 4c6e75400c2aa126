import Foundation

/// What `ogcard build --watch` last saw of a site's inputs: a stamp (size, modification time,
/// inode) of every file a card depends on, and the folders to watch for new ones.
///
/// Inputs only: the posts folders (recursively), the config files (ogcard's and the
/// generator's, present or not, so creating one counts), the layout files, the fonts and the
/// images the manifest records. ogcard's own outputs (cards, snippets, meta JSON, manifest,
/// lock) and every dotfile (its temporary files are `.name.ogcard-XXXXXX`) are left out, so its
/// own writes never look like a change, except a post whose `image:` line it rewrote, which
/// `SiteWatcher` checks against the manifest.
package struct WatchSnapshot: Equatable {
    /// One file's state; any difference means it changed.
    struct Stamp: Equatable {
        /// Size in bytes.
        var size: Int64
        /// Modification time in nanoseconds since 1970.
        var modified: Int64
        /// Inode: a file replaced by a rename (every atomic writer) gets a new one.
        var inode: UInt64
    }

    /// Stamps by absolute path.
    var files: [String: Stamp] = [:]
    /// Folders to watch: where the inputs live, and every folder under the posts folders.
    package var folders: Set<String> = []

    /// Config files looked at, present or not, relative to the site root.
    static let configNames = [
        SiteConfigLoader.fileName, SiteConfigLoader.hiddenFileName, "_config.yml", "_config.yaml", "hugo.toml",
        "config.toml",
    ]

    /// The stamps of `config`'s inputs now; `dependencies` are further files cards depend on
    /// (the manifest's fonts and images).
    package static func take(config: SiteConfig, fonts: FontSet, dependencies: [String]) -> WatchSnapshot {
        var snapshot = WatchSnapshot()
        let root = config.root.standardizedFileURL.path
        let skipped = Set(
            ([config.output, config.snippets] + [config.metaJSON].compactMap { $0 }).map {
                URL(fileURLWithPath: root + "/" + $0).standardizedFileURL.path
            })
        for pattern in config.posts {
            let folder = URL(fileURLWithPath: root + "/" + SiteConfig.folderPart(ofGlob: pattern)).standardizedFileURL
            snapshot.addTree(folder.path, skipping: skipped)
        }
        var singles = configNames.map { root + "/" + $0 }
        singles += [config.configFile?.standardizedFileURL.path].compactMap { $0 }
        singles += config.siteLayoutFiles.map(\.standardizedFileURL.path)
        singles += config.logos.values.map { URL(fileURLWithPath: root + "/" + $0).standardizedFileURL.path }
        singles += fonts.files.map(\.standardizedFileURL.path)
        singles += dependencies
        if let layouts = config.layouts {
            snapshot.addTree(URL(fileURLWithPath: root + "/" + layouts).standardizedFileURL.path, skipping: skipped)
        }
        for file in singles where snapshot.files[file] == nil {
            snapshot.folders.insert((file as NSString).deletingLastPathComponent)
            if let stamp = stamp(of: file) { snapshot.files[file] = stamp }
        }
        return snapshot
    }

    /// `self` with the stamps `earlier` had for the files both know: taken after a refresh that
    /// started from `earlier`, so a file saved during the refresh still differs at the next look.
    package func keepingStamps(of earlier: WatchSnapshot) -> WatchSnapshot {
        var merged = self
        for (path, stamp) in earlier.files where merged.files[path] != nil { merged.files[path] = stamp }
        return merged
    }

    /// Paths whose stamp differs between `self` and `other` (changed, added or removed), sorted.
    package func changes(to other: WatchSnapshot) -> [String] {
        Set(files.keys).union(other.files.keys).filter { files[$0] != other.files[$0] }.sorted()
    }

    /// Adds every regular file under `folder` (dotfiles and `skipping` folders left out) and
    /// every folder, so new subfolders are watched too.
    private mutating func addTree(_ folder: String, skipping: Set<String>) {
        var pending = [folder]
        while let current = pending.popLast() {
            guard !skipping.contains(current), let handle = opendir(current) else { continue }
            defer { closedir(handle) }
            folders.insert(current)
            while let entry = readdir(handle) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
                }
                if name.hasPrefix(".") { continue }
                let path = current + "/" + name
                var info = stat()
                guard stat(path, &info) == 0 else { continue }
                switch info.st_mode & S_IFMT {
                case S_IFDIR: pending.append(path)
                case S_IFREG: files[path] = Self.stamp(info)
                default: break
                }
            }
        }
    }

    /// The stamp of the regular file at `path` (symbolic links followed), or nil.
    private static func stamp(of path: String) -> Stamp? {
        var info = stat()
        guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        return stamp(info)
    }

    private static func stamp(_ info: stat) -> Stamp {
        #if canImport(Darwin)
            let time = info.st_mtimespec
        #else
            let time = info.st_mtim
        #endif
        return Stamp(
            size: Int64(info.st_size), modified: Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec),
            inode: UInt64(info.st_ino))
    }
}
