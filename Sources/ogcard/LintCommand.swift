import ArgumentParser
import Foundation
import OGCard

/// `ogcard lint`: cards and tags against every platform's rules.
struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract:
            "Check cards and meta tags against what Facebook, X, LinkedIn, Slack, Discord, Mastodon, WhatsApp and iMessage accept.",
        discussion: """
            In a site: every published post's tags as ogcard writes them, its card file (size, type, \
            dimensions) and its card's pixels (each text layer's WCAG contrast against what is behind \
            it; text X's 2:1 crop cuts off). With --html DIR: the tags in the heads of a built site's \
            pages, whoever wrote them, and the image files they name. The rules, with a source link \
            each, are in Assets/lint/platforms.yml.
            Exit status: 0 clean or warnings only; 1 errors; 2 usage or config error.

            Examples:
              ogcard lint                       # the site's posts
              ogcard lint '_posts/2024-*'       # some of them
              ogcard lint --html _site          # a built site's pages
              ogcard lint --json | jq '.items[] | select(.findings != [])'
            """)

    @OptionGroup var site: ConfigOptions

    @Argument(help: "Posts to lint (paths or globs from the site root; default: all).")
    var posts: [String] = []

    @Option(help: "Lint the pages of this built site's folder instead of the site's posts.")
    var html: String?

    @Option(help: "Worker threads (default: all cores).")
    var jobs: Int?

    @Flag(help: "Drafts, future and unpublished posts too.")
    var drafts = false

    @Flag(name: .shortAndLong, help: "Print only errors and the summary.")
    var quiet = false

    @Flag(name: .shortAndLong, help: "Also print notes, clean items and each text layer's contrast.")
    var verbose = false

    @Flag(help: "Print the report as JSON on standard output.")
    var json = false

    func validate() throws {
        if let jobs, jobs < 0 { throw ValidationError("--jobs must be 0 (all cores) or more.") }
        if html != nil && (!posts.isEmpty || drafts) {
            throw ValidationError("--html lints a built site's pages; it takes no posts and no --drafts.")
        }
    }

    func run() throws {
        let report: LintReport
        do {
            if let html {
                report = try PageLint(root: URL(fileURLWithPath: html)).run()
            } else {
                let config = try site.loadConfig()
                report = try SiteLint(config: config, drafts: drafts).run(only: posts, jobs: jobs ?? 0)
            }
        } catch let error as Diagnostic {
            DiagnosticReport.print(error)
            throw ExitStatus.usage
        }
        try LintCommand.finish(report, json: json, quiet: quiet, verbose: verbose, to: .standardOutput)
    }

    /// Prints `report` and exits 1 when it has errors.
    static func finish(_ report: LintReport, json: Bool, quiet: Bool, verbose: Bool, to output: FileHandle) throws {
        if json {
            output.write(report.json())
        } else {
            output.write(Data(LintPrinter.table(report, quiet: quiet, verbose: verbose).utf8))
        }
        if report.errors > 0 { throw ExitStatus.failures }
    }
}
