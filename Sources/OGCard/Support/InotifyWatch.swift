import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// One inotify instance: the descriptor it owns (closed in deinit) and the folders it watches.
///
/// Used only to wake the watcher up: what changed is decided by comparing file stamps
/// (`WatchSnapshot`), so lost or merged events (a full queue, a folder created and filled
/// before its watch was added) cannot make a change go unseen, only noticed a little later.
package final class InotifyWatch {
    private let descriptor: Int32
    /// Watched folder path → watch descriptor.
    private var watches: [String: Int32] = [:]

    /// A new instance, or nil where inotify is not available (not Linux, or the per-user
    /// instance limit is reached): the caller polls instead.
    package init?() {
        #if canImport(Glibc)
            descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
            if descriptor < 0 { return nil }
        #else
            return nil
        #endif
    }

    deinit {
        #if canImport(Glibc)
            close(descriptor)
        #endif
    }

    /// Watches exactly `folders` from now on: new ones added, vanished ones dropped. Returns
    /// false when a folder could not be watched (the per-user watch limit): the caller polls.
    package func watch(_ folders: Set<String>) -> Bool {
        #if canImport(Glibc)
            for (folder, watch) in watches where !folders.contains(folder) {
                inotify_rm_watch(descriptor, watch)
                watches[folder] = nil
            }
            let events =
                IN_CREATE | IN_DELETE | IN_MODIFY | IN_CLOSE_WRITE | IN_MOVED_FROM | IN_MOVED_TO | IN_ATTRIB
                | IN_DELETE_SELF | IN_MOVE_SELF | IN_ONLYDIR
            for folder in folders.sorted() where watches[folder] == nil {
                let watch = inotify_add_watch(descriptor, folder, UInt32(events))
                if watch >= 0 {
                    watches[folder] = watch
                } else if errno == ENOSPC || errno == ENOMEM {
                    return false
                }
                // Other failures (the folder vanished meanwhile) are noticed by the next snapshot.
            }
            return true
        #else
            return false
        #endif
    }

    /// Waits up to `timeout` for events; returns whether any arrived (all pending ones are read).
    package func wait(timeout: Duration) -> Bool {
        #if canImport(Glibc)
            var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            let milliseconds = Int32(max(0, min(timeout.seconds * 1000, 60_000)))
            guard poll(&request, 1, milliseconds) > 0 else { return false }
            var buffer = [UInt8](repeating: 0, count: 64 * 1024)
            var any = false
            while true {
                let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
                if count <= 0 { break }
                any = true
            }
            return any
        #else
            return false
        #endif
    }
}
