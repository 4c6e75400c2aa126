public import Foundation

/// A whole site's cards: find the posts, render what is missing or stale on all cores, rewrite
/// `image:` lines, write meta snippets and the manifest.
///
/// The build is a list of named steps (`BuildStep`), each one method returning a value, read top
/// to bottom in `run(into:progress:waiting:)`: lock the site, check its URL, read the manifest,
/// find and scan the posts (parse only what changed), keep opengraphimg designs, make the cards
/// (plan, render, snippet, rewrite; in parallel), write the meta JSON, prune, write the manifest.
/// Every write is atomic and contained (`SiteContainment`); the manifest is written last, so an
/// interrupted build is finished by the next one.
public final class SiteBuild: Sendable {
    /// The site.
    public let config: SiteConfig
    /// How to run.
    public let options: BuildOptions
    /// Fonts for the renderers.
    public let fonts: FontSet
    /// The build's "now", for the generators' future and expiry rules: one moment for every post.
    let now = Date()

    /// The manifest file of a site.
    public static func manifestFile(root: URL) -> URL { root.appendingPathComponent(".ogcard-manifest.json") }

    /// A build of `config`'s site.
    public init(config: SiteConfig, options: BuildOptions = BuildOptions(), fonts: FontSet = .standard()) {
        self.config = config
        self.options = options
        self.fonts = fonts
    }

    /// Runs the build. A post that fails is one error in the summary and the build goes on; only
    /// site-wide problems (the lock, the site URL, the manifest, the posts folders, fonts, a full
    /// disk) throw.
    public func run(progress: (@Sendable (BuildProgress) -> Void)? = nil, waiting: () -> Void = {}) throws(Diagnostic)
        -> BuildSummary
    {
        var summary = BuildSummary()
        try run(into: &summary, progress: progress, waiting: waiting)
        return summary
    }

    /// Runs the build, filling `summary` as it goes: when a site-wide step throws, what the
    /// steps before it found is still there to report (the command line prints it first).
    package func run(
        into summary: inout BuildSummary, progress: (@Sendable (BuildProgress) -> Void)? = nil, waiting: () -> Void = {}
    ) throws(Diagnostic) {
        let start = ContinuousClock.now
        defer { summary.seconds = (ContinuousClock.now - start).seconds }
        let lock = try lockSite(waiting: waiting)
        defer { withExtendedLifetime(lock) {} }
        try checkSiteURL()
        summary.diagnostics += checkTemplates()
        let containment = SiteContainment(config: config)
        if options.mode.writes { removeLeftoverTemporaryFiles(containment: containment) }
        let manifest = try readManifest()
        let files = try findPosts()
        summary.posts = files.count
        let digests = FileDigests(known: manifest.files)
        var scan = scanPosts(files, manifest: manifest, digests: digests, into: &summary)
        let unmatched = unmatchedFieldPaths(scan)
        summary.diagnostics += unmatched
        let translations = try placePages(&scan, manifest: manifest, digests: digests, into: &summary)
        let config = try keepDesigns(of: scan, containment: containment, into: &summary)
        let slugs = SlugAssignment.assign(
            scan: scan, manifest: manifest, languages: translations.languages, defaultLanguage: config.language,
            hidden: translations.hidden, wanted: translations.wantedSlugs)
        let meta = MetaSpill()
        let cards = try makeCards(
            scan, config: config, meta: meta, slugs: slugs, translations: translations, manifest: manifest,
            digests: digests,
            containment: containment,
            progress: BuildProgressCounter(
                total: files.count, alreadyDone: scan.unchanged.count, alreadyFailed: scan.failures.count, start: start,
                report: progress),
            into: &summary)
        var next = nextManifest(
            after: scan, cards: cards, previous: manifest, present: files, digests: digests, config: config)
        try writeMetaJSON(
            meta, removing: prunedPosts(manifest, present: files).union(cards.hidden), config: config,
            containment: containment)
        prune(manifest, present: files, next: &next, containment: containment, into: &summary)
        if options.prune && options.mode.writes {
            summary.diagnostics += pruneOldFingerprints(keeping: next, containment: containment)
        }
        // Until a `fields:` typo is fixed every build reads every post again, so it stays reported.
        if !unmatched.isEmpty { next.settings = "" }
        try writeManifest(next, replacing: manifest, containment: containment)
        writeStatCache(scan, cards: cards, containment: containment)
    }

