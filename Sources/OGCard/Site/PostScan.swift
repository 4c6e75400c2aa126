import Foundation
import Synchronization

/// A build's first step: read and fingerprint every post in parallel; parse only the posts that
/// changed since the manifest (or all of them when the shared settings changed).
struct PostScan: Sendable {
    let files: [URL]
    let root: URL
    let manifest: BuildManifest
    let settings: String
    let regenerate: Bool
    /// The front-matter, title and tag limits posts are parsed with.
    var limits: InputLimits = .default
    /// The build's moment: a post that expired since the last build is read again.
    var now = Date()
    /// Where each post field is read from.
    var fields = PostFieldMap()
    /// What `stat` said about each post last time (`PostStatCache`); empty reads every post.
    var statCache = PostStatCache()
    /// Nanoseconds since 1970: a record whose modification or change time is at or after it is
    /// racy, since a file system with whole-second (or coarser) times could give an edit made
    /// in the same second the same times. The build's moment, whole seconds, minus one.
    var statCutoff: Int64 = 0

    struct Result {
        var unchanged: [String] = []
        var parsed: [ParsedPost] = []
        var failures: [Diagnostic] = []
        /// Whether the stat cache differs from the last one (a file changed, came or went, or a
        /// racy record became trusted), and then (or when a post was parsed) the cache for the next build.
        var statCache = PostStatCache()
        var statCacheChanged = false
    }

    /// Indirect: one slot per post is allocated up front, and a `ParsedPost` inline made each
    /// slot hundreds of bytes (55 MB for 100 000 posts, most of them unchanged).
    private indirect enum Outcome: Sendable {
        case unchanged(String)
        case parsed(ParsedPost)
        case failed(Diagnostic)
    }

    func run(jobs: Int) -> Result {
        let outcomes = Mutex<[Outcome?]>(Array(repeating: nil, count: files.count))
        let records = Mutex<[(String, PostStatCache.Record)?]>(Array(repeating: nil, count: files.count))
        let counter = WorkCounter()
        let rootPrefix = root.standardizedFileURL.path + "/"
        DispatchQueue.concurrentPerform(iterations: max(1, min(jobs, files.count))) { _ in
            while let index = counter.take(below: files.count) {
                let (outcome, record) = scan(files[index], rootPrefix: rootPrefix)
                outcomes.withLock { $0[index] = outcome }
                if let record { records.withLock { $0[index] = record } }
            }
        }
        var result = Result()
        for outcome in outcomes.withLock({ $0 }) {
            switch outcome {
            case .unchanged(let path)?: result.unchanged.append(path)
            case .parsed(let post)?: result.parsed.append(post)
            case .failed(let failure)?: result.failures.append(failure)
            case nil: break
            }
        }
        // The next cache is built only when it may be written: at 100 000 posts a dictionary of
        // records kept to the end of a no-op build cost more than the reads it saved.
        let kept = records.withLock { $0 }
        var count = 0
        for case (let path, let record)? in kept {
            count += 1
            // A racy record that can now be trusted is worth one write: otherwise a post edited
            // just before a build would be read by every build after it.
            if let old = statCache.records[path], old.sameFile(as: record), !(old.racy && !record.racy) { continue }
            result.statCacheChanged = true
        }
        if statCache.records.count != count { result.statCacheChanged = true }
        // Parsed posts may be rewritten, and `SiteBuild` then records their new bytes in it.
        if result.statCacheChanged || !result.parsed.isEmpty {
            result.statCache.records.reserveCapacity(count)
            for case (let path, let record)? in kept { result.statCache.records[path] = record }
        }
        return result
    }

    private func scan(_ file: URL, rootPrefix: String) -> (Outcome, (String, PostStatCache.Record)?) {
        let path = file.path
        let relative =
            path.hasPrefix(rootPrefix) ? String(path.dropFirst(rootPrefix.count)) : SitePaths.relative(file, to: root)
        let manifestEntry = manifest.posts[relative]
        // The fast path: the same size, times and inode as when the bytes were last hashed, and
        // those bytes are what the manifest built: no read at all.
        if !regenerate, let entry = manifestEntry, let known = statCache.records[relative], !known.racy {
            var info = stat()
            // stat(2) follows links like open(2); anything but a regular file takes the slow path and fails there.
            if stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG {
                let current = PostStatCache.Record(info, fingerprint: known.fingerprint, cutoff: statCutoff)
                if current.sameFile(as: known), UInt64(entry.source, radix: 16) == known.fingerprint,
                    isUnchanged(entry, fingerprint: entry.source, rootPrefix: rootPrefix)
                {
                    return (.unchanged(relative), (relative, known))
                }
            }
        }
        let data: Data
        var info = stat()
        do {
            // A regular file only: a FIFO named like a post would block the build for ever.
            data = try RegularFile.read(path, info: &info)
        } catch {
            return (
                .failed(
                    Diagnostic(file: relative, step: .readPost, reason: "cannot read the file (\(error.reason))")),
                nil
            )
        }
        let fingerprint = ContentFingerprint.fnv1a(data)
        // A path with a line break cannot be a line of the cache; such a post is always read.
        let record =
            relative.contains("\n")
            ? nil
            : UInt64(fingerprint, radix: 16).map {
                (relative, PostStatCache.Record(info, fingerprint: $0, cutoff: statCutoff))
            }
        if let entry = manifestEntry, isUnchanged(entry, fingerprint: fingerprint, rootPrefix: rootPrefix) {
            return (.unchanged(relative), record)
        }
        return (parse(data, file: file, relative: relative, fingerprint: fingerprint), record)
    }

    /// Whether the manifest's entry still stands for a post with `fingerprint`.
    private func isUnchanged(_ entry: BuildManifest.Entry, fingerprint: String, rootPrefix: String) -> Bool {
        !regenerate && manifest.settings == settings && manifest.format >= BuildManifest.completeFormat
            && entry.source == fingerprint && entry.hidden == nil
            && (entry.expires.map({ Double($0) > now.timeIntervalSince1970 }) ?? true)
            && outputsExist(entry, rootPath: String(rootPrefix.dropLast()))
    }

    private func parse(_ data: Data, file: URL, relative: String, fingerprint: String) -> Outcome {
        do {
            let post = try PostReader.parse(data, path: relative, limits: limits, fields: fields)
            let body = post.frontMatter.map { data[data.startIndex + $0.bodyStart..<data.endIndex] } ?? data[...]
            let paragraph = PostCardPlanner.firstParagraph(
                Substring(String(decoding: body.prefix(16_384), as: UTF8.self)))
            return .parsed(
                ParsedPost(
                    post: post, source: file, relativePath: relative, firstParagraph: paragraph,
                    sourceFingerprint: fingerprint))
        } catch {
            return .failed(Diagnostic.wrapping(error, file: relative, step: .readPost))
        }
    }

    private func outputsExist(_ entry: BuildManifest.Entry, rootPath: String) -> Bool {
        // access(2): FileManager.fileExists goes through a full attribute read per call.
        [entry.card, entry.snippet].compactMap { $0 }.allSatisfy { access(rootPath + "/" + $0, F_OK) == 0 }
    }
}
