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

    struct Result {
        var unchanged: [String] = []
        var parsed: [ParsedPost] = []
        var failures: [Diagnostic] = []
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
        let counter = WorkCounter()
        let rootPrefix = root.standardizedFileURL.path + "/"
        DispatchQueue.concurrentPerform(iterations: max(1, min(jobs, files.count))) { _ in
            while let index = counter.take(below: files.count) {
                let outcome = scan(files[index], rootPrefix: rootPrefix)
                outcomes.withLock { $0[index] = outcome }
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
        return result
    }

    private func scan(_ file: URL, rootPrefix: String) -> Outcome {
        let path = file.path
        let relative =
            path.hasPrefix(rootPrefix) ? String(path.dropFirst(rootPrefix.count)) : SitePaths.relative(file, to: root)
        let data: Data
        do {
            // A regular file only: a FIFO named like a post would block the build for ever.
            data = try RegularFile.read(file)
        } catch {
            return .failed(
                Diagnostic(file: relative, step: .readPost, reason: "cannot read the file (\(error.reason))"))
        }
        let fingerprint = ContentFingerprint.fnv1a(data)
        if !regenerate, manifest.settings == settings, manifest.format >= BuildManifest.completeFormat,
            let entry = manifest.posts[relative],
            entry.source == fingerprint, entry.hidden == nil,
            entry.expires.map({ Double($0) > now.timeIntervalSince1970 }) ?? true,
            outputsExist(entry, rootPath: String(rootPrefix.dropLast()))
        {
            return .unchanged(relative)
        }
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