    /// The post stat cache for the next build, when it changed (a no-op writes nothing). Posts
    /// this build rewrote are read again, so the next build finds them by `stat` too. A cache
    /// that cannot be written only makes the next build read every post: no error.
    private func writeStatCache(_ scan: PostScan.Result, cards: CardWork.Results, containment: SiteContainment) {
        guard options.mode.writes else { return }
        var cache = scan.statCache
        var changed = scan.statCacheChanged
        for (path, entry) in cards.entries {
            guard let known = cache.records[path], UInt64(entry.source, radix: 16) != known.fingerprint else {
                continue
            }
            var info = stat()
            guard let data = try? RegularFile.read(config.root.appendingPathComponent(path).path, info: &info),
                let fingerprint = UInt64(ContentFingerprint.fnv1a(data), radix: 16)
            else {
                cache.records[path] = nil
                continue
            }
            cache.records[path] = PostStatCache.Record(info, fingerprint: fingerprint, cutoff: statCutoff)
            changed = true
        }
        guard changed else { return }
        try? cache.write(root: config.root, containment: containment)
    }

    /// See `PostScan.statCutoff`: the build's moment in whole seconds, minus one.
    var statCutoff: Int64 { (Int64(now.timeIntervalSince1970) - 1) * 1_000_000_000 }

    /// Step `.lockSite`: the site's lock, held until the build ends (nil when nothing is written).
    private func lockSite(waiting: () -> Void) throws(Diagnostic) -> SiteLock? {
        options.mode.writes ? try SiteLock(root: config.root, waiting: waiting) : nil
    }

    /// Step `.checkConfig`: og:image must be absolute, so a site URL is required unless relative URLs are allowed.
    private func checkSiteURL() throws(Diagnostic) {
        guard config.url == nil && !config.allowRelativeURLs else { return }
        throw Diagnostic(
            file: config.configFileToWrite.path,
            step: .checkConfig,
            reason:
                "no site URL: og:image must be absolute; set `url:` in ogcard.yml (or _config.yml / hugo.toml), or `allow_relative_urls: true`"
        )
    }

    /// Step `.checkConfig`, for Jekyll sites: warnings about a published ogcard.yml and layouts
    /// that print meta tags twice (`JekyllSiteChecks`).
    private func checkTemplates() -> [Diagnostic] {
        config.generator == .jekyll ? JekyllSiteChecks.warnings(root: config.root, configFile: config.configFile) : []
    }

    /// Step `.readManifest`: what the last build made (empty on a first build).
    private func readManifest() throws(Diagnostic) -> BuildManifest {
        try BuildManifest.load(from: Self.manifestFile(root: config.root))
    }

    /// Steps `.readPost` and the parsers': every post fingerprinted, only changed ones parsed.
    private func scanPosts(
        _ files: [URL], manifest: BuildManifest, digests: FileDigests, into summary: inout BuildSummary
    ) -> PostScan.Result {
        let settings = settingsDigest(config, files: digests, depending: Array(manifest.files.keys))
        let scan = PostScan(
            files: files, root: config.root, manifest: manifest, settings: settings,
            regenerate: options.mode == .regenerate, limits: config.limits, now: now, fields: config.fields,
            statCache: PostStatCache.load(root: config.root), statCutoff: statCutoff
        ).run(jobs: jobs)
        summary.diagnostics += scan.failures
        return scan
    }

    /// Step `.checkConfig`, after a scan that read every post: a `fields:` path in ogcard.yml
    /// that no post has is a typo until proved otherwise (the defaults would silently apply).
    private func unmatchedFieldPaths(_ scan: PostScan.Result) -> [Diagnostic] {
        guard scan.unchanged.isEmpty, !scan.parsed.isEmpty else { return [] }
        let matched = scan.parsed.reduce(into: Set<PostFieldMap.Field>()) {
            $0.formUnion($1.post.matchedFieldOverrides)
        }
        return config.fields.overrides.keys.filter { !matched.contains($0) }.sorted { $0.rawValue < $1.rawValue }.map {
            field in
            Diagnostic(
                file: config.configFile.map { SitePaths.relative($0, to: config.root) } ?? SiteConfigLoader.fileName,
                line: config.fields.lines[field], step: .checkConfig, key: "fields.\(field.rawValue)",
                reason:
                    "fields.\(field.rawValue): no post has \(config.fields.paths(for: field).joined(separator: " or ")); check the spelling (the posts are built without it)"
            )
        }
    }

