package import Foundation
import Synchronization

/// Content digests of the files cards depend on (fonts, logos, layout images), remembered in the
/// manifest by path, size and modification time so that a build hashes a file's bytes only
/// when the file changed: touching a font re-hashes it once and, the bytes being the same,
/// re-renders nothing; replacing a logo with another of the same name re-renders its cards.
package final class FileDigests: Sendable {
    private let records: Mutex<[String: BuildManifest.FileRecord]>
    private let used = Mutex<Set<String>>([])

    package init(known: [String: BuildManifest.FileRecord]) {
        records = Mutex(known)
    }

    /// The digest of `file`'s bytes (FNV-1a 64: change detection, not security), or `missing`.
    func digest(of file: URL) -> String {
        let path = file.path
        used.withLock { _ = $0.insert(path) }
        var info = stat()
        guard stat(path, &info) == 0 else { return "missing" }
        // Mapping a FIFO or device would block or never end; its bytes are no image anyway.
        guard info.st_mode & S_IFMT == S_IFREG else { return "not-a-file" }
        let size = Int64(info.st_size)
        let modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
        if let known = records.withLock({ $0[path] }), known.size == size, known.modified == modified {
            return known.digest
        }
        guard let data = try? Data(contentsOf: file, options: .alwaysMapped) else { return "unreadable" }
        let record = BuildManifest.FileRecord(size: size, modified: modified, digest: ContentFingerprint.fnv1a(data))
        records.withLock { $0[path] = record }
        return record.digest
    }

    /// The fingerprint of the card `file` (`CardFingerprint.of`: SHA-256 of its bytes, 8 hex
    /// digits), remembered by size and modification time like the digests, so that `inject`,
    /// which plans every page on every run, reads no card that did not change; nil when unreadable.
    func cardFingerprint(of file: URL) -> String? {
        let path = file.path
        used.withLock { _ = $0.insert(path) }
        guard let (size, modified) = Self.stamp(path) else { return nil }
        if let known = records.withLock({ $0[path] }), known.size == size, known.modified == modified,
            known.digest.hasPrefix(Self.cardPrefix)
        {
            return String(known.digest.dropFirst(Self.cardPrefix.count))
        }
        guard let data = try? RegularFile.read(file) else { return nil }
        let fingerprint = CardFingerprint.of(data)
        records.withLock {
            $0[path] = BuildManifest.FileRecord(size: size, modified: modified, digest: Self.cardPrefix + fingerprint)
        }
        return fingerprint
    }

    /// Remembers `fingerprint` for the card just written at `file` (from the bytes written), so
    /// the next run need not read it back.
    func rememberCard(_ file: URL, fingerprint: String) {
        let path = file.path
        used.withLock { _ = $0.insert(path) }
        guard let (size, modified) = Self.stamp(path) else { return }
        records.withLock {
            $0[path] = BuildManifest.FileRecord(size: size, modified: modified, digest: Self.cardPrefix + fingerprint)
        }
    }

    /// Marks a card fingerprint among the records (the others are FNV-1a digests).
    private static let cardPrefix = "card-sha256:"

    /// A regular file's size and modification time (ns), or nil.
    private static func stamp(_ path: String) -> (Int64, Int64)? {
        var info = stat()
        guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        return (Int64(info.st_size), Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec))
    }

    /// The digests of `files`, joined: one string standing for all their bytes. Files are named
    /// by file name, not path, so a manifest stays valid in another clone or install location.
    package func digest(of files: [URL]) -> String {
        files.map { "\($0.lastPathComponent)=\(digest(of: $0))" }.joined(separator: "\n")
    }

    /// The records for the next manifest: the files asked about in this build and those the
    /// last manifest knew (unchanged posts still use them), minus files that are gone.
    func recordsToKeep(known: [String: BuildManifest.FileRecord]) -> [String: BuildManifest.FileRecord] {
        let paths = used.withLock { $0 }.union(known.keys)
        return records.withLock { all in
            all.filter { paths.contains($0.key) && access($0.key, F_OK) == 0 }
        }
    }
}
