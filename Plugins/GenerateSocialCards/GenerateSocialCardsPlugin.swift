import Foundation
import PackagePlugin

/// `swift package generate-social-cards [ogcard build options]`: runs `ogcard build` in the
/// package's folder. Thin on purpose: every decision is the executable's, so the plugin and
/// the command line can never disagree.
@main
struct GenerateSocialCardsPlugin: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        let ogcard = try context.tool(named: "ogcard")
        let process = Process()
        process.executableURL = ogcard.url
        process.arguments = ["build"] + arguments
        // ogcard finds ogcard.yml or _ogcard.yml (or _config.yml, hugo.toml) from its working folder.
        process.currentDirectoryURL = context.package.directoryURL
        try process.run()
        process.waitUntilExit()

        guard process.terminationReason == .exit else {
            Diagnostics.error("ogcard build was stopped by signal \(process.terminationStatus)")
            throw PluginFailure(status: process.terminationStatus)
        }
        switch process.terminationStatus {
        case 0:
            return
        case 1:
            Diagnostics.error(
                "ogcard build: some posts failed, or --check found stale cards (exit 1); the lines above name each post, step and reason"
            )
        case 2:
            Diagnostics.error(
                "ogcard build: usage or configuration error (exit 2); the line above names the file and line to fix")
        default:
            Diagnostics.error("ogcard build exited with status \(process.terminationStatus)")
        }
        throw PluginFailure(status: process.terminationStatus)
    }
}

/// The exit status that made the plugin fail; the diagnostic already says why.
struct PluginFailure: Error, CustomStringConvertible {
    /// ogcard's exit status (or signal number).
    let status: Int32

    var description: String { "ogcard build failed (status \(status))" }
}
