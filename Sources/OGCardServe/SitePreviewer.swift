import Foundation
import OGCard
import Synchronization

/// Every post's card, planned as `ogcard build` plans it and drawn into a temporary folder, kept
/// current as the site changes. Nothing here writes to the site: posts, config, cards, snippets
/// and the manifest are only read.
///
/// A refresh plans the posts (all of them after a config, layout or font change; only the
/// changed ones after post edits), computes each card's digest as the build does, and draws
/// only the cards whose digest changed, on `jobs` renderers (`RendererPool`). A post that
/// fails keeps its last good card and shows its error. Refreshes run one at a time, on the
/// watcher's thread; pages read a consistent snapshot at any time.
final class SitePreviewer: Sendable {
    /// What the pages read.
    struct Snapshot: Sendable {
        /// Posts, newest first.
        var posts: [PostPreview]
        /// The config of the last successful refresh.
        var config: SiteConfig?
        /// Why the last refresh could not read the site (a broken ogcard.yml), or nil.
        var siteError: Diagnostic?
    }

    private struct State {
        var posts: [String: PostPreview] = [:]
        var order: [String] = []
        var config: SiteConfig?
        var siteError: Diagnostic?
        var rendered = 0
        /// Cards planned by a refresh that was told not to draw yet.
        var deferred: [Work] = []
    }

    /// One card to draw.
    private struct Work: Sendable {
        var id: String
        var content: CardContent
        var layout: CardLayout
        var digest: String
    }

    private let loadConfig: @Sendable () throws(Diagnostic) -> SiteConfig
    /// The fonts every card is drawn with.
    let fonts: FontSet
    /// The temporary folder the previews go to (removed when the server stops).
    let folder: URL
    private let jobs: Int
    private let hub: EventHub
    private let state = Mutex(State())

    init(
        loadConfig: @escaping @Sendable () throws(Diagnostic) -> SiteConfig, fonts: FontSet, folder: URL, jobs: Int,
        hub: EventHub
    ) {
        self.loadConfig = loadConfig
        self.fonts = fonts
        self.folder = folder
        self.jobs = jobs > 0 ? jobs : ProcessInfo.processInfo.activeProcessorCount
        self.hub = hub
    }

    /// The posts, config and site error now.
    func snapshot() -> Snapshot {
        state.withLock { state in
            Snapshot(
                posts: state.order.compactMap { state.posts[$0] }, config: state.config, siteError: state.siteError)
        }
    }

    /// One post, by id.
    func post(id: String) -> PostPreview? { state.withLock { $0.posts[id] } }

    /// The site's config as last read.
    var config: SiteConfig? { state.withLock { $0.config } }

    /// Cards drawn since the server started (every refresh's renders added up).
    var renderedCount: Int { state.withLock { $0.rendered } }

    /// The id of the post at `relativePath`: 12 hex digits of its SHA-256, so URLs never carry a path.
    static func id(forPostAt relativePath: String) -> String {
        String(ContentFingerprint.sha256(relativePath).prefix(12))
    }

    /// Reads the site again and redraws what changed. `changedPosts` (absolute paths) limits the
    /// planning to those posts when nothing site-wide changed; nil plans every post. With
    /// `draw` false the cards are only planned (pages list them at once), and `drawDeferred()`
    /// draws them.
    func refresh(changedPosts: Set<String>? = nil, draw: Bool = true) {
        let config: SiteConfig
        let files: [URL]
        do {
            var loaded = try loadConfig()
            // Like `preview`: a site without `url:` still previews (its tags show relative URLs).
            if loaded.url == nil { loaded.allowRelativeURLs = true }
            config = loaded
            files = try SiteBuild(config: config, fonts: fonts).findPosts()
        } catch {
            state.withLock { $0.siteError = error }
            hub.publish("site", json: Self.siteJSON(error))
            return
        }
        let build = SiteBuild(config: config, fonts: fonts)
        let manifest = (try? BuildManifest.load(from: SiteBuild.manifestFile(root: config.root))) ?? BuildManifest()
        let digests = FileDigests(known: manifest.files)
        let fontDigest = digests.digest(of: fonts.files)
        let rootPrefix = config.root.standardizedFileURL.path + "/"
        let previous = state.withLock { $0 }
        var posts: [String: PostPreview] = [:]
        var dates: [String: Date] = [:]
        var work: [Work] = []
        for file in files {
            let path = file.standardizedFileURL.path
            let relative = path.hasPrefix(rootPrefix) ? String(path.dropFirst(rootPrefix.count)) : path
            let id = Self.id(forPostAt: relative)
            var entry = previous.posts[id] ?? PostPreview(id: id, relativePath: relative, source: file)
            let before = entry
            if let changedPosts, !changedPosts.contains(path), entry.plan != nil || entry.error != nil {
                posts[id] = entry
                dates[id] = entry.plan?.post.date?.date
                continue
            }
            do {
                let plan = try build.plan(postAt: file, manifest: manifest, files: digests)
                let digest = ContentFingerprint.card(
                    content: plan.content, layoutDigest: plan.layoutDigest,
                    settings: config.cardSettings(fontDigest: fontDigest))
                entry.plan = plan
                entry.error = nil
                (entry.status, entry.statusDetail) = Self.status(
                    plan: plan, digest: digest, recorded: manifest.posts[relative]?.digest)
                if digest != entry.digest || entry.cardFile == nil {
                    work.append(Work(id: id, content: plan.content, layout: plan.layout, digest: digest))
                }
                dates[id] = plan.post.date?.date
            } catch {
                // The last good card stays; the page shows the error over it.
                entry.error = error
                entry.status = .failed
                entry.statusDetail = ""
                dates[id] = entry.plan?.post.date?.date
            }
            if entry.status != before.status || entry.error != before.error || entry.plan == nil {
                entry.version += 1
            }
            posts[id] = entry
        }
        let order = posts.keys.sorted { left, right in
            switch (dates[left], dates[right]) {
            case (let l?, let r?) where l != r: return l > r
            case (.some, nil): return true
            case (nil, .some): return false
            default: return posts[left]!.relativePath < posts[right]!.relativePath
            }
        }
        let listChanged = order != previous.order
        let gone = previous.posts.values.filter { posts[$0.id] == nil }
        state.withLock { state in
            state.posts = posts
            state.order = order
            state.config = config
            state.siteError = nil
        }
        for post in gone { post.cardFile.map { try? FileManager.default.removeItem(at: $0) } }
        if listChanged { hub.publish("posts", json: "{}") }
        if previous.siteError != nil { hub.publish("site", json: "null") }
        for (id, entry) in posts where previous.posts[id]?.version != entry.version && !listChanged {
            hub.publish("card", json: Self.cardJSON(entry))
        }
        if draw {
            render(work, limits: config.limits)
        } else {
            state.withLock { $0.deferred = work }
        }
    }

