public import Foundation
import Synchronization

/// A whole site's cards: find the posts, render what is missing or stale on all cores, rewrite
/// `image:` lines, write meta snippets and the manifest.
///
/// The steps, each named in errors: reading the manifest, scanning posts (read + fingerprint,
/// parse only what changed), keeping opengraphimg designs (ogcard.yml), planning and rendering
/// cards (parallel, one renderer per worker), rewriting posts, writing the meta JSON, pruning,
/// writing the manifest. Every write is atomic; the manifest is written last, so an
/// interrupted build is finished by the next one.
public final class SiteBuild: Sendable {
    /// The site.
    public let config: SiteConfig
    /// How to run.
    public let options: BuildOptions
    /// Fonts for the renderers.
    public let fonts: FontSet

    /// The manifest file of a site.
    public static func manifestFile(root: URL) -> URL { root.appendingPathComponent(".ogcard-manifest.json") }

    /// A build of `config`'s site.
    public init(config: SiteConfig, options: BuildOptions = BuildOptions(), fonts: FontSet = .standard()) {
        self.config = config
        self.options = options
        self.fonts = fonts
    }

    /// Runs the build. Post failures are collected in the summary (the build goes on);
    /// only site-wide problems (config, lock, manifest, fonts, a full disk) throw, carrying the
    /// post failures found before them in `earlierFailures`.
    public func run(progress: (@Sendable (BuildProgress) -> Void)? = nil, waiting: () -> Void = {}) throws(BuildFailure) -> BuildSummary {
        var summary = BuildSummary()
        do throws(BuildFailure) {
            try build(into: &summary, progress: progress, waiting: waiting)
            return summary
        } catch {
            var failure = error
            failure.earlierFailures = summary.failures
            throw failure
        }
    }

