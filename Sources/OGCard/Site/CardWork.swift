import Foundation
import Synchronization

/// A build's main step, in parallel: for each changed post, plan its card, render it when its
/// digest changed, write its snippet, and rewrite its `image:` line (after the card exists).
struct CardWork: Sendable {
    let items: [ParsedPost]
    let forceRender: @Sendable (ParsedPost) -> Bool
    let slugs: [String: String]
    let planner: PostCardPlanner
    /// Where each kind of file may be written.
    let containment: SiteContainment
    let manifest: BuildManifest
    let fontPrint: String
    let mode: BuildOptions.Mode
    let force: Bool
    let fonts: FontSet
    let total: Int
    let skippedBefore: Int
    let failedBefore: Int
    let progress: (@Sendable (BuildProgress) -> Void)?
    let start: ContinuousClock.Instant

    struct Results: Sendable {
        var entries: [String: BuildManifest.Entry] = [:]
        /// Post path → its tags as compact JSON (a string each keeps a 10 000-post build small).
        var meta: [String: String] = [:]
        var failures: [BuildFailure] = []
        var warnings: [String] = []
        var notes: [String] = []
        var stale: [String] = []
        var rendered = 0
        var rewritten = 0
        var snippets = 0
        var upToDate = 0
    }

    func run(jobs: Int) throws(BuildFailure) -> Results {
        let workers = max(1, min(jobs, items.count))
        var renderers: [CardRenderer] = []
        if !items.isEmpty {
            do {
                for _ in 0..<workers { renderers.append(try CardRenderer(fonts: fonts, limits: planner.config.limits)) }
            } catch {
                throw BuildFailure.wrapping(error, path: "", step: "loading fonts")
            }
        }
        let shared = UncheckedBox(renderers)
        let results = Mutex(Results())
        let counter = WorkCounter()
        let done = Atomic<Int>(0)
        DispatchQueue.concurrentPerform(iterations: items.isEmpty ? 0 : workers) { worker in
            let renderer = shared.value[worker]
            while let index = counter.take(below: items.count) {
                let item = items[index]
                var local = Results()
                do {
                    try process(item, renderer: renderer, into: &local)
                } catch {
                    local.failures.append(BuildFailure.wrapping(error, path: item.relativePath, step: "making the card"))
                }
                let (rendered, failed) = results.withLock { all -> (Int, Int) in
                    all.merge(local)
                    return (all.rendered, all.failures.count)
                }
                let finished = done.wrappingAdd(1, ordering: .relaxed).newValue
                progress?(BuildProgress(
                    done: skippedBefore + failedBefore + finished, total: total, rendered: rendered,
                    failed: failedBefore + failed, elapsed: (ContinuousClock.now - start).seconds))
            }
        }
        return results.withLock { $0 }
    }