    /// Step `.makeURLs`: where the generator puts each changed post, and its translations; an
    /// unchanged post whose translations changed is read again, so its tags list them.
    private func placePages(
        _ scan: inout PostScan.Result, manifest: BuildManifest, digests: FileDigests, into summary: inout BuildSummary
    ) throws(Diagnostic) -> SiteTranslations {
        let pages: any PageModel
        do {
            pages = try config.pageModel(pageContext)
        } catch {
            throw error.located(file: config.configFile?.path ?? config.root.path, line: nil)
        }
        // Once per build, for verbose output: a Jekyll site without `timezone:` has machine-dependent URLs.
        if !scan.parsed.isEmpty { summary.diagnostics += pages.siteWarnings }
        var translations = SiteTranslations(scan: scan, manifest: manifest, pages: pages, config: config)
        guard !translations.stale.isEmpty else { return translations }
        let again = PostScan(
            files: translations.stale.map { config.root.appendingPathComponent($0) }, root: config.root,
            manifest: manifest, settings: "", regenerate: true, limits: config.limits, now: now, fields: config.fields
        ).run(jobs: jobs)
        let reread = Set(translations.stale)
        scan.unchanged.removeAll { reread.contains($0) }
        scan.parsed += again.parsed
        scan.failures += again.failures
        summary.diagnostics += again.failures
        translations = SiteTranslations(scan: scan, manifest: manifest, pages: pages, config: config)
        return translations
    }

    /// What the page models are asked with: this build's moment and whether drafts are wanted.
    var pageContext: PageModelContext { PageModelContext(now: now, includeDrafts: options.drafts) }

    /// Step `.keepDesign`: what opengraphimg URLs said about the design goes into ogcard.yml
    /// before any URL is replaced; the rest of the build uses the config with it (in memory, not
    /// read back). In modes that write nothing, the addition is only reported.
    private func keepDesigns(of scan: PostScan.Result, containment: SiteContainment, into summary: inout BuildSummary)
        throws(Diagnostic) -> SiteConfig
    {
        let additions = DesignMigration.configAdditions(
            for: scan.parsed.compactMap(\.openGraphImageURL), config: config)
        guard !additions.isEmpty else { return config }
        var kept = additions.applied(to: config)
        // A site the build may not edit keeps the design in memory only, on every build alike.
        if options.mode.writes && !options.editsSite { return kept }
        if options.mode.writes {
            do {
                let file = try DesignMigration.writeConfig(additions, config: config, containment: containment)
                summary.configWritten = SitePaths.relative(file, to: config.root)
                kept.configFile = file
            } catch {
                throw Diagnostic.wrapping(
                    error, file: config.configFileToWrite.path, step: .keepDesign)
            }
        } else {
            summary.stale.append(
                "\(SitePaths.relative(config.configFileToWrite, to: config.root)): would gain the design of the posts' opengraphimg URLs"
            )
        }
        return kept
    }

    /// Steps `.layOut` … `.rewritePost`, in parallel: each changed post's card planned, rendered
    /// when its digest changed, its snippet written, its `image:` line pointed at the card.
    private func makeCards(
        _ scan: PostScan.Result, config: SiteConfig, meta: MetaSpill, slugs: [String: String],
        translations: SiteTranslations,
        manifest: BuildManifest, digests: FileDigests,
        containment: SiteContainment, progress: BuildProgressCounter, into summary: inout BuildSummary
    ) throws(Diagnostic) -> CardWork.Results {
        let regenerate = options.mode == .regenerate
        let selection = options.selection
        let site = CardWork.Site(
            planner: try PostCardPlanner(
                config: config, force: options.force, files: digests,
                context: pageContext),
            containment: containment, manifest: manifest, fonts: fonts, fontDigest: digests.digest(of: fonts.files),
            mode: options.mode, editsPosts: options.editsSite,
            forceRender: { item in regenerate && selection.matches(item.post, relativePath: item.relativePath) },
            remove: { [self] entry in prune(entry, containment: containment) }, meta: meta)
        let results = try CardWork(
            items: scan.parsed, slugs: slugs, translations: translations, site: site, progress: progress
        ).run(jobs: jobs)
        summary.diagnostics += results.diagnostics
        summary.stale += results.stale
        summary.rendered = results.rendered
        summary.rewritten = results.rewritten
        summary.snippetsWritten = results.snippets
        summary.skipped = scan.unchanged.count + results.upToDate
        summary.hidden = results.hidden.count
        return results
    }

