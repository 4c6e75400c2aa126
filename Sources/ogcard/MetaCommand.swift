import ArgumentParser
import Foundation
import OGCard

/// `ogcard meta POST`: a post's meta-tag snippet.
struct MetaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "meta",
        abstract: "Print a post's Open Graph and Twitter meta tags.",
        discussion: """
            Examples:
              ogcard meta _posts/2017-06-02-pycon-us-2017.md
              ogcard meta content/posts/hello.md --format json
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case html, json
    }

    // Only what meta uses: it reads one post, so worker threads, --quiet and --json have no meaning.
    @OptionGroup var site: ConfigOptions

    @Flag(name: .shortAndLong, help: "Also print each finding (e.g. URL text that differs from the front matter).")
    var verbose = false

    @Argument(help: "The post file.")
    var post: String

    @Option(help: "html or json.")
    var format: Format = .html

    func run() throws {
        let config = try site.loadConfig()
        let plan: PostCardPlan
        do {
            plan = try SiteBuild(config: config).plan(postAt: URL(fileURLWithPath: post))
        } catch {
            DiagnosticReport.print(error)
            throw ExitStatus.failures
        }
        print(format == .html ? plan.meta.html() : plan.meta.jsonString(), terminator: "")
        DiagnosticReport.print(plan.diagnostics, verbose: verbose)
    }
}
