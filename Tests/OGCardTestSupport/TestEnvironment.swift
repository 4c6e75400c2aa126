import Foundation

/// What the environment asks of a test run: CI, or re-recording reference files.
public enum TestEnvironment {
    /// Whether `CI` is set, as on CI (`.ci/run`): there everything a test needs must be present.
    public static var isCI: Bool { ProcessInfo.processInfo.environment["CI"] != nil }

    /// Whether the variable `name` is set to `1`.
    public static func isOn(_ name: String) -> Bool { ProcessInfo.processInfo.environment[name] == "1" }

    /// For `.enabled(if:)` on a test that needs something outside the package (a corpus, a
    /// generator): true when it is `available`, and always on CI, where the test then runs and
    /// fails on what is missing. Elsewhere a missing one is reported as a skipped test.
    public static func runs(needing available: Bool) -> Bool { available || isCI }
}
