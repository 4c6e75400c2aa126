import ArgumentParser
import Foundation
import OGCard

/// `ogcard inject DIR --url URL`: cards and meta tags for every page of a built site.
struct InjectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inject",
        abstract: "Give every page of a built site a card and Open Graph/Twitter tags in its <head>.",
        discussion: """
            Works on any generator's output (Hugo, Jekyll, Eleventy, Zola, Astro, Next, plain HTML): \
            run it after the generator. Each page's title, description, date, tags, author and \
            language come from the page itself; cards go to DIR/og/. An ogcard.yml found from the \
            folder upward (or --config) refines: url, name, design, and inject: (cards, include, \
            exclude, designs by glob). Only the page's <head> changes, and a second run changes nothing. Skipped: 404 pages, \
            redirects, noindex pages, <meta name="ogcard" content="skip">, inject.exclude globs.
            Exit status: 0 ok; 1 some pages failed or --check found stale pages; 2 usage or config error.

            Examples:
              hugo && ogcard inject public --url https://example.org
              ogcard inject _site --check          # in CI: fail when a page lacks its tags
              ogcard inject dist --dry-run -v      # what would change, and why
            """)

    @OptionGroup var options: GlobalOptions

    @Argument(help: "The built site's folder (public, _site, dist, out …).")
    var folder: String

    @Option(help: "The site's URL, e.g. https://example.org (default: url: in ogcard.yml or the generator's config).")
    var url: String?

    @Flag(help: "Write nothing; exit 1 listing what is stale.")
    var check = false

    @Flag(help: "Write nothing; say what a run would do.")
    var dryRun = false

    @Flag(help: "Delete cards whose page is gone, and earlier versions of cards (another fingerprint).")
    var prune = false

    func validate() throws {
        if check && dryRun { throw ValidationError("Use --check or --dry-run, not both.") }
        if let url, !(url.hasPrefix("https://") || url.hasPrefix("http://")) {
            throw ValidationError("--url must be an absolute http:// or https:// URL, e.g. https://example.org")
        }
    }

    func run() throws {
        let directory = URL(fileURLWithPath: folder)
        var config: SiteConfig
        do {
            if let file = options.site.config {
                config = try SiteConfigLoader.load(file: URL(fileURLWithPath: file))
            } else {
                config = try SiteConfigLoader.discover(from: directory)
            }
        } catch {
            DiagnosticReport.print(error)
            throw ExitStatus.usage
        }
        if let url { config.url = String(url.reversed().drop { $0 == "/" }.reversed()) }
        let mode: BuildOptions.Mode = check ? .check : dryRun ? .dryRun : .build
        let reporter = ProgressReporter()
        let quiet = options.quiet || options.json
        let progress: (@Sendable (BuildProgress) -> Void)? = quiet ? nil : { @Sendable in reporter.report($0) }
        var summary = BuildSummary()
        let injection = SiteInjection(
            folder: directory, config: config, options: BuildOptions(mode: mode, jobs: options.jobs ?? 0, prune: prune))
        do throws(Diagnostic) {
            summary = try injection.run(progress: progress) {
                printError("ogcard: another ogcard run is writing this folder; waiting for it to finish")
            }
        } catch {
            DiagnosticReport.print(summary.diagnostics, quiet: options.quiet, verbose: options.verbose)
            DiagnosticReport.print(error)
            throw ExitStatus.usage
        }
        try BuildReport.finish(summary, options: options, verb: "inject \(mode.rawValue)") { summary in
            String(
                format:
                    "ogcard inject: %d pages, %d cards rendered, %d up to date, %d pages written, %d failed in %.2fs",
                summary.posts, summary.rendered, summary.skipped, summary.rewritten, summary.failures.count,
                summary.seconds)
                + (summary.hidden > 0 ? String(format: " (%d skipped: no card)", summary.hidden) : "")
        }
    }
}
