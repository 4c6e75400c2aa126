import ArgumentParser
import Foundation
import OGCard

/// `ogcard build`: the build step.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Render missing or stale cards, rewrite posts' image: lines, write meta snippets.",
        discussion: """
            Run it on every site build: with nothing changed it renders nothing and writes nothing.
            Exit status: 0 ok; 1 some posts failed or --check found stale cards; 2 usage or config error.

            Examples:
              ogcard build                 # in a Jekyll or Hugo site, no config needed
              ogcard build --check         # in CI: fail when cards are stale
              ogcard build --dry-run -v    # what would change, and why
              ogcard build --prune         # also delete cards whose post is gone
              ogcard build --drafts        # drafts' cards too, for local previews
              ogcard build --watch         # rebuild as you write; Ctrl-C stops
              ogcard build --strict        # then lint (ogcard lint); exit 1 on lint errors

            --watch builds, then watches the posts, ogcard.yml and the generator's config, the \
            layouts and the fonts (inotify; polling where it is missing, or with OGCARD_WATCH_POLL=1) \
            and rebuilds what changed, printing one line per post. Ctrl-C or SIGTERM stops it between \
            builds with status 0, leaving no temporary file and no lock.
            """)

    @OptionGroup var options: GlobalOptions

    @Flag(help: "Write nothing; exit 1 listing what is stale.")
    var check = false

    @Flag(help: "Write nothing; say what a build would do.")
    var dryRun = false

    @Flag(help: "Delete cards (and snippets) whose post is gone.")
    var prune = false

    @Flag(help: "Also replace image: values that are the posts' own pictures.")
    var force = false

    @Flag(help: "Cards for drafts, unpublished, future and expired posts too (local previews only).")
    var drafts = false
    @Flag(help: "After building, lint the cards and tags (ogcard lint) and exit 1 on lint errors.")
    var strict = false
    @Flag(help: "After building, rebuild whenever a post, the config, a layout or a font changes.")
    var watch = false

    func validate() throws {
        if check && dryRun { throw ValidationError("Use --check or --dry-run, not both.") }
        if watch && (check || dryRun || options.json || strict) {
            throw ValidationError("--watch builds; it cannot be combined with --check, --dry-run, --json or --strict.")
        }
    }

    func run() throws {
        if watch {
            return try WatchRunner.run(
                options: options,
                build: BuildOptions(mode: .build, jobs: options.jobs ?? 0, prune: prune, force: force, drafts: drafts)
            )
        }
        let config = try options.loadConfig()
        let mode: BuildOptions.Mode = check ? .check : dryRun ? .dryRun : .build
        let build = BuildOptions(mode: mode, jobs: options.jobs ?? 0, prune: prune, force: force, drafts: drafts)
        guard strict else {
            return try SiteCommandRunner.run(config: config, options: options, build: build, verb: mode.rawValue)
        }
        // The build's own failures and the lint's errors are both reported; either exits 1.
        var failed: (any Error)?
        do {
            try SiteCommandRunner.run(config: config, options: options, build: build, verb: mode.rawValue)
        } catch let status as ExitCode where status == ExitStatus.failures {
            failed = status
        }
        let report: LintReport
        do {
            report = try SiteLint(config: config, drafts: drafts).run(jobs: options.jobs ?? 0)
        } catch {
            DiagnosticReport.print(error)
            throw ExitStatus.usage
        }
        // On standard error: standard output is the build's (its --json summary).
        try LintCommand.finish(
            report, json: false, quiet: options.quiet,
            verbose: options.verbose, to: .standardError)
        if let failed { throw failed }
    }
}