    /// The manifest this build leaves: unchanged entries kept, processed ones updated, failed ones
    /// as they were (so the next build tries again), gone posts kept until pruned.
    private func nextManifest(
        after scan: PostScan.Result, cards: CardWork.Results, previous: BuildManifest, present files: [URL],
        digests: FileDigests, config: SiteConfig
    ) -> BuildManifest {
        var next = BuildManifest(settings: "", posts: [:])
        // Grown by doubling from empty, the dictionary held its old and new storage at once at
        // every step: at 100 000 posts that was the largest part of a no-op build's peak.
        next.posts.reserveCapacity(files.count)
        for path in scan.unchanged { next.posts[path] = previous.posts[path] }
        for (path, entry) in cards.entries { next.posts[path] = entry }
        for failure in scan.failures + cards.diagnostics where failure.severity == .error {
            if let file = failure.file, let old = previous.posts[file] { next.posts[file] = old }
        }
        let present = Set(files.map { SitePaths.relative($0, to: config.root) })
        for (path, entry) in previous.posts where !present.contains(path) { next.posts[path] = entry }
        next.files = digests.recordsToKeep(known: previous.files)
        next.settings = settingsDigest(config, files: digests, depending: Array(next.files.keys))
        return next
    }

    /// The posts `prune` drops from the manifest and the meta JSON: gone, with `--prune`, in a mode that writes.
    private func prunedPosts(_ manifest: BuildManifest, present files: [URL]) -> Set<String> {
        guard options.prune && options.mode.writes else { return [] }
        return Set(manifest.posts.keys).subtracting(files.map { SitePaths.relative($0, to: config.root) })
    }

    /// Step `.prune`: cards whose post is gone are reported; with `--prune` they and their
    /// snippets are deleted (only ogcard's own files, see `prune(_:containment:)`).
    private func prune(
        _ manifest: BuildManifest, present files: [URL], next: inout BuildManifest, containment: SiteContainment,
        into summary: inout BuildSummary
    ) {
        let gone = Set(manifest.posts.keys).subtracting(files.map { SitePaths.relative($0, to: config.root) })
        for path in gone.sorted() {
            guard let entry = manifest.posts[path], let card = entry.card else { continue }
            summary.orphans.append(card)
            guard options.prune else { continue }
            next.posts[path] = nil
            if options.mode.writes { summary.diagnostics += prune(entry, containment: containment) }
        }
    }

    /// Step `.prune`, with `--prune`: earlier versions of today's cards that no post's record
    /// names any more: files named after an old fingerprint (`slug.1a2b3c4d.png`, written with
    /// `image_url_fingerprint: name`), and a card's plain or hashed name left by switching modes.
    /// They are kept until then because pages built before, and platforms' caches, still link to
    /// them. Only PNGs ogcard wrote, in its output folder.
    private func pruneOldFingerprints(keeping next: BuildManifest, containment: SiteContainment) -> [Diagnostic] {
        let folder = config.root.appendingPathComponent(config.output).standardizedFileURL.path
        let named = Set(
            next.posts.values.compactMap(\.card).map { config.root.appendingPathComponent($0).standardizedFileURL.path }
        )
        var notes: [Diagnostic] = []
        for file in CardFingerprint.earlierVersions(under: folder, named: named) {
            guard let target = try? containment.checked(file, in: .cards), OwnedFile.card.isGenerated(target) else {
                continue
            }
            unlink(target.path)
            notes.append(
                Diagnostic(
                    .note, file: SitePaths.relative(file, to: config.root), step: .prune,
                    reason: "deleted: an earlier version of a card (another fingerprint)"))
        }
        return notes
    }

