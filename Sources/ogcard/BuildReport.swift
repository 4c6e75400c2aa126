import Foundation
import OGCard

/// Prints a build's summary for people (stderr) or as JSON (stdout), and maps it to an exit code.
enum BuildReport {
    /// `describe` words the summary line for a command other than `build` (`inject`).
    static func finish(
        _ summary: BuildSummary, options: GlobalOptions, verb: String,
        describe: ((BuildSummary) -> String)? = nil
    ) throws {
        DiagnosticReport.print(summary.diagnostics, quiet: options.quiet, verbose: options.verbose)
        for line in summary.stale { print(line) }
        if let file = summary.configWritten, !options.quiet {
            printError("ogcard: kept the opengraphimg design in \(file)")
        }
        if !summary.orphans.isEmpty {
            printError(
                "ogcard: \(summary.orphans.count) card(s) whose post is gone: "
                    + summary.orphans.prefix(10).joined(separator: ", "))
        }
        if options.json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            print(String(decoding: try encoder.encode(summary), as: UTF8.self))
        } else if let describe, !options.quiet || !summary.succeeded {
            printError(describe(summary))
        } else if !options.quiet || !summary.succeeded {
            printError(
                String(
                    format:
                        "ogcard %@: %d posts, %d rendered, %d up to date, %d rewritten, %d snippets, %d failed in %.2fs",
                    verb, summary.posts, summary.rendered, summary.skipped, summary.rewritten, summary.snippetsWritten,
                    summary.failures.count, summary.seconds)
                    + (summary.hidden > 0 ? String(format: " (%d not published: no card)", summary.hidden) : ""))
        }
        let status = ExitStatus.of(summary)
        if status != ExitStatus.success { throw status }
    }
}
