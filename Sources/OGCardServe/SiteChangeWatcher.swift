import Foundation
import OGCard

/// Watches a site's inputs as `ogcard build --watch` does (`WatchSnapshot` stamps; `InotifyWatch`
/// only wakes it up, polling where inotify is missing) and refreshes the previews: only the
/// edited posts when only posts changed, every post (drawing only changed cards) after a
/// config, layout, font or image change. It also notices `ogcard build` writing the manifest,
/// so the gallery's "stale" marks clear after a build. It never builds or writes anything.
///
/// Made before the posts are first planned, with the stamps of that moment, so a save made
/// while the first cards are drawn is seen by the first look.
final class SiteChangeWatcher: @unchecked Sendable {
    // @unchecked: made on one thread, then used only by the thread running `run(stop:)`.
    private let previewer: SitePreviewer
    private let hub: EventHub
    private let debounce: Duration
    private let inotify: InotifyWatch?
    private let pollInterval = Duration.milliseconds(300)
    private let heartbeatInterval = Duration.seconds(15)
    private var config: SiteConfig
    private var seen: WatchSnapshot
    private var manifestStamp: [Int64]?
    private var polling: Bool

    init(previewer: SitePreviewer, hub: EventHub, config: SiteConfig, debounce: Duration, poll: Bool) {
        self.previewer = previewer
        self.hub = hub
        self.debounce = debounce
        self.config = config
        let poll = poll || ProcessInfo.processInfo.environment["OGCARD_WATCH_POLL"] == "1"
        inotify = poll ? nil : InotifyWatch()
        seen = Self.snapshot(config, fonts: previewer.fonts)
        manifestStamp = Self.stamp(SiteBuild.manifestFile(root: config.root).path)
        polling = true
        polling = inotify.map { !$0.watch(seen.folders) } ?? true
    }

    /// Watches until `stop` returns true (asked at least every 100 ms).
    func run(stop: () -> Bool) {
        var lastBeat = ContinuousClock.now
        while !stop() {
            let woke = wait(inotify: polling ? nil : inotify, stop: stop, timeout: polling ? pollInterval : .seconds(1))
            if ContinuousClock.now - lastBeat > heartbeatInterval {
                hub.heartbeat()
                lastBeat = .now
            }
            if !woke && !polling { continue }
            var current = snapshot()
            let manifestNow = Self.stamp(SiteBuild.manifestFile(root: config.root).path)
            if current == seen && manifestNow == manifestStamp { continue }
            // Debounce: look again until nothing moved for `debounce`.
            while !stop() {
                _ = wait(inotify: polling ? nil : inotify, stop: stop, timeout: debounce)
                let again = snapshot()
                if again == current { break }
                current = again
            }
            if stop() { break }
            let changed = seen.changes(to: current)
            let postsOnly = !changed.isEmpty && changed.allSatisfy { isPost($0, config: config) }
            // The stamps before the refresh: a save during it is a change at the next look.
            seen = current
            manifestStamp = manifestNow
            previewer.refresh(changedPosts: postsOnly ? Set(changed) : nil)
            if !postsOnly, let reloaded = previewer.config {
                // The config may name other folders and files now: watch those, from their
                // stamps before the refresh.
                config = reloaded
                seen = snapshot().keepingStamps(of: current)
            }
            if let inotify, !polling { polling = !inotify.watch(seen.folders) }
        }
    }

    /// Whether `path` is inside one of the posts folders (a post edited, added or removed).
    private func isPost(_ path: String, config: SiteConfig) -> Bool {
        let root = config.root.standardizedFileURL.path
        return config.posts.contains { pattern in
            let folder = URL(fileURLWithPath: root + "/" + SiteConfig.folderPart(ofGlob: pattern)).standardizedFileURL
            return path.hasPrefix(folder.path + "/")
        }
    }

    private func snapshot() -> WatchSnapshot { Self.snapshot(config, fonts: previewer.fonts) }

    private static func snapshot(_ config: SiteConfig, fonts: FontSet) -> WatchSnapshot {
        let manifest = (try? BuildManifest.load(from: SiteBuild.manifestFile(root: config.root))) ?? BuildManifest()
        return WatchSnapshot.take(config: config, fonts: fonts, dependencies: Array(manifest.files.keys))
    }

    /// Waits for an inotify event or `timeout`; false when nothing arrived (or `stop` said so).
    private func wait(inotify: InotifyWatch?, stop: () -> Bool, timeout: Duration) -> Bool {
        let deadline = ContinuousClock.now + timeout
        while !stop() {
            let left = deadline - ContinuousClock.now
            if left <= .zero { return false }
            let slice = min(left, .milliseconds(100))
            if let inotify {
                if inotify.wait(timeout: slice) { return true }
            } else {
                Thread.sleep(
                    forTimeInterval: Double(slice.components.attoseconds) / 1e18 + Double(slice.components.seconds))
            }
        }
        return false
    }

    /// Size, modification time and inode of `path`, or nil when it does not exist.
    private static func stamp(_ path: String) -> [Int64]? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return [Int64(info.st_size), Int64(info.st_mtim.tv_sec), Int64(info.st_mtim.tv_nsec), Int64(info.st_ino)]
    }
}
