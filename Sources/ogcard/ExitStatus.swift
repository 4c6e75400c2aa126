import ArgumentParser
import OGCard

/// ogcard's exit statuses, decided here and nowhere else (the README lists them):
/// 0 all well; 1 a post failed, or a check found stale cards; 2 a usage or configuration error,
/// or a site-wide step (lock, manifest, posts folder, fonts, a full disk) stopped the build.
enum ExitStatus {
    /// All well.
    static let success = ExitCode(0)
    /// A post failed, or `--check` found stale cards.
    static let failures = ExitCode(1)
    /// Bad arguments or config, or a site-wide step failed.
    static let usage = ExitCode(2)

    /// The status a finished build leaves with.
    static func of(_ summary: BuildSummary) -> ExitCode {
        summary.succeeded ? success : failures
    }
}
