import Foundation
import OGCard

/// Watches a site's inputs as `ogcard build --watch` does (`WatchSnapshot` stamps; `InotifyWatch`
/// only wakes it up, polling where inotify is missing) and refreshes the previews: only the
/// edited posts when only posts changed, every post (drawing only changed cards) after a
/// config, layout, font or image change. It also notices `ogcard build` writing the manifest,
/// so the gallery's "stale" marks clear after a build. It never builds or writes anything.
final class SiteChangeWatcher {
    private let previewer: SitePreviewer
    private let hub: EventHub
    private let debounce: Duration
    private let poll: Bool
    private let pollInterval = Duration.milliseconds(300)
    private let heartbeatInterval = Duration.seconds(15)

    init(previewer: SitePreviewer, hub: EventHub, debounce: Duration, poll: Bool) {
        self.previewer = previewer
        self.hub = hub
        self.debounce = debounce
        self.poll = poll || ProcessInfo.processInfo.environment["OGCARD_WATCH_POLL"] == "1"
    }

    /// Watches until `stop` returns true (asked at least every 100 ms).
    func run(stop: () -> Bool) {
        guard var config = previewer.config else { return }
        let inotify = poll ? nil : InotifyWatch()
        var seen = snapshot(config)
        var manifestStamp = Self.stamp(SiteBuild.manifestFile(root: config.root).path)
        var polling = inotify.map { !$0.watch(seen.folders) } ?? true
        var lastBeat = ContinuousClock.now
        while !stop() {
            let woke = wait(inotify: polling ? nil : inotify, stop: stop, timeout: polling ? pollInterval : .seconds(1))
            if ContinuousClock.now - lastBeat > heartbeatInterval {
                hub.heartbeat()
                lastBeat = .now
            }
            if !woke && !polling { continue }
            var current = snapshot(config)
            let manifestNow = Self.stamp(SiteBuild.manifestFile(root: config.root).path)
            if current == seen && manifestNow == manifestStamp { continue }
            // Debounce: look again until nothing moved for `debounce`.
            while !stop() {
                _ = wait(inotify: polling ? nil : inotify, stop: stop, timeout: debounce)
                let again = snapshot(config)
                if again == current { break }
                current = again
            }
            if stop() { break }
            let changed = seen.changes(to: current)
            let postsOnly = !changed.isEmpty && changed.allSatisfy { isPost($0, config: config) }
            previewer.refresh(changedPosts: postsOnly ? Set(changed) : nil)
            config = previewer.config ?? config
            seen = snapshot(config)
            manifestStamp = Self.stamp(SiteBuild.manifestFile(root: config.root).path)
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

    private func snapshot(_ config: SiteConfig) -> WatchSnapshot {
        let manifest = (try? BuildManifest.load(from: SiteBuild.manifestFile(root: config.root))) ?? BuildManifest()
        return WatchSnapshot.take(config: config, fonts: previewer.fonts, dependencies: Array(manifest.files.keys))
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