    private func process(_ item: ParsedPost, renderer: CardRenderer, into results: inout Results) throws {
        let slug = slugs[item.relativePath] ?? item.post.slug
        let plan = try planner.plan(item.post, source: item.source, body: Substring(item.firstParagraph), slug: slug)
        results.warnings += plan.warnings
        results.notes += plan.notes
        let root = planner.config.root
        let previous = manifest.posts[item.relativePath]
        let layout = plan.layout
        let digest = plan.cardFile == nil ? "own-picture" : ContentFingerprint.card(content: plan.content, layoutDigest: plan.layoutDigest, settings: fontPrint)
        let writes = mode.writes
        let verb = mode == .dryRun ? "would " : ""

        // The card.
        if let cardFile = plan.cardFile {
            let target = try containment.checked(cardFile, in: .cards)
            let missing = !FileManager.default.fileExists(atPath: target.path)
            if forceRender(item) || missing || previous?.digest != digest {
                if writes {
                    try OwnedFile.card.checkReplaceable(target)
                    do {
                        try renderer.write(plan.content, layout: layout, to: target)
                    } catch {
                        guard error.step == .writing else { throw error }
                        throw BuildFailure.writing(
                            error, file: SitePaths.relative(cardFile, to: root), step: "writing the card", path: item.relativePath)
                    }
                } else {
                    results.stale.append("\(item.relativePath): \(verb)render \(SitePaths.relative(cardFile, to: root))\(missing ? " (missing)" : "")")
                }
                results.rendered += 1
            } else {
                results.upToDate += 1
            }
        } else {
            results.upToDate += 1
        }

        // The snippet.
        let snippetFile = root.appendingPathComponent(planner.config.snippets).appendingPathComponent("\(slug).html")
        let snippetTarget = try containment.checked(snippetFile, in: .snippets)
        let tags = plan.meta.metaTags()
        let html = Data(tags.map { $0.html + "\n" }.joined().utf8)
        if (try? RegularFile.read(snippetTarget)) != html {
            if writes {
                try OwnedFile.snippet.checkReplaceable(snippetTarget)
                do {
                    try AtomicFileWriter.write(html, to: snippetTarget, durable: false)
                } catch {
                    throw BuildFailure.writing(
                        error, file: SitePaths.relative(snippetFile, to: root), step: "writing the snippet", path: item.relativePath)
                }
            } else {
                results.stale.append("\(item.relativePath): \(verb)write \(SitePaths.relative(snippetFile, to: root))")
            }
            results.snippets += 1
        }
        results.meta[item.relativePath] = MetaIndex.encode(tags)

        // The post: keep a differing URL design, then point `image:` at the card. Only a post
        // that may change is read again; the scan's fingerprint stands for the others.
        var sourceFingerprint = item.sourceFingerprint
        if plan.rewritesImage, let imagePath = plan.imagePath {
            let original: Data
            do {
                original = try RegularFile.read(item.source)
            } catch {
                throw PostError(path: item.relativePath, step: .readFile, reason: error.reason)
            }
            if ContentFingerprint.fnv1a(original) != item.sourceFingerprint {
                results.warnings.append("\(item.relativePath): changed on disk since it was read; its image: line is left for the next build")
                sourceFingerprint = ""
            } else {
                let data = try rewrittenPost(item, original: original, imagePath: imagePath)
                if data != original {
                    if !writes {
                        results.stale.append("\(item.relativePath): \(verb)rewrite image: to \(imagePath)")
                        results.rewritten += 1
                    } else if let refusal = rewriteRefusal(item) {
                        results.warnings.append("\(item.relativePath): \(refusal); its image: line was left as it is")
                        sourceFingerprint = ""
                    } else {
                        do {
                            try AtomicFileWriter.write(data, to: item.source, replacing: original)
                            results.rewritten += 1
                            sourceFingerprint = ContentFingerprint.fnv1a(data)
                        } catch let error as PostError where error.step == .verifyUnchanged {
                            results.warnings.append("\(item.relativePath): \(error.reason)")
                            sourceFingerprint = ""
                        } catch {
                            throw BuildFailure.writing(error, file: item.relativePath, step: "rewriting the post", path: item.relativePath)
                        }
                    }
                }
            }
        }
        results.entries[item.relativePath] = BuildManifest.Entry(
            source: sourceFingerprint, slug: slug,
            card: plan.cardFile.map { SitePaths.relative($0, to: root) },
            snippet: SitePaths.relative(snippetFile, to: root), digest: digest)
    }
}

extension CardWork {
    /// The post with a differing URL design kept as an `ogcard:` line and `image:` pointing at the card.
    private func rewrittenPost(_ item: ParsedPost, original: Data, imagePath: String) throws -> Data {
        var data = original
        if let image = item.post.image?.path, OpenGraphImageURL.isOpenGraphImageURL(image),
           let url = try? OpenGraphImageURL.parse(image),
           let items = DesignMigration.postDesignItems(url: url, config: planner.config) {
            data = try DesignMigration.addingDesignLine(items, to: data, path: item.relativePath, limits: planner.config.limits)
        }
        let rewriter = ImageLineRewriter(
            options: ImageRewriteOptions(addMissingKey: true, addMissingBlock: false, force: true), limits: planner.config.limits)
        return try rewriter.rewrite(data, to: imagePath, path: item.relativePath).data
    }

    /// Why a post must not be rewritten although its card changed, or nil: a symbolic link whose
    /// target lies outside the site, or a file its owner made read-only (root could replace it,
    /// but the owner said no).
    private func rewriteRefusal(_ item: ParsedPost) -> String? {
        guard containment.isInsideSite(item.source) else {
            return "is a symbolic link to '\(item.source.resolvingSymlinksInPath().path)', outside the site: read, not rewritten"
        }
        var status = stat()
        if stat(item.source.path, &status) == 0, status.st_mode & 0o222 == 0 {
            return "is read-only"
        }
        return nil
    }
}

extension CardWork.Results {
    mutating func merge(_ other: CardWork.Results) {
        entries.merge(other.entries) { $1 }
        meta.merge(other.meta) { $1 }
        failures += other.failures
        warnings += other.warnings
        notes += other.notes
        stale += other.stale
        rendered += other.rendered
        rewritten += other.rewritten
        snippets += other.snippets
        upToDate += other.upToDate
    }
}