    /// Step `.writeMetaJSON`: the post → tags index, rewritten only when it changes.
    private func writeMetaJSON(
        _ meta: MetaSpill, removing: Set<String>, config: SiteConfig, containment: SiteContainment
    ) throws(Diagnostic) {
        guard options.mode.writes, let metaJSON = config.metaJSON else { return }
        let file = config.root.appendingPathComponent(metaJSON)
        do {
            try MetaIndex.update(file: try containment.checked(file, in: .metaJSON), with: meta, removing: removing)
        } catch {
            throw Diagnostic.wrapping(error, file: file.path, step: .writeMetaJSON).reported(
                on: file.path, during: .writeMetaJSON)
        }
    }

    /// Step `.writeManifest`, last: an interrupted build is finished by the next one.
    private func writeManifest(_ next: BuildManifest, replacing previous: BuildManifest, containment: SiteContainment)
        throws(Diagnostic)
    {
        guard options.mode.writes, next != previous else { return }
        let file = Self.manifestFile(root: config.root)
        do {
            try AtomicFileWriter.write(next.encoded(), to: try containment.checked(file, in: .manifest))
        } catch {
            throw Diagnostic.wrapping(error, file: file.path, step: .writeManifest).reported(
                on: file.path, during: .writeManifest)
        }
    }

    /// Worker threads: `--jobs`, or one per core.
    private var jobs: Int { options.jobs > 0 ? options.jobs : ProcessInfo.processInfo.activeProcessorCount }

    /// Temporary files an interrupted build left (`.name.ogcard-XXXXXX`, see `AtomicFileWriter`),
    /// wherever ogcard writes: beside cards and snippets, posts, ogcard.yml, the manifest and the
    /// meta JSON. Only names of that exact shape, only inside the site. Only called with the site
    /// lock held, so no build is writing them.
    func removeLeftoverTemporaryFiles(containment: SiteContainment) {
        let root = config.root.standardizedFileURL.path
        var recursive = [config.output, config.snippets] + config.posts.map(SiteConfig.folderPart(ofGlob:))
        recursive = recursive.map { root + "/" + $0 }
        var flat = [root]
        if let metaJSON = config.metaJSON { flat.append((root + "/" + metaJSON as NSString).deletingLastPathComponent) }
        if let configFile = config.configFile {
            flat.append(configFile.deletingLastPathComponent().standardizedFileURL.path)
        }
        flat.append(PostStatCache.folder(root: config.root).standardizedFileURL.path)
        var leftovers: Set<String> = []
        for folder in recursive {
            leftovers.formUnion(
                DirectoryWalker.files(under: folder, includeHidden: true, keep: AtomicFileWriter.isTemporaryName) ?? [])
        }
        for folder in Set(flat) {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            leftovers.formUnion(names.filter(AtomicFileWriter.isTemporaryName).map { folder + "/" + $0 })
        }
        for leftover in leftovers.sorted() where containment.isInsideSite(URL(fileURLWithPath: leftover)) {
            unlink(leftover)
        }
    }

    /// Deletes a gone post's card and snippet, when they are what ogcard wrote where it writes
    /// them; returns a warning for anything the manifest names that is not (never a folder, never
    /// outside the output folders, never a file of another kind).
    func prune(_ entry: BuildManifest.Entry, containment: SiteContainment) -> [Diagnostic] {
        var warnings: [Diagnostic] = []
        let candidates: [(String?, SiteContainment.Area, OwnedFile)] = [
            (entry.card, .cards, .card), (entry.snippet, .snippets, .snippet),
        ]
        for case (let path?, let area, let kind) in candidates {
            let named = config.root.appendingPathComponent(path)
            guard let target = try? containment.checked(named, in: area), !path.hasPrefix("/"),
                !path.split(separator: "/").contains(".."), kind.isGenerated(target)
            else {
                if FileManager.default.fileExists(atPath: named.path) || path.hasPrefix("/") || path.contains("..") {
                    warnings.append(
                        Diagnostic(
                            .warning, file: SiteBuild.manifestFile(root: config.root).lastPathComponent, step: .prune,
                            reason: "not pruned: '\(path)' is not a file ogcard wrote in \(area.rawValue)"))
                }
                continue
            }
            unlink(target.path)
        }
        return warnings
    }

