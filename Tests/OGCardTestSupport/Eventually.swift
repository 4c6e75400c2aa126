public import Foundation

/// Waiting, in tests of programs that run on their own (`ogcard build --watch`, `jekyll serve`),
/// for something they do, with a bound so a test fails rather than hangs.
public enum Eventually {
    /// Checks `condition` every 100 ms until it holds (true) or `timeout` passes (false).
    public static func holds(within timeout: Duration, _ condition: () throws -> Bool) rethrows -> Bool {
        let deadline = ContinuousClock.now + timeout
        while true {
            if try condition() { return true }
            if ContinuousClock.now >= deadline { return false }
            Thread.sleep(forTimeInterval: 0.1)
        }
    }
}
