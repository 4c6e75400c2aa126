public import Foundation
import Synchronization

/// `ogcard inject`: cards and complete Open Graph and Twitter tags for every page of a site
/// that is already built, by any generator.
///
/// Two passes over the folder's HTML pages. The first reads and parses each page (gumbo, an
/// HTML5 parser with source offsets) into what it says about itself; the site name its titles
/// share is found across them. The second, on all cores, plans each page's card with the
/// planner `build` uses, renders it when its digest changed (or it is missing), and splices
/// the tags into the page's head (`HeadSplice`), only if the page is still what was read.
/// Cards are written before the pages that point at them, the manifest last; every write is
/// atomic and stays inside the folder.
public final class SiteInjection: Sendable {
    /// The built site's folder.
    public let folder: URL
    /// The configuration: `url`, `name`, `design`, `inject:` …; its root is where layouts and
    /// logos are found.
    public let config: SiteConfig
    /// How to run (`build`, `check` or `dry-run`; jobs; prune).
    public let options: BuildOptions
    /// Fonts for the renderers.
    public let fonts: FontSet

    /// The manifest file of a built site's folder.
    public static func manifestFile(folder: URL) -> URL { folder.appendingPathComponent(".ogcard-manifest.json") }

    /// An injection into `folder`.
    public init(folder: URL, config: SiteConfig, options: BuildOptions = BuildOptions(), fonts: FontSet = .standard()) {
        self.folder = folder
        self.config = config
        self.options = options
        self.fonts = fonts
    }

    /// Runs it. A page that fails is one error in the summary and the others go on; only
    /// folder-wide problems (the folder, the lock, the site URL, the manifest, fonts) throw.
    public func run(progress: (@Sendable (BuildProgress) -> Void)? = nil, waiting: () -> Void = {}) throws(Diagnostic)
        -> BuildSummary
    {
        var summary = BuildSummary()
        try run(into: &summary, progress: progress, waiting: waiting)
        return summary
    }

    /// Runs it, filling `summary` as it goes (what was found before a folder-wide error is kept).
    package func run(
        into summary: inout BuildSummary, progress: (@Sendable (BuildProgress) -> Void)? = nil, waiting: () -> Void = {}
    ) throws(Diagnostic) {
        let start = ContinuousClock.now
        defer { summary.seconds = (ContinuousClock.now - start).seconds }
        let places = try InjectPlaces(folder: folder, cards: config.inject.cards)
        let lock = options.mode.writes ? try SiteLock(root: URL(fileURLWithPath: places.root), waiting: waiting) : nil
        defer { withExtendedLifetime(lock) {} }
        guard config.url != nil || config.allowRelativeURLs else {
            throw Diagnostic(
                file: folder.path, step: .checkConfig,
                reason:
                    "no site URL: og:image and og:url must be absolute; pass --url https://… (or set `url:` in ogcard.yml)"
            )
        }
        let resolver: SiteURLResolver
        do {
            resolver = try config.urlResolver()
        } catch {
            throw error.located(file: config.configFile?.path ?? folder.path, line: nil)
        }
        if options.mode.writes { removeLeftoverTemporaryFiles(places) }
        let manifestFile = URL(fileURLWithPath: places.root).appendingPathComponent(".ogcard-manifest.json")
        let manifest = try BuildManifest.load(from: manifestFile)
        let found = try findPages(places, into: &summary)
        let pages = readPages(found, into: &summary)
        let suffix = TitleSuffix.detect(in: pages.compactMap(\.facts.title), knownName: config.name)
        let digests = FileDigests(known: manifest.files)
        let work = InjectWork(
            pages: pages, suffix: suffix, planners: try planners(digests), resolver: resolver, places: places,
            manifest: manifest, fonts: fonts, fontDigest: digests.digest(of: fonts.files), digests: digests,
            mode: options.mode,
            progress: BuildProgressCounter(
                total: found.count, alreadyDone: found.count - pages.count, alreadyFailed: 0, start: start,
                report: progress))
        let results = try work.run(jobs: jobs)
        summary.diagnostics += results.diagnostics
        summary.stale += results.stale
        summary.rendered = results.rendered
        summary.rewritten = results.rewritten
        summary.skipped = results.upToDate
        var next = BuildManifest(settings: "", posts: results.entries)
        // A page that failed keeps its record, so its card is not taken for an orphan.
        for failure in results.diagnostics where failure.severity == .error {
            if let file = failure.file, let old = manifest.posts[file] { next.posts[file] = old }
        }
        // A page that now gets no card (marked skip, a redirect) leaves its old card an orphan.
        prune(manifest, present: Set(pages.map(\.found.relativePath)), places: places, next: &next, into: &summary)
        if options.prune && options.mode.writes {
            summary.diagnostics += pruneOldFingerprints(keeping: next, places: places)
        }
        next.files = digests.recordsToKeep(known: manifest.files)
        guard options.mode.writes, next != manifest else { return }
        do {
            try AtomicFileWriter.write(next.encoded(), to: manifestFile)
        } catch {
            throw Diagnostic.wrapping(error, file: manifestFile.path, step: .writeManifest)
        }
    }

