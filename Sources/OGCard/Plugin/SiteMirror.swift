import Foundation

/// The plugin's copy of a site: the package's site folder, copied into the plugin's work folder
/// so that a build there may write its cards, snippets and manifest (a build-tool plugin may
/// write nothing in the package).
///
/// Only files whose bytes differ are written, so an unchanged post keeps its modification time
/// and ogcard's manifest skips it without parsing; files gone from the source go from the copy.
struct SiteMirror {
    /// The site root in the package.
    let source: URL
    /// The copy's root in the work folder.
    let copy: URL

    /// Folders never copied, wherever they are: version control, SwiftPM's and generators' output.
    static let skippedFolders: Set<String> = [".git", ".build", ".swiftpm", "_site", "node_modules"]

    /// Copies the files under `source`, except Swift sources, the skipped folders and `owned`
    /// (paths relative to the root that the build in the copy writes: cards, snippets, the meta
    /// JSON, the manifest). Returns how many files were written or removed.
    /// - Throws: `Diagnostic` naming the file that could not be read or written.
    func sync(owned: [String]) throws(Diagnostic) -> Int {
        let sourceFiles = try files(under: source, owned: owned)
        let copyFiles = try files(under: copy, owned: owned)
        var changes = 0
        for path in sourceFiles.sorted() {
            let from = source.appendingPathComponent(path)
            let to = copy.appendingPathComponent(path)
            let data: Data
            do {
                data = try Data(contentsOf: from)
            } catch {
                throw Diagnostic(file: from.path, step: .copySite, reason: "cannot read the file: \(error)")
            }
            if copyFiles.contains(path), let existing = try? Data(contentsOf: to), existing == data { continue }
            do {
                try FileManager.default.createDirectory(
                    at: to.deletingLastPathComponent(), withIntermediateDirectories: true)
            } catch {
                throw Diagnostic(file: to.path, step: .copySite, reason: "cannot create its folder: \(error)")
            }
            try AtomicFileWriter.write(data, to: to, durable: false)
            changes += 1
        }
        for path in copyFiles.subtracting(sourceFiles) {
            try? FileManager.default.removeItem(at: copy.appendingPathComponent(path))
            changes += 1
        }
        return changes
    }

    /// Regular files under `root` (symbolic links followed) as `/`-separated paths relative to it,
    /// without what `sync(owned:)` leaves out. Empty when `root` does not exist yet.
    private func files(under root: URL, owned: [String]) throws(Diagnostic) -> Set<String> {
        let base = root.standardizedFileURL
        guard FileManager.default.fileExists(atPath: base.path) else { return [] }
        guard
            let walker = FileManager.default.enumerator(
                at: base, includingPropertiesForKeys: [.isRegularFileKey, .isDirectoryKey], options: [])
        else {
            throw Diagnostic(file: root.path, step: .copySite, reason: "cannot list the folder")
        }
        let prefix = base.path.hasSuffix("/") ? base.path : base.path + "/"
        var found: Set<String> = []
        while let url = walker.nextObject() as? URL {
            let full = url.standardizedFileURL.path
            guard full.hasPrefix(prefix) else { continue }
            let path = String(full.dropFirst(prefix.count))
            let name = url.lastPathComponent
            let values = try? url.resourceValues(forKeys: [.isRegularFileKey, .isDirectoryKey])
            if values?.isDirectory == true {
                if Self.skippedFolders.contains(name) || Self.isOwned(path, owned) { walker.skipDescendants() }
                continue
            }
            // A symbolic link to a file counts as that file (its bytes are copied).
            var isFolder: ObjCBool = false
            let isFile =
                values?.isRegularFile == true
                || (FileManager.default.fileExists(atPath: full, isDirectory: &isFolder) && !isFolder.boolValue)
            guard isFile, !name.hasSuffix(".swift"), !Self.isOwned(path, owned),
                !AtomicFileWriter.isTemporaryName(name)
            else { continue }
            found.insert(path)
        }
        return found
    }

    /// Whether `path` is one of `owned` or inside one of them.
    private static func isOwned(_ path: String, _ owned: [String]) -> Bool {
        owned.contains { path == $0 || path.hasPrefix($0 + "/") }
    }
}
