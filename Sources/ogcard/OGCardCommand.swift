import ArgumentParser
import OGCard

/// The `ogcard` command: subcommands for the build step, batch regeneration and previews.
@main
struct OGCardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ogcard",
        abstract: "Render social cards and Open Graph meta tags for static-site posts, locally.",
        version: OGCardVersion.string,
        subcommands: [InitCommand.self, BuildCommand.self, RegenerateCommand.self, PreviewCommand.self, MetaCommand.self, BenchCommand.self])
}
