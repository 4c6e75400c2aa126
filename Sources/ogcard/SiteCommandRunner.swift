import ArgumentParser
import Foundation
import OGCard

/// Runs a site build with progress and the summary, turning outcomes into exit codes.
enum SiteCommandRunner {
    static func run(config: SiteConfig, options: GlobalOptions, build: BuildOptions, verb: String) throws {
        let reporter = ProgressReporter()
        let quiet = options.quiet || options.json
        var summary = BuildSummary()
        var progress: (@Sendable (BuildProgress) -> Void)?
        if !quiet {
            progress = { @Sendable update in reporter.report(update) }
        }
        do throws(Diagnostic) {
            try SiteBuild(config: config, options: build).run(into: &summary, progress: progress) {
                printError("ogcard: another ogcard build is running on this site; waiting for it to finish")
            }
        } catch {
            // What the build found before it had to stop is reported too, first.
            DiagnosticReport.print(summary.diagnostics, quiet: options.quiet, verbose: options.verbose)
            DiagnosticReport.print(error)
            throw ExitStatus.usage
        }
        try BuildReport.finish(summary, options: options, verb: verb)
    }
}
