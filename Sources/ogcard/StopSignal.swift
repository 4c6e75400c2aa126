import Foundation
import Synchronization

/// The signal received, or 0 (a global: a C signal handler cannot capture anything).
private let stopSignalReceived = Atomic<Int32>(0)

/// SIGINT and SIGTERM as a request to stop, for commands that run until interrupted
/// (`ogcard build --watch`): the handler only records the signal, and the command stops at
/// its next safe point (between builds), so no build is cut off halfway.
enum StopSignal {
    /// Installs the handlers. A second signal of the same kind ends the process at once
    /// (`SA_RESETHAND`): the next build sweeps any temporary file that leaves.
    static func install() {
        // A parent may start us with these blocked (a thread of a test runner, some process
        // supervisors); blocked, the handler would never run.
        var signals = sigset_t()
        sigemptyset(&signals)
        sigaddset(&signals, SIGINT)
        sigaddset(&signals, SIGTERM)
        pthread_sigmask(SIG_UNBLOCK, &signals, nil)
        for signal in [SIGINT, SIGTERM] {
            var action = sigaction()
            #if canImport(Glibc)
                action.__sigaction_handler.sa_handler = { stopSignalReceived.store($0, ordering: .relaxed) }
            #else
                action.__sigaction_u.__sa_handler = { stopSignalReceived.store($0, ordering: .relaxed) }
            #endif
            action.sa_flags = Int32(truncatingIfNeeded: SA_RESETHAND)
            sigemptyset(&action.sa_mask)
            sigaction(signal, &action, nil)
        }
    }

    /// Whether a stop was asked for.
    static var requested: Bool { stopSignalReceived.load(ordering: .relaxed) != 0 }
}
