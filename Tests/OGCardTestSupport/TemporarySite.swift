public import Foundation

/// A throw-away folder of files: a site, or any scratch folder a test writes into.
///
/// `remove()` deletes it; deinit does too, so a test that forgets cleans up all the same. Call
/// `remove()` in a `defer` where the folder must be gone at a known moment.
public final class TemporarySite: @unchecked Sendable {
    /// The folder.
    public let root: URL

    /// A new empty folder in the temporary directory.
    public init() throws {
        root = FileManager.default.temporaryDirectory
            .appendingPathComponent("ogcard-site-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    /// Takes over `root` (created when missing), e.g. a mount point; it is emptied on removal.
    public init(at root: URL) throws {
        self.root = root
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    /// A copy of the checkout's folder `path` (by default `Examples/site`).
    public static func copy(of path: String = "Examples/site") throws -> TemporarySite {
        let site = try TemporarySite()
        let source = PackageRoot.appending(path)
        for item in try FileManager.default.contentsOfDirectory(atPath: source.path) {
            try FileManager.default.copyItem(at: source.appendingPathComponent(item), to: site.url(item))
        }
        return site
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    /// Deletes the folder and everything in it.
    public func remove() { try? FileManager.default.removeItem(at: root) }

    /// `path` (relative) inside the folder.
    public func url(_ path: String) -> URL { root.appendingPathComponent(path) }

    /// Writes `text` at `path`, creating folders; a path ending in `/` makes a folder.
    @discardableResult
    public func write(_ path: String, _ text: String = "") throws -> URL {
        let file = url(path)
        if path.hasSuffix("/") {
            try FileManager.default.createDirectory(at: file, withIntermediateDirectories: true)
            return file
        }
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
        return file
    }

    /// Writes every file of `files` (relative path → bytes), creating folders.
    public func write(_ files: [String: Data]) throws {
        for (path, data) in files {
            let file = url(path)
            try FileManager.default.createDirectory(
                at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: file)
        }
    }

    /// The text of the file at `path`.
    public func read(_ path: String) throws -> String { try String(contentsOf: url(path), encoding: .utf8) }

    /// The bytes of the file at `path`.
    public func bytes(_ path: String) throws -> Data { try Data(contentsOf: url(path)) }

    /// Whether something exists at `path`.
    public func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: url(path).path) }

    /// Every regular file under the folder but ogcard's lock, by relative path, with its bytes.
    public func files() throws -> [String: Data] {
        try regularFiles().mapValues { try Data(contentsOf: $0) }
    }

    /// Every regular file under the folder but ogcard's lock and its `.ogcard-cache/` (both
    /// clone-local and never committed; `PostStatCacheTests` checks when the cache is written),
    /// by relative path, with its bytes and modification date: equal snapshots mean nothing was written.
    public func snapshot() throws -> [String: FileState] {
        try regularFiles().mapValues { file in
            FileState(
                data: try Data(contentsOf: file),
                modified: try FileManager.default.attributesOfItem(atPath: file.path)[.modificationDate] as? Date)
        }
    }

    /// One file's bytes and modification date.
    public struct FileState: Hashable, Sendable {
        /// The bytes.
        public let data: Data
        /// The modification date.
        public let modified: Date?
    }

    private func regularFiles() throws -> [String: URL] {
        let base = root.standardizedFileURL.path + "/"
        var result: [String: URL] = [:]
        let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey])
        while let file = enumerator?.nextObject() as? URL {
            guard try file.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true,
                file.lastPathComponent != ".ogcard.lock", !file.path.contains("/.ogcard-cache/")
            else { continue }
            let path = file.standardizedFileURL.path
            result[path.hasPrefix(base) ? String(path.dropFirst(base.count)) : path] = file
        }
        return result
    }
}
