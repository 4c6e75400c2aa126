import Foundation
import OGCard
import Synchronization

/// Shows build progress: a bar redrawn in place on a terminal; plain lines (every 10 %) when
/// output is not a terminal or `CI` is set.
final class ProgressReporter: Sendable {
    private let interactive: Bool
    private let lastShown = Mutex<(percent: Int, time: Double)>((-1, -1))

    init() {
        interactive = isatty(STDERR_FILENO) == 1 && ProcessInfo.processInfo.environment["CI"] == nil
    }

    func report(_ progress: BuildProgress) {
        guard progress.total > 0 else { return }
        let percent = progress.done * 100 / progress.total
        let rate = progress.elapsed > 0 ? Double(progress.rendered) / progress.elapsed : 0
        let shouldShow = lastShown.withLock { last -> Bool in
            let due =
                interactive
                ? progress.elapsed - last.time >= 0.1 || progress.done == progress.total
                : percent / 10 != last.percent / 10 || progress.done == progress.total
            if due { last = (percent, progress.elapsed) }
            return due
        }
        guard shouldShow else { return }
        let remaining =
            progress.done > 0 ? progress.elapsed * Double(progress.total - progress.done) / Double(progress.done) : 0
        let counts = String(format: "%d/%d  %.0f cards/s  ETA %.0fs", progress.done, progress.total, rate, remaining)
        if interactive {
            let width = 30
            let filled = width * progress.done / progress.total
            let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
            printError(
                "\r\(bar) \(percent)%  \(counts)\u{1B}[K", terminator: progress.done == progress.total ? "\n" : "")
        } else {
            printError("progress: \(percent)%  \(counts)")
        }
    }
}
