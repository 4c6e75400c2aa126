import ArgumentParser
import Foundation
import OGCard

/// Runs a site build with progress and the summary, turning outcomes into exit codes.
enum SiteCommandRunner {
    static func run(config: SiteConfig, options: GlobalOptions, build: BuildOptions, verb: String) throws {
        let reporter = ProgressReporter()
        let quiet = options.quiet || options.json
        let summary: BuildSummary
        var progress: (@Sendable (BuildProgress) -> Void)?
        if !quiet {
            progress = { @Sendable update in reporter.report(update) }
        }
        do throws(BuildFailure) {
            summary = try SiteBuild(config: config, options: build).run(progress: progress) {
                printError("ogcard: another ogcard build is running on this site; waiting for it to finish")
            }
        } catch {
            // Posts that failed before the build had to stop are reported too, first.
            for failure in error.earlierFailures { printError("error: \(failure)") }
            printError("ogcard: \(error)")
            throw ExitCode(2)
        }
        do {
            try BuildReport.finish(summary, options: options, verb: verb)
        } catch let error as ExitCodeError {
            throw ExitCode(error.code)
        }
    }
}
