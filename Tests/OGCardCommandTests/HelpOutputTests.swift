import Foundation
import OGCardTestSupport
import Testing

/// `ogcard --help` and every subcommand's `--help`, compared whole with `Expected/help*.txt`:
/// a changed flag, default or wording shows up here as a diff to look at.
///
/// After a deliberate change to the commands, re-record every expected file with one command
/// (then read the diff and commit it):
///
///     OGCARD_RECORD_HELP=1 swift test --filter HelpOutputTests
@Suite struct HelpOutputTests {
    /// Every subcommand, in the order `ogcard --help` lists them.
    static let subcommands = ["init", "build", "regenerate", "preview", "meta", "inject", "lint", "serve", "bench"]

    /// Help is wrapped to the terminal's width; 80 columns whatever the caller's `COLUMNS`.
    static let environment = ["COLUMNS": "80"]

    static func expected(_ name: String) -> ReferenceFile {
        ReferenceFile(
            URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Expected/\(name).txt"),
            recordVariable: "OGCARD_RECORD_HELP")
    }

    @Test func rootHelpListsEverySubcommand() throws {
        let run = try Program.ogcard.run(
            ["--help"], in: FileManager.default.temporaryDirectory, environment: Self.environment)
        #expect(run.status == 0 && run.stderr.isEmpty, "\(run)")
        try Self.expected("help").check(run.stdout)
        // The list above is the commands' own: a new subcommand needs its expected file.
        let section =
            run.stdout.components(separatedBy: "SUBCOMMANDS:\n").dropFirst().first?
            .components(separatedBy: "\n\n").first ?? ""
        let listed = section.split(separator: "\n").filter { !$0.hasPrefix("   ") }
            .compactMap { $0.split(separator: " ").first.map(String.init) }
        #expect(listed == Self.subcommands)
    }

    @Test(arguments: subcommands)
    func subcommandHelp(_ subcommand: String) throws {
        let run = try Program.ogcard.run(
            [subcommand, "--help"], in: FileManager.default.temporaryDirectory, environment: Self.environment)
        #expect(run.status == 0 && run.stderr.isEmpty, "\(run)")
        try Self.expected("help-\(subcommand)").check(run.stdout)
    }
}
