import Foundation
import OGCard

/// Prints a build's summary for people (stderr) or as JSON (stdout), and maps it to an exit code.
enum BuildReport {
    static func finish(_ summary: BuildSummary, options: GlobalOptions, verb: String) throws {
        for failure in summary.failures { printError("error: \(failure)") }
        if !options.quiet { for warning in summary.warnings { printError("warning: \(warning)") } }
        if options.verbose { for note in summary.notes { printError("note: \(note)") } }
        for line in summary.stale { print(line) }
        if let file = summary.configWritten, !options.quiet {
            printError("ogcard: kept the opengraphimg design in \(file)")
        }
        if !summary.orphans.isEmpty {
            printError("ogcard: \(summary.orphans.count) card(s) whose post is gone: "
                + summary.orphans.prefix(10).joined(separator: ", "))
        }
        if options.json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            print(String(decoding: try encoder.encode(summary), as: UTF8.self))
        } else if !options.quiet || summary.exitCode != 0 {
            printError(String(
                format: "ogcard %@: %d posts, %d rendered, %d up to date, %d rewritten, %d snippets, %d failed in %.2fs",
                verb, summary.posts, summary.rendered, summary.skipped, summary.rewritten, summary.snippetsWritten,
                summary.failures.count, summary.seconds))
        }
        if summary.exitCode != 0 { throw ExitCodeError(code: summary.exitCode) }
    }
}

/// Leaves with a status code after the report was printed.
struct ExitCodeError: Error {
    let code: Int32
}
