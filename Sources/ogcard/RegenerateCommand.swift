import ArgumentParser
import Foundation
import OGCard

/// `ogcard regenerate`: re-render cards whatever the manifest says.
struct RegenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "regenerate",
        abstract: "Re-render every card (or the given posts), e.g. after a design change.",
        discussion: """
            Examples:
              ogcard regenerate                         # every card, on all cores
              ogcard regenerate _posts/2017-06-02-pycon-us-2017.md
              ogcard regenerate '_posts/2024-*' --jobs 4
              ogcard regenerate --tag python --since 2020-01-01
            """)

    @OptionGroup var options: GlobalOptions

    @Argument(help: "Posts, folders or globs relative to the site root (default: all).")
    var paths: [String] = []

    @Option(help: "Only posts with this tag (repeatable).")
    var tag: [String] = []

    @Option(help: "Only posts dated on or after this day (YYYY-MM-DD).")
    var since: String?

    @Flag(help: "Cards for drafts, unpublished, future and expired posts too (local previews only).")
    var drafts = false

    func validate() throws {
        if let since, PostDate(parsing: since) == nil {
            throw ValidationError("--since wants a date such as 2020-01-31, not '\(since)'.")
        }
    }

    func run() throws {
        let config = try options.loadConfig()
        let root = config.root.standardizedFileURL.path
        let cwd = FileManager.default.currentDirectoryPath
        // Paths are taken relative to the site root, or to the current folder when they exist there.
        let relativePaths = paths.map { path -> String in
            let absolute = path.hasPrefix("/") ? path : cwd + "/" + path
            if FileManager.default.fileExists(atPath: absolute), absolute.hasPrefix(root + "/") {
                return String(absolute.dropFirst(root.count + 1))
            }
            return path
        }
        let selection = PostSelection(
            paths: relativePaths, tags: tag, since: since.flatMap { PostDate(parsing: $0)?.day })
        try SiteCommandRunner.run(
            config: config, options: options,
            build: BuildOptions(mode: .regenerate, jobs: options.jobs ?? 0, selection: selection, drafts: drafts),
            verb: "regenerate")
    }
}
