import Foundation

/// A throw-away folder with fixture files, removed on deinit.
final class TemporarySite {
    /// The folder.
    let root: URL

    /// Creates an empty temp folder.
    init() throws {
        root = FileManager.default.temporaryDirectory
            .appendingPathComponent("ogcard-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    /// Writes `text` at `path` (relative), creating folders; a path ending in `/` makes a folder.
    @discardableResult
    func write(_ path: String, _ text: String = "") throws -> URL {
        let url = root.appendingPathComponent(path)
        if path.hasSuffix("/") {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            return url
        }
        try FileManager.default.createDirectory(
            at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }
}