    /// Step `.findPages`: every HTML page of the folder, minus 404 pages and what `include:` /
    /// `exclude:` leave out (each a note), and links that lead out (each a warning).
    private func findPages(_ places: InjectPlaces, into summary: inout BuildSummary) throws(Diagnostic)
        -> [PageFinder.Found]
    {
        guard let (pages, warnings) = PageFinder.pages(under: places.root, skipping: places.cards) else {
            throw Diagnostic(file: folder.path, step: .findPages, reason: "cannot list the folder")
        }
        summary.diagnostics += warnings
        let include = config.inject.include.map(InjectSettings.normalized)
        let exclude = config.inject.exclude.map(InjectSettings.normalized)
        var kept: [PageFinder.Found] = []
        for page in pages {
            let path = page.relativePath
            let name = (path as NSString).lastPathComponent.lowercased()
            var reason: String?
            if name == "404.html" || name == "404.htm" || path.lowercased().hasPrefix("404/") {
                reason = "a 404 page"
            } else if Self.isVerificationFile(name) {
                reason = "a site-verification file (its bytes are checked as they are)"
            } else if !include.isEmpty, !include.contains(where: { Glob.matches($0, path) }) {
                reason = "not matched by inject.include"
            } else if exclude.contains(where: { Glob.matches($0, path) }) {
                reason = "matched by inject.exclude"
            }
            if let reason {
                summary.hidden += 1
                summary.diagnostics.append(
                    Diagnostic(.note, file: path, step: .findPages, reason: "\(reason): no card"))
            } else {
                kept.append(page)
            }
        }
        summary.posts = kept.count
        return kept
    }

    /// Steps `.readPage` and `.parseHTML`, in parallel: each page read and parsed; pages that
    /// should get no card (a redirect, noindex, a charset other than UTF-8) are left out here.
    private func readPages(_ found: [PageFinder.Found], into summary: inout BuildSummary) -> [InjectedPage] {
        let results = Mutex([(Int, InjectedPage?, Diagnostic?)]())
        let counter = WorkCounter()
        let limit = Self.pageBytes
        DispatchQueue.concurrentPerform(iterations: max(1, min(jobs, found.count))) { _ in
            while let index = counter.take(below: found.count) {
                let outcome = Self.read(found[index], limit: limit)
                results.withLock { $0.append((index, outcome.0, outcome.1)) }
            }
        }
        let sorted = results.withLock { $0.sorted { $0.0 < $1.0 } }
        var pages: [InjectedPage] = []
        for (_, page, diagnostic) in sorted {
            if let diagnostic {
                summary.diagnostics.append(diagnostic)
                if diagnostic.severity != .error { summary.hidden += 1 }
            }
            if let page { pages.append(page) }
        }
        summary.posts -= sorted.count - pages.count
        return pages
    }

    /// Google's and Yandex's ownership files (`google0123456789abcdef.html`, `yandex_0123.html`),
    /// which those services compare byte for byte.
    static func isVerificationFile(_ name: String) -> Bool {
        let stem = name.hasSuffix(".html") ? name.dropLast(5) : name.hasSuffix(".htm") ? name.dropLast(4) : ""
        for prefix in ["google", "yandex_"] where stem.hasPrefix(prefix) {
            let rest = stem.dropFirst(prefix.count)
            if !rest.isEmpty, rest.allSatisfy(\.isHexDigit) { return true }
        }
        return false
    }

    /// The largest page read (64 MiB): a bigger one is an error, never cut and written back.
    static let pageBytes = 64 << 20

