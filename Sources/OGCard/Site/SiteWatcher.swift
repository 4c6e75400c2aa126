public import Foundation

/// `ogcard build --watch`: builds a site, then rebuilds it whenever a post, a config file, a
/// layout or a font changes, until told to stop.
///
/// Changes are found by comparing stamps of the inputs (`WatchSnapshot`); inotify (or, where it
/// is missing or `OGCARD_WATCH_POLL=1`, a timer) only says when to look. A burst of saves is one
/// rebuild (`debounce`). Each rebuild is an ordinary incremental build, so only changed posts are
/// parsed and rendered, and every post it touched is one line of the report. ogcard's own
/// writes are not inputs, so they never start another build; a post whose `image:` line the
/// build rewrote is recognised by its fingerprint in the manifest. The site lock is held only
/// while a build runs; `stop` is asked between builds, and when it says so the watcher
/// deletes the lock file and returns (no build is running, so no temporary file is left).
public final class SiteWatcher {
    /// How the watcher waits.
    public struct Options: Sendable {
        /// Quiet time after a change before the rebuild starts, so one save (or a burst) is one build.
        public var debounce: Duration
        /// Time between looks when polling.
        public var pollInterval: Duration
        /// Poll even where inotify is available.
        public var poll: Bool

        /// Options; `poll` defaults to the `OGCARD_WATCH_POLL=1` environment variable.
        public init(
            debounce: Duration = .milliseconds(200), pollInterval: Duration = .milliseconds(500),
            poll: Bool = ProcessInfo.processInfo.environment["OGCARD_WATCH_POLL"] == "1"
        ) {
            self.debounce = debounce
            self.pollInterval = pollInterval
            self.poll = poll
        }
    }

    /// What the watcher has to say.
    public enum Event: Sendable {
        /// The first build finished.
        case built(BuildSummary)
        /// Watching started: how many folders, and whether by inotify or by polling.
        case watching(folders: Int, polling: Bool)
        /// A rebuild finished: one line per post it touched (`_posts/x.md: card rendered`), and
        /// its diagnostics (errors and warnings of the posts it touched, notes).
        case rebuilt(lines: [String], diagnostics: [Diagnostic])
        /// The config could not be read, or a build stopped on a site-wide error; the watcher
        /// goes on and tries again at the next change.
        case failed(Diagnostic)
    }

    private let loadConfig: () throws(Diagnostic) -> SiteConfig
    private let build: BuildOptions
    private let fonts: FontSet
    private let options: Options

    /// A watcher of the site whose config `loadConfig` reads (again before every rebuild, so
    /// config edits apply).
    public init(
        loadConfig: @escaping () throws(Diagnostic) -> SiteConfig, build: BuildOptions = BuildOptions(),
        fonts: FontSet = .standard(), options: Options = Options()
    ) {
        self.loadConfig = loadConfig
        self.build = build
        self.fonts = fonts
        self.options = options
    }

    /// Builds, then watches until `stop` returns true (asked at least every 100 ms between
    /// builds). `progress` is given to the first build only.
    /// - Throws: the first config error or site-wide build error (nothing is watched then).
    public func run(
        stop: () -> Bool, progress: (@Sendable (BuildProgress) -> Void)? = nil, report: (Event) -> Void
    ) throws(Diagnostic) {
        var config = try loadConfig()
        let root = config.root
        defer { SiteLock.removeFile(root: root) }
        var dependencies = Array(manifest(config).files.keys)
        var before = snapshot(config, dependencies)
        // Watched from before the first build, so no save is missed between it and the watch.
        let inotify = options.poll ? nil : InotifyWatch()
        var polling = inotify.map { !$0.watch(before.folders) } ?? true
        let first = try SiteBuild(config: config, options: build, fonts: fonts).run(progress: progress)
        report(.built(first))
        dependencies = Array(manifest(config).files.keys)
        var seen = settle(before: before, after: snapshot(config, dependencies), config: config)
        if let inotify, !polling { polling = !inotify.watch(seen.folders) }
        report(.watching(folders: seen.folders.count, polling: polling))
        while !stop() {
            guard wait(inotify: polling ? nil : inotify, stop: stop) else { continue }
            var current = snapshot(config, dependencies)
            // New folders are watched at once; the look below, after the watch, sees what they hold.
            if let inotify, !polling { polling = !inotify.watch(current.folders) }
            guard current != seen else { continue }
            // Debounce: look again until nothing moved for `debounce`.
            while !stop() {
                _ = wait(inotify: polling ? nil : inotify, stop: stop, timeout: options.debounce)
                let again = snapshot(config, dependencies)
                if again == current { break }
                current = again
            }
            if stop() { break }
            do {
                config = try loadConfig()
            } catch {
                report(.failed(error))
                seen = current
                continue
            }
            before = snapshot(config, dependencies)
            let changed = seen.changes(to: before)
            do {
                let previous = manifest(config)
                let summary = try SiteBuild(config: config, options: build, fonts: fonts).run()
                report(rebuilt(changed: changed, previous: previous, next: manifest(config), summary, config: config))
            } catch {
                report(.failed(error))
            }
            dependencies = Array(manifest(config).files.keys)
            seen = settle(before: before, after: snapshot(config, dependencies), config: config)
            if let inotify, !polling { polling = !inotify.watch(seen.folders) }
        }
    }

