import ArgumentParser
import Foundation
import OGCard

/// Options of the commands that build a site (`build`, `regenerate`).
struct GlobalOptions: ParsableArguments {
    @OptionGroup var site: ConfigOptions

    @Option(help: "Worker threads (default: all cores).")
    var jobs: Int?

    @Flag(name: .shortAndLong, help: "Print only failures and the summary.")
    var quiet = false

    @Flag(name: .shortAndLong, help: "Also print each finding (e.g. URL text that differs from the front matter).")
    var verbose = false

    @Flag(help: "Print one machine-readable JSON summary on standard output.")
    var json = false

    func validate() throws {
        if let jobs, jobs < 0 { throw ValidationError("--jobs must be 0 (all cores) or more.") }
    }

    /// The site's configuration; exits with status 2 when it cannot be read.
    func loadConfig() throws -> SiteConfig { try site.loadConfig() }
}