    /// Draws what a `refresh(draw: false)` planned.
    func drawDeferred() {
        let (work, limits) = state.withLock { state in
            defer { state.deferred = [] }
            return (state.deferred, state.config?.limits ?? .default)
        }
        render(work, limits: limits)
    }

    /// Draws `work` into the temporary folder, each card published as soon as it is drawn.
    private func render(_ work: [Work], limits: InputLimits) {
        guard !work.isEmpty else { return }
        let folder = folder
        do {
            try RendererPool.run(count: work.count, jobs: jobs, fonts: fonts, limits: limits) { index, renderer in
                let job = work[index]
                var file: URL?
                var failure: Diagnostic?
                do {
                    let card = try renderer.render(job.content, layout: job.layout)
                    let target = folder.appendingPathComponent("\(job.id)-\(job.digest.prefix(16)).png")
                    try card.pngData.write(to: target, options: .atomic)
                    file = target
                } catch let error as Diagnostic {
                    failure = error
                } catch {
                    failure = Diagnostic(step: .writeCard, reason: "\(error)")
                }
                self.finish(id: job.id, digest: job.digest, file: file, failure: failure)
            }
        } catch {
            for job in work { finish(id: job.id, digest: job.digest, file: nil, failure: error) }
        }
    }

    /// Records one drawn (or failed) card and tells the pages.
    private func finish(id: String, digest: String, file: URL?, failure: Diagnostic?) {
        let (updated, old) = state.withLock { state -> (PostPreview?, URL?) in
            guard var entry = state.posts[id] else { return (nil, nil) }
            var old: URL?
            if let file {
                if entry.cardFile != file { old = entry.cardFile }
                entry.cardFile = file
                entry.digest = digest
                state.rendered += 1
            } else if let failure {
                entry.error = failure.located(file: entry.relativePath, line: failure.line)
                entry.status = .failed
            }
            entry.version += 1
            state.posts[id] = entry
            return (entry, old)
        }
        if let old { try? FileManager.default.removeItem(at: old) }
        if let updated { hub.publish("card", json: Self.cardJSON(updated)) }
    }

    /// Where a planned card stands against the site's: `recorded` is the manifest's digest.
    private static func status(plan: PostCardPlan, digest: String, recorded: String?) -> (PreviewStatus, String) {
        guard let cardFile = plan.cardFile else {
            return (.ownPicture, "the post's image: is used, not a card")
        }
        if !FileManager.default.fileExists(atPath: cardFile.path) {
            return (.stale, "no card yet: ogcard build draws it")
        }
        if recorded == digest { return (.upToDate, "") }
        return (.stale, "changed since the last ogcard build")
    }

    /// The `card` event's data: what a page needs to update one post in place.
    static func cardJSON(_ post: PostPreview) -> String {
        let error = post.error.map { HTMLText.scriptJSON($0.description) } ?? "null"
        return """
            {"id":\(HTMLText.scriptJSON(post.id)),"version":\(post.version),\
            "status":\(HTMLText.scriptJSON(post.status.rawValue)),"css":\(HTMLText.scriptJSON(post.status.cssClass)),\
            "detail":\(HTMLText.scriptJSON(post.statusDetail)),"hasCard":\(post.cardFile != nil),"error":\(error)}
            """
    }

    private static func siteJSON(_ error: Diagnostic) -> String {
        "{\"error\":\(HTMLText.scriptJSON(error.description))}"
    }
}
