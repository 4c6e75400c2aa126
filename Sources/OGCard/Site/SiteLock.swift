import Foundation

/// An exclusive advisory lock on a site (`flock` on `.ogcard.lock`), so two builds of the same
/// site never interleave their writes. The kernel drops it when the process dies.
///
/// The file may be deleted by `removeFile(root:)` (`ogcard build --watch` does, when it stops),
/// so a lock taken on a file that is no longer the one at the path is let go and taken again.
final class SiteLock {
    private let descriptor: Int32

    /// Takes the lock, waiting for another build to finish; `waiting` is called once if it must wait.
    convenience init(root: URL, waiting: () -> Void) throws(Diagnostic) {
        var waited = false
        try self.init(root: root, blocking: true) {
            if !waited { waiting() }
            waited = true
        }
    }

    /// Takes the lock; when another build holds it, waits (`blocking`) or throws.
    private init(root: URL, blocking: Bool, waiting: () -> Void) throws(Diagnostic) {
        let path = Self.file(root: root)
        while true {
            // O_NOFOLLOW: a lock file that is a symbolic link must not create or open a file elsewhere.
            // Read-only: closing a file opened for writing is a change to file watchers
            // (IN_CLOSE_WRITE), and `jekyll serve` would rebuild on every ogcard build, for ever.
            let descriptor = open(path, O_RDONLY | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o644)
            guard descriptor >= 0 else {
                let reason = errno == ELOOP ? "it is a symbolic link; remove it" : String(cString: strerror(errno))
                throw Diagnostic(file: path, step: .lockSite, reason: reason)
            }
            if flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
                guard blocking else {
                    close(descriptor)
                    throw Diagnostic(file: path, step: .lockSite, reason: "another build holds it")
                }
                waiting()
                guard flock(descriptor, LOCK_EX) == 0 else {
                    let reason = String(cString: strerror(errno))
                    close(descriptor)
                    throw Diagnostic(file: path, step: .lockSite, reason: reason)
                }
            }
            // Still the file at the path? Otherwise its holder deleted it: lock the new one.
            var held = stat()
            var named = stat()
            if fstat(descriptor, &held) == 0, lstat(path, &named) == 0, held.st_ino == named.st_ino,
                held.st_dev == named.st_dev
            {
                self.descriptor = descriptor
                return
            }
            close(descriptor)
        }
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }

    /// The lock file of the site at `root`.
    static func file(root: URL) -> String { root.appendingPathComponent(".ogcard.lock").path }

    /// Deletes the site's lock file unless a build holds it (then that build keeps it).
    static func removeFile(root: URL) {
        guard FileManager.default.fileExists(atPath: file(root: root)),
            let lock = try? SiteLock(root: root, blocking: false, waiting: {})
        else { return }
        // Deleted while held: a build waiting on this file finds it gone and locks a new one.
        unlink(file(root: root))
        withExtendedLifetime(lock) {}
    }
}
