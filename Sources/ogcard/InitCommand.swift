import ArgumentParser
import Foundation
import OGCard

/// `ogcard init`: writes a commented ogcard.yml from what the site already says.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write a commented ogcard.yml (_ogcard.yml in a Jekyll site) from the site's own config and posts.",
        discussion: """
            Reads Jekyll's _config.yml, Hugo's hugo.toml or config.toml, or an Eleventy config and its \
            _data/metadata.json, finds the posts folder, and picks the design: ogcard's own, or the \
            opengraphimg style most posts' image: URLs use. In a Jekyll site the file is _ogcard.yml, which \
            Jekyll never publishes. It never replaces an existing ogcard.yml or _ogcard.yml, and warns when a \
            layout uses both {% seo %} and ogcard's include.
            Exit status: 0 written (or printed); 1 the config already exists; 2 the site config is unreadable.

            Examples:
              ogcard init            # in the site's folder
              ogcard init --print    # show the file without writing it
              ogcard init path/to/site
            """)

    @Argument(help: "The site's folder (default: the current folder).")
    var directory: String?

    @Flag(help: "Print the file instead of writing it.")
    var print = false

    func run() throws {
        let root = URL(fileURLWithPath: directory ?? FileManager.default.currentDirectoryPath, isDirectory: true)
        if let existing = SiteConfigLoader.findConfigFile(from: root),
            existing.deletingLastPathComponent().standardizedFileURL == root.standardizedFileURL, !print
        {
            printError(
                "ogcard: \(existing.path) already exists; init never replaces it (edit it, or move it away and run init again)"
            )
            throw ExitStatus.failures
        }
        let survey: SiteSurvey
        do {
            survey = try SiteSurvey.inspect(root: root)
        } catch {
            DiagnosticReport.print(error)
            throw ExitStatus.usage
        }
        // Jekyll publishes every root file not starting with `_`: there the config is _ogcard.yml.
        let file = SiteConfigLoader.newConfigFile(
            root: root, generator: survey.generator == .jekyll ? .jekyll : .unknown)
        let text = survey.configText()
        if print {
            Swift.print(text, terminator: "")
        } else {
            do {
                // Without overwriting: a file that appeared since the check above is not replaced.
                try Data(text.utf8).write(to: file, options: .withoutOverwriting)
            } catch {
                printError("ogcard: \(file.path): writing the config: \(error.localizedDescription)")
                throw ExitStatus.usage
            }
        }
        for note in survey.notes { printError("ogcard: note: \(note)") }
        if survey.generator == .jekyll {
            DiagnosticReport.print(JekyllSiteChecks.duplicateTagWarnings(root: root))
        }
        if !print {
            printError(
                "ogcard: wrote \(file.path) for a \(survey.generator.displayName) site (\(survey.postsRead) posts read)"
            )
        }
    }
}