    /// Step `.findPosts`: every post file `posts:` names, each once, sorted within each entry. An
    /// entry is a folder (every post file under it; it must exist) or a glob such as `_drafts/*.md`
    /// (`*`, `?`, `**`), matched against paths from the site root among the post files under its
    /// folder part. A glob whose folder is missing matches nothing: `_drafts/` comes and goes with
    /// the drafts (git keeps no empty folder), and that must not stop a build.
    package func findPosts() throws(Diagnostic) -> [URL] {
        var files: [URL] = []
        var listed = Set<String>()
        for entry in config.posts {
            let isGlob = Glob.hasWildcard(entry)
            let folder = isGlob ? SiteConfig.folderPart(ofGlob: entry) : entry
            let url = config.root.appendingPathComponent(folder)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue
            else {
                if isGlob { continue }
                throw Diagnostic(
                    file: url.path, step: .findPosts,
                    reason: "the posts folder does not exist (set `posts:` in ogcard.yml)")
            }
            var found: [URL]
            do {
                found = try PostReader.postFiles(in: url)
            } catch {
                throw Diagnostic.wrapping(error, file: url.path, step: .findPosts)
            }
            if isGlob {
                let pattern = SiteConfig.normalized(entry)
                found = found.filter { Glob.matches(pattern, SitePaths.relative($0, to: config.root)) }
            }
            if config.postsFollowGenerator, config.generator == .jekyll {
                found = found.filter {
                    JekyllPostFinder.isDocument(
                        SitePaths.relative($0, to: config.root), root: config.root, settings: config.jekyll)
                }
            }
            if config.generator == .hugo {
                // Only what Hugo reads as a content page: not `#draft.md`, `x.MD`, nor a bundle's resources.
                found = found.filter { file in
                    HugoContentFile.isContentPage(
                        relativePath: SitePaths.relative(file, to: config.root), settings: config.hugo
                    ) { FileManager.default.fileExists(atPath: config.root.appendingPathComponent($0).path) }
                }
            }
            // Overlapping entries (`_posts` and `_posts/**/*.md`) must not build a post twice.
            files += found.filter { listed.insert($0.path).inserted }
        }
        return files
    }

    /// What every card of the site shares: the renderer version, config files, fonts, and the
    /// other files cards used last time (logos, layout images). A change re-reads every post
    /// (cards re-render only if their own digest changes).
    func settingsDigest(_ config: SiteConfig, files: FileDigests, depending paths: [String]) -> String {
        let fontPaths = Set(fonts.files.map(\.path))
        let others = paths.filter { !fontPaths.contains($0) }.sorted().map { URL(fileURLWithPath: $0) }
        var parts = [OGCardVersion.string, files.digest(of: fonts.files), files.digest(of: others)]
        // Which posts are published depends on --drafts: switching it reads every post again.
        if options.drafts { parts.append("drafts") }
        let candidates =
            config.siteLayoutFiles + [
                config.configFile, config.root.appendingPathComponent("_config.yml"),
            ] + HugoConfigFile.names.map { config.root.appendingPathComponent($0) }
            + HugoConfigFile.directoryFiles(root: config.root)
        for file in candidates.compactMap({ $0 }) {
            if let data = try? RegularFile.read(file) {
                parts.append(SitePaths.relative(file, to: config.root) + ":" + ContentFingerprint.fnv1a(data))
            }
        }
        return ContentFingerprint.sha256(parts.joined(separator: "\n"))
    }
}

extension SiteBuild {
    /// Plans one post's card without writing anything (for `preview` and `meta`). The slug is the
    /// manifest's when the post was built before.
    public func plan(postAt file: URL) throws(Diagnostic) -> PostCardPlan {
        let manifest = (try? BuildManifest.load(from: Self.manifestFile(root: config.root))) ?? BuildManifest()
        return try plan(postAt: file, manifest: manifest, files: FileDigests(known: manifest.files))
    }

    /// Plans one post with a manifest and file digests read once for many posts (`ogcard serve`
    /// plans every post of a site, and again after each change).
    package func plan(postAt file: URL, manifest: BuildManifest, files: FileDigests) throws(Diagnostic)
        -> PostCardPlan
    {
        let single = try SinglePost(file, config: config)
        let relative = single.relativePath
        let slug = SlugAssignment.recordedSlug(of: relative, in: manifest) ?? single.post.slug
        let plan = try PostCardPlanner(config: config, force: options.force, files: files)
            .plan(single.post, source: file, body: single.body, slug: slug)
        return CardFingerprint.current(
            plan, recorded: manifest.posts[relative]?.card, root: config.root, mode: config.imageURLFingerprint)
    }
}
