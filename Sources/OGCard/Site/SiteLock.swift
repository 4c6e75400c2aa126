import Foundation

/// An exclusive advisory lock on a site (`flock` on `.ogcard.lock`), so two builds of the same
/// site never interleave their writes. The kernel drops it when the process dies.
final class SiteLock {
    private let descriptor: Int32

    /// Takes the lock, waiting for another build to finish; `waiting` is called once if it must wait.
    init(root: URL, waiting: () -> Void) throws(Diagnostic) {
        let path = root.appendingPathComponent(".ogcard.lock").path
        // O_NOFOLLOW: a lock file that is a symbolic link must not create or open a file elsewhere.
        descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o644)
        guard descriptor >= 0 else {
            let reason = errno == ELOOP ? "it is a symbolic link; remove it" : String(cString: strerror(errno))
            throw Diagnostic(file: path, step: .lockSite, reason: reason)
        }
        if flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            waiting()
            guard flock(descriptor, LOCK_EX) == 0 else {
                let reason = String(cString: strerror(errno))
                close(descriptor)
                throw Diagnostic(file: path, step: .lockSite, reason: reason)
            }
        }
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