    /// One page read and parsed, or why it gets no card.
    static func read(_ found: PageFinder.Found, limit: Int) -> (InjectedPage?, Diagnostic?) {
        let path = found.relativePath
        let data: Data
        do {
            data = try RegularFile.read(found.path, limit: limit + 1)
        } catch {
            return (nil, Diagnostic(file: path, step: .readPage, reason: error.reason))
        }
        guard data.count <= limit else {
            return (nil, Diagnostic(file: path, step: .readPage, reason: "larger than \(limit >> 20) MiB: left alone"))
        }
        let bytes = [UInt8](data)
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return (
                nil,
                Diagnostic(
                    .warning, file: path, step: .parseHTML,
                    reason: "is UTF-16 (it starts with a byte-order mark); only UTF-8 pages get cards: skipped")
            )
        }
        guard !NestingEstimate.exceedsLimit(bytes) else {
            return (
                nil,
                Diagnostic(
                    file: path, step: .parseHTML,
                    reason: "nests elements more than \(NestingEstimate.limit) deep: left alone")
            )
        }
        let facts = PageReader.facts(of: HTMLDocument(parsing: bytes))
        if let charset = facts.charset, !["utf-8", "utf8"].contains(charset.lowercased()) {
            return (
                nil,
                Diagnostic(
                    .warning, file: path, step: .parseHTML,
                    reason: "declares charset \(charset); only UTF-8 pages get cards: skipped")
            )
        }
        if let reason = facts.skipReason {
            return (nil, Diagnostic(.note, file: path, step: .parseHTML, reason: "\(reason): no card"))
        }
        return (InjectedPage(found: found, fingerprint: ContentFingerprint.fnv1a(data), facts: facts), nil)
    }

    /// One planner per design: the site's, then each `inject.designs` entry's.
    private func planners(_ digests: FileDigests) throws(Diagnostic) -> InjectWork.Planners {
        var designed: [(String, PostCardPlanner)] = []
        for rule in config.inject.designs {
            var designConfig = config
            designConfig.design = rule.design
            designed.append(
                (InjectSettings.normalized(rule.glob), try PostCardPlanner(config: designConfig, files: digests)))
        }
        return InjectWork.Planners(site: try PostCardPlanner(config: config, files: digests), designed: designed)
    }

    /// Step `.prune`: cards whose page is gone are reported; with `--prune` they are deleted
    /// (only PNGs ogcard wrote, only inside the card folder).
    private func prune(
        _ manifest: BuildManifest, present: Set<String>, places: InjectPlaces, next: inout BuildManifest,
        into summary: inout BuildSummary
    ) {
        for path in Set(manifest.posts.keys).subtracting(present).sorted() {
            guard let entry = manifest.posts[path] else { continue }
            guard let card = entry.card, next.posts[path] == nil else { continue }
            summary.orphans.append(card)
            guard options.prune else {
                next.posts[path] = entry
                continue
            }
            guard options.mode.writes else { continue }
            let target = SiteContainment.resolve(places.root + "/" + card)
            if SiteContainment.isInside(target, places.cards), !card.contains(".."),
                OwnedFile.card.isGenerated(
                    URL(fileURLWithPath: target))
            {
                unlink(target)
            }
        }
    }

    /// Step `.prune`, with `--prune`: earlier versions of today's cards that no page's record
    /// names any more (a card named after an old fingerprint with `image_url_fingerprint: name`,
    /// or a card's plain or hashed name left by switching modes). They are kept until then
    /// because platforms' caches still link to them. Only PNGs ogcard wrote, in the card folder.
    private func pruneOldFingerprints(keeping next: BuildManifest, places: InjectPlaces) -> [Diagnostic] {
        let named = Set(
            next.posts.values.compactMap(\.card).map {
                URL(fileURLWithPath: places.root + "/" + $0).standardizedFileURL.path
            })
        var notes: [Diagnostic] = []
        for file in CardFingerprint.earlierVersions(under: places.cards, named: named) {
            let target = SiteContainment.resolve(file.path)
            guard SiteContainment.isInside(target, places.cards),
                OwnedFile.card.isGenerated(URL(fileURLWithPath: target))
            else { continue }
            unlink(target)
            let relative = String(file.standardizedFileURL.path.dropFirst(places.root.count + 1))
            notes.append(
                Diagnostic(
                    .note, file: relative, step: .prune,
                    reason: "deleted: an earlier version of a card (another fingerprint)"))
        }
        return notes
    }

    /// Temporary files an interrupted run left beside pages and cards (`AtomicFileWriter`'s names only).
    private func removeLeftoverTemporaryFiles(_ places: InjectPlaces) {
        let leftovers =
            DirectoryWalker.files(under: places.root, includeHidden: true, keep: AtomicFileWriter.isTemporaryName) ?? []
        for leftover in leftovers where SiteContainment.isInside(SiteContainment.resolve(leftover), places.root) {
            unlink(leftover)
        }
    }

    /// Worker threads: `--jobs`, or one per core.
    private var jobs: Int { options.jobs > 0 ? options.jobs : ProcessInfo.processInfo.activeProcessorCount }
}
