import ArgumentParser
import OGCard

/// The `ogcard` command: subcommands for the build step, batch regeneration and previews.
@main
struct OGCardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ogcard",
        abstract: "Render social cards and Open Graph meta tags for static-site posts, locally.",
        version: OGCardVersion.string,
        subcommands: [
            InitCommand.self, BuildCommand.self, RegenerateCommand.self, PreviewCommand.self, MetaCommand.self,
            InjectCommand.self, LintCommand.self, ServeCommand.self, BenchCommand.self,
        ])

    /// Runs the command line. ArgumentParser exits 64 (EX_USAGE) for a usage error (an unknown
    /// option, a `ValidationError`); ogcard promises 2 for every usage or configuration error, so
    /// scripts need to tell apart only 0, 1 and 2. Everything else exits as ArgumentParser decides.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            guard exitCode(for: error) == .validationFailure else { exit(withError: error) }
            let message = fullMessage(for: error)
            if !message.isEmpty { printError(message) }
            exit(withError: ExitStatus.usage)
        }
    }
}