    /// Waits for a sign of change: an inotify event, or the poll interval. Returns early (false)
    /// when `stop` says so; with no `timeout`, returns true once there is something to look at.
    private func wait(inotify: InotifyWatch?, stop: () -> Bool, timeout: Duration? = nil) -> Bool {
        let deadline = ContinuousClock.now + (timeout ?? (inotify == nil ? options.pollInterval : .seconds(3600)))
        while !stop() {
            let left = deadline - ContinuousClock.now
            if left <= .zero { return inotify == nil || timeout != nil }
            let slice = min(left, .milliseconds(100))
            if let inotify {
                if inotify.wait(timeout: slice) { return true }
            } else {
                Thread.sleep(forTimeInterval: slice.seconds)
            }
        }
        return false
    }

    /// The stamps of `config`'s inputs, with `dependencies`: the fonts and images the manifest
    /// records (read once per build, not at every look).
    private func snapshot(_ config: SiteConfig, _ dependencies: [String]) -> WatchSnapshot {
        WatchSnapshot.take(config: config, fonts: fonts, dependencies: dependencies)
    }

    private func manifest(_ config: SiteConfig) -> BuildManifest {
        (try? BuildManifest.load(from: SiteBuild.manifestFile(root: config.root))) ?? BuildManifest()
    }

    /// The stamps to compare the next look with: `after` the build, except for posts that
    /// changed while it ran and that the manifest does not record as they are now (someone
    /// saved during the build): those keep their old stamp, so the next look rebuilds them.
    /// Posts the build rewrote itself (`image:` lines) match the manifest and are not changes.
    private func settle(before: WatchSnapshot, after: WatchSnapshot, config: SiteConfig) -> WatchSnapshot {
        var settled = after
        let posts = manifest(config).posts
        let rootPrefix = config.root.standardizedFileURL.path + "/"
        for path in before.changes(to: after) {
            guard path.hasPrefix(rootPrefix), let entry = posts[String(path.dropFirst(rootPrefix.count))] else {
                continue
            }
            let data = try? RegularFile.read(URL(fileURLWithPath: path))
            if data.map(ContentFingerprint.fnv1a) != entry.source { settled.files[path] = before.files[path] }
        }
        return settled
    }

    /// The report of one rebuild: a line per changed input and per post whose card or tags the
    /// build redid, and the diagnostics about those (site-wide ones too); diagnostics about
    /// posts nobody touched were shown when they were touched.
    private func rebuilt(
        changed: [String], previous: BuildManifest, next: BuildManifest, _ summary: BuildSummary, config: SiteConfig
    ) -> Event {
        let rootPrefix = config.root.standardizedFileURL.path + "/"
        let inputs = changed.map { $0.hasPrefix(rootPrefix) ? String($0.dropFirst(rootPrefix.count)) : $0 }
        var touched = Set(inputs)
        touched.formUnion(next.posts.keys.filter { previous.posts[$0] != next.posts[$0] })
        let failed = Set(summary.failures.compactMap(\.file))
        var lines: [String] = []
        for path in touched.sorted() where !failed.contains(path) {
            let old = previous.posts[path]
            guard let new = next.posts[path] else {
                lines.append("\(path): " + (old == nil ? "changed" : "deleted, and its card with it (--prune)"))
                continue
            }
            if !FileManager.default.fileExists(atPath: rootPrefix + path) {
                lines.append(
                    "\(path): deleted; its card stays until `ogcard build --prune`"
                        + (new.card.map { " (\($0))" } ?? ""))
            } else if old?.digest != new.digest || old?.card != new.card {
                lines.append("\(path): " + (new.card.map { "card rendered (\($0))" } ?? "meta tags written"))
            } else {
                lines.append("\(path): card up to date")
            }
        }
        let diagnostics = summary.diagnostics.filter { diagnostic in
            diagnostic.file.map(touched.contains) ?? true
        }
        return .rebuilt(lines: lines, diagnostics: diagnostics)
    }
}
