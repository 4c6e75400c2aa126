import Synchronization

/// Counts finished posts across workers and reports a `BuildProgress` after each.
final class BuildProgressCounter: Sendable {
    private let total: Int
    private let alreadyDone: Int
    private let alreadyFailed: Int
    private let start: ContinuousClock.Instant
    private let report: (@Sendable (BuildProgress) -> Void)?
    private let counts = Mutex((done: 0, rendered: 0, failed: 0))

    /// A counter for `total` posts, `alreadyDone` of them (`alreadyFailed` failed) by the scan.
    init(
        total: Int, alreadyDone: Int, alreadyFailed: Int, start: ContinuousClock.Instant,
        report: (@Sendable (BuildProgress) -> Void)?
    ) {
        self.total = total
        self.alreadyDone = alreadyDone
        self.alreadyFailed = alreadyFailed
        self.start = start
        self.report = report
    }

    /// One more post finished, having rendered `rendered` cards and failed or not.
    func finished(rendered: Int, failed: Bool) {
        let now = counts.withLock { counts in
            counts.done += 1
            counts.rendered += rendered
            counts.failed += failed ? 1 : 0
            return counts
        }
        report?(
            BuildProgress(
                done: alreadyDone + alreadyFailed + now.done, total: total, rendered: now.rendered,
                failed: alreadyFailed + now.failed, elapsed: (ContinuousClock.now - start).seconds))
    }
}