    /// The build's steps, filling `summary` as they go.
    private func build(
        into summary: inout BuildSummary, progress: (@Sendable (BuildProgress) -> Void)?, waiting: () -> Void
    ) throws(BuildFailure) {
        let clock = ContinuousClock()
        let start = clock.now
        let lock = options.mode.writes ? try SiteLock(root: config.root, waiting: waiting) : nil
        defer { withExtendedLifetime(lock) {} }

        if config.url == nil && !config.allowRelativeURLs {
            throw BuildFailure(
                path: config.configFile?.path ?? config.root.appendingPathComponent(SiteConfigLoader.fileName).path,
                step: "reading config",
                reason: "no site URL: og:image must be absolute; set `url:` in ogcard.yml (or _config.yml / hugo.toml), or `allow_relative_urls: true`")
        }
        let containment = SiteContainment(config: config)
        if options.mode.writes { removeLeftoverTemporaryFiles(containment: containment) }
        let manifestURL = Self.manifestFile(root: config.root)
        let manifest: BuildManifest
        do { manifest = try BuildManifest.load(from: manifestURL) } catch { throw BuildFailure.wrapping(error, path: manifestURL.path, step: "reading manifest") }
        let files = try postFiles()
        summary.posts = files.count
        let jobs = options.jobs > 0 ? options.jobs : ProcessInfo.processInfo.activeProcessorCount

        // 1. Scan: fingerprint every post; parse only those that changed.
        let fileDigests = FileDigests(known: manifest.files)
        let settingsBefore = settingsDigest(config, files: fileDigests, depending: Array(manifest.files.keys))
        let scan = PostScan(files: files, root: config.root, manifest: manifest, settings: settingsBefore,
                            regenerate: options.mode == .regenerate, limits: config.limits).run(jobs: jobs)
        summary.failures += scan.failures

        // 2. Keep what opengraphimg URLs said about the design before any URL is replaced.
        var config = self.config
        let urlPosts = scan.parsed.compactMap { item -> (post: Post, url: OpenGraphImageURL)? in
            guard let image = item.post.image?.path, OpenGraphImageURL.isOpenGraphImageURL(image),
                  let url = try? OpenGraphImageURL.parse(image) else { return nil }
            return (item.post, url)
        }
        let additions = DesignMigration.configAdditions(for: urlPosts, config: config)
        if !additions.isEmpty {
            if options.mode.writes {
                do {
                    let file = try DesignMigration.writeConfig(additions, config: config, containment: containment)
                    config = try SiteConfigLoader.load(file: file)
                    summary.configWritten = SitePaths.relative(file, to: config.root)
                } catch {
                    throw BuildFailure.wrapping(error, path: config.configFile?.path ?? "ogcard.yml", step: "keeping the opengraphimg design in ogcard.yml")
                }
            } else {
                if let design = additions.design { config.design = .parameters(design) }
                if let author = additions.author { config.author = author }
                summary.stale.append("ogcard.yml: would gain the design of the posts' opengraphimg URLs")
            }
        }

        // 3. Unique slugs: kept from the manifest for unchanged posts, new ones made unique.
        let slugs = SlugAssignment.assign(scan: scan, manifest: manifest)

        // 4. Plan, render, write snippets, rewrite posts: in parallel.
        let planner = try PostCardPlanner(config: config, force: options.force, files: fileDigests)
        let fontPrint = fileDigests.digest(of: fonts.files)
        let regenerate = options.mode == .regenerate
        let selection = options.selection
        let work = CardWork(
            items: scan.parsed,
            forceRender: { item in regenerate && selection.matches(item.post, relativePath: item.relativePath) },
            slugs: slugs, planner: planner, containment: containment,
            manifest: manifest, fontPrint: fontPrint, mode: options.mode, force: options.force, fonts: fonts,
            total: files.count, skippedBefore: scan.unchanged.count, failedBefore: scan.failures.count,
            progress: progress, start: start)
        let results = try work.run(jobs: jobs)
        // Workers finish in any order; a sorted list reads the same on every run.
        summary.failures += results.failures.sorted { ($0.path, $0.line ?? 0) < ($1.path, $1.line ?? 0) }
        summary.warnings += results.warnings.sorted()
        summary.notes += results.notes.sorted()
        summary.stale += results.stale
        summary.rendered = results.rendered
        summary.rewritten = results.rewritten
        summary.snippetsWritten = results.snippets
        summary.skipped = scan.unchanged.count + results.upToDate

        // 5. The manifest: unchanged entries kept, processed ones updated, gone posts pruned.
        var next = BuildManifest(settings: "", posts: [:])
        for path in scan.unchanged { next.posts[path] = manifest.posts[path] }
        for (path, entry) in results.entries { next.posts[path] = entry }
        for failure in scan.failures + results.failures {
            let relative = SitePaths.relative(URL(fileURLWithPath: failure.path), to: config.root)
            if let old = manifest.posts[relative] { next.posts[relative] = old }
        }
        let present = Set(files.map { SitePaths.relative($0, to: config.root) })
        for (path, entry) in manifest.posts.sorted(by: { $0.key < $1.key }) where !present.contains(path) {
            guard let card = entry.card else { continue }
            summary.orphans.append(card)
            if options.prune && options.mode.writes {
                summary.warnings += prune(entry, containment: containment)
            } else if !options.prune {
                next.posts[path] = entry
            }
        }

        next.files = fileDigests.recordsToKeep(known: manifest.files)
        next.settings = settingsDigest(config, files: fileDigests, depending: Array(next.files.keys))

        // 6. The meta JSON file (post → tags) and the manifest, only when they change; each
        // failure names its own file (a full disk can stop either).
        if options.mode.writes {
            if let metaJSON = config.metaJSON {
                let file = config.root.appendingPathComponent(metaJSON)
                do {
                    try MetaIndex.update(
                        file: try containment.checked(file, in: .metaJSON), with: results.meta,
                        removing: options.prune ? Set(manifest.posts.keys).subtracting(present) : [])
                } catch {
                    throw BuildFailure.writing(error, file: file.path, step: "writing the meta JSON")
                }
            }
            if next != manifest {
                do {
                    try AtomicFileWriter.write(next.encoded(), to: try containment.checked(manifestURL, in: .manifest))
                } catch {
                    throw BuildFailure.writing(error, file: manifestURL.path, step: "writing the manifest")
                }
            }
        }
        summary.seconds = (clock.now - start).seconds
    }

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
        if let configFile = config.configFile { flat.append(configFile.deletingLastPathComponent().standardizedFileURL.path) }
        var leftovers: Set<String> = []
        for folder in recursive {
            leftovers.formUnion(DirectoryWalker.files(under: folder, includeHidden: true, keep: AtomicFileWriter.isTemporaryName) ?? [])
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
    func prune(_ entry: BuildManifest.Entry, containment: SiteContainment) -> [String] {
        var warnings: [String] = []
        let candidates: [(String?, SiteContainment.Area, OwnedFile)] = [(entry.card, .cards, .card), (entry.snippet, .snippets, .snippet)]
        for case let (path?, area, kind) in candidates {
            let named = config.root.appendingPathComponent(path)
            guard let target = try? containment.checked(named, in: area), !path.hasPrefix("/"),
                !path.split(separator: "/").contains(".."), kind.isGenerated(target)
            else {
                if FileManager.default.fileExists(atPath: named.path) || path.hasPrefix("/") || path.contains("..") {
                    warnings.append("\(SiteBuild.manifestFile(root: config.root).lastPathComponent): not pruned: '\(path)' is not a file ogcard wrote in \(area.rawValue)")
                }
                continue
            }
            unlink(target.path)
        }
        return warnings
    }

    /// Every post file `posts:` names, each once, sorted within each entry. An entry is a folder
    /// (every post file under it; it must exist) or a glob such as `_drafts/*.md` (`*`, `?`, `**`),
    /// matched against paths from the site root among the post files under its folder part. A glob
    /// whose folder is missing matches nothing: `_drafts/` comes and goes with the drafts (git
    /// keeps no empty folder), and that must not stop a build.
    func postFiles() throws(BuildFailure) -> [URL] {
        var files: [URL] = []
        var listed = Set<String>()
        for entry in config.posts {
            let isGlob = entry.contains { $0 == "*" || $0 == "?" }
            let folder = isGlob ? SiteConfig.folderPart(ofGlob: entry) : entry
            let url = config.root.appendingPathComponent(folder)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue else {
                if isGlob { continue }
                throw BuildFailure(
                    path: url.path, step: "finding posts",
                    reason: "the posts folder does not exist (set `posts:` in ogcard.yml)")
            }
            var found: [URL]
            do {
                found = try PostReader.postFiles(in: url)
            } catch {
                throw BuildFailure.wrapping(error, path: url.path, step: "finding posts")
            }
            if isGlob {
                let pattern = SiteConfig.normalized(entry)
                found = found.filter { Glob.matches(pattern, SitePaths.relative($0, to: config.root)) }
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
        let candidates = config.siteLayoutFiles + [config.configFile, config.root.appendingPathComponent("_config.yml"),
                          config.root.appendingPathComponent("hugo.toml"), config.root.appendingPathComponent("config.toml")]
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
    public func plan(postAt file: URL) throws -> PostCardPlan {
        let relative = SitePaths.relative(file, to: config.root)
        let data: Data
        do {
            data = try RegularFile.read(file)
        } catch {
            throw PostError(path: relative, step: .readFile, reason: error.reason)
        }
        let post = try PostReader.parse(data, path: relative, limits: config.limits)
        let body = post.frontMatter.map { data[data.startIndex + $0.bodyStart..<data.endIndex] } ?? data[...]
        let manifest = (try? BuildManifest.load(from: Self.manifestFile(root: config.root))) ?? BuildManifest()
        let slug = SlugAssignment.recordedSlug(of: relative, in: manifest) ?? post.slug
        let files = FileDigests(known: manifest.files)
        return try PostCardPlanner(config: config, force: options.force, files: files)
            .plan(post, source: file, body: Substring(String(decoding: body.prefix(16_384), as: UTF8.self)), slug: slug)
    }
}
