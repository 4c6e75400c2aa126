import ArgumentParser
import Foundation
import OGCard

/// `--config`: the option of every command that reads a site's configuration.
struct ConfigOptions: ParsableArguments {
    @Option(help: "The ogcard.yml to use (default: found by walking up from the current folder).")
    var config: String?

    /// The site's configuration; exits with status 2 when it cannot be read.
    func loadConfig() throws -> SiteConfig {
        do {
            if let config {
                return try SiteConfigLoader.load(file: URL(fileURLWithPath: config))
            }
            return try SiteConfigLoader.discover(from: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        } catch {
            DiagnosticReport.print(error)
            throw ExitStatus.usage
        }
    }
}
