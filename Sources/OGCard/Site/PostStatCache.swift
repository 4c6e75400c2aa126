import Foundation

/// What `stat(2)` said about each post when its bytes were last fingerprinted, so that a rebuild
/// reads only the posts whose size, modification time, change time or inode moved (one system
/// call a post instead of open, fstat, read and close, and no hashing).
///
/// It lives in `.ogcard-cache/posts`, never in the committed manifest: inodes and times differ
/// per clone and would churn every line of it. The folder holds a `.gitignore` of `*`, so it
/// ignores itself in any git repository without touching the site's own `.gitignore`. The
/// change time is in it because `touch` cannot set it back: an edit that keeps the size and
/// restores the modification time still changes it. A missing, unreadable or malformed file is
/// an empty cache: every post is read and hashed, as without it. It only remembers a content
/// fingerprint; whether a post is up to date is still decided against the manifest.
struct PostStatCache: Sendable {
    /// One post's `stat` and the FNV-1a fingerprint of the bytes read after it.
    struct Record: Equatable, Sendable {
        var size: Int64
        var modified: Int64
        var changed: Int64
        var inode: UInt64
        var fingerprint: UInt64
        /// Taken too close to the build's start to be trusted (see `PostScan.statCutoff`): never a
        /// reason to skip a read; the first build that finds the file the same again trusts it.
        var racy = false

        /// The record of `info` with `fingerprint`, racy when a time lies at or after `cutoff`.
        init(_ info: stat, fingerprint: UInt64, cutoff: Int64) {
            size = Int64(info.st_size)
            modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
            changed = Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec)
            inode = UInt64(info.st_ino)
            self.fingerprint = fingerprint
            racy = max(modified, changed) >= cutoff
        }

        init(size: Int64, modified: Int64, changed: Int64, inode: UInt64, fingerprint: UInt64, racy: Bool) {
            (self.size, self.modified, self.changed, self.inode) = (size, modified, changed, inode)
            (self.fingerprint, self.racy) = (fingerprint, racy)
        }

        /// Whether the file is as it was when `self` was taken (the racy flag aside).
        func sameFile(as other: Record) -> Bool {
            size == other.size && modified == other.modified && changed == other.changed && inode == other.inode
                && fingerprint == other.fingerprint
        }
    }

    /// Records by path relative to the site root.
    var records: [String: Record] = [:]

    private static let header = "ogcard post stat cache 1"

    /// The cache folder of a site.
    static func folder(root: URL) -> URL { root.appendingPathComponent(".ogcard-cache") }
    /// The cache file of a site.
    static func file(root: URL) -> URL { folder(root: root).appendingPathComponent("posts") }

    /// The site's cache, or an empty one when it is missing or not exactly what `encoded` writes.
    static func load(root: URL) -> PostStatCache {
        guard let data = try? RegularFile.read(file(root: root)) else { return PostStatCache() }
        return parse(data) ?? PostStatCache()
    }

    /// The cache in `data`, nil when any line is malformed (a half-written or edited file is not trusted at all).
    static func parse(_ data: Data) -> PostStatCache? {
        let text = String(decoding: data, as: UTF8.self)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.first == Substring(header), lines.last == "" else { return nil }
        lines.removeFirst()
        lines.removeLast()
        var cache = PostStatCache()
        cache.records.reserveCapacity(lines.count)
        for line in lines {
            let fields = line.split(separator: " ", maxSplits: 6, omittingEmptySubsequences: false)
            guard fields.count == 7, let size = Int64(fields[0]), let modified = Int64(fields[1]),
                let changed = Int64(fields[2]), let inode = UInt64(fields[3]),
                let fingerprint = UInt64(fields[4], radix: 16), fields[5] == "0" || fields[5] == "1",
                !fields[6].isEmpty
            else { return nil }
            cache.records[String(fields[6])] = Record(
                size: size, modified: modified, changed: changed, inode: inode, fingerprint: fingerprint,
                racy: fields[5] == "1")
        }
        return cache
    }

    /// The file's bytes: a header line, then `size mtime ctime inode fingerprint racy path` a
    /// line, sorted by path so the same records give the same bytes.
    func encoded() -> Data {
        var text = Self.header + "\n"
        for (path, record) in records.sorted(by: { $0.key < $1.key }) {
            text +=
                "\(record.size) \(record.modified) \(record.changed) \(record.inode) \(String(record.fingerprint, radix: 16)) \(record.racy ? 1 : 0) \(path)\n"
        }
        return Data(text.utf8)
    }

    /// Writes the cache (and the folder's self-ignoring `.gitignore` when it is missing), atomically, inside the site.
    func write(root: URL, containment: SiteContainment) throws(Diagnostic) {
        let folder = Self.folder(root: root)
        let ignore = folder.appendingPathComponent(".gitignore")
        do {
            let checkedFolder = try containment.checked(folder, in: .cache)
            try FileManager.default.createDirectory(at: checkedFolder, withIntermediateDirectories: true)
            if !FileManager.default.fileExists(atPath: ignore.path) {
                try AtomicFileWriter.write(
                    Data("# ogcard's cache of this clone: never committed\n*\n".utf8),
                    to: try containment.checked(ignore, in: .cache))
            }
            // A cache: losing it to a power cut costs one full read, not worth an fsync per build.
            try AtomicFileWriter.write(
                encoded(), to: try containment.checked(Self.file(root: root), in: .cache), durable: false)
        } catch {
            throw Diagnostic.wrapping(error, file: Self.file(root: root).path, step: .writeManifest)
        }
    }
}
