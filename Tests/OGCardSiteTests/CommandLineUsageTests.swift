import Foundation
import OGCardTestSupport
import Testing

@testable import OGCard

/// Usage errors exit 2, as the README promises (ArgumentParser alone would exit 64), and each
/// command takes only the options it uses.
@Suite struct CommandLineUsageTests {
    @Test(arguments: [
        ["build", "--nope"],
        ["build", "--check", "--dry-run"],
        ["build", "--jobs", "-1"],
        ["regenerate", "--since", "yesterday"],
        ["preview"],
        ["preview", "--title", "x", "--style", "nope"],
        ["preview", "--title", "x", "--date", "2024-13-45"],
        ["preview", "--title", "x", "--set", "novalue"],
        ["meta"],
        ["bench", "--style", "nope"],
        ["nonsense"],
    ])
    func usageErrorsExit2WithTheUsage(arguments: [String]) throws {
        let site = try TemporarySite()
        defer { site.remove() }
        let result = try Program.ogcard.run(arguments, in: site.root)
        #expect(result.status == 2, "\(arguments): \(result.stderr)")
        #expect(result.stderr.hasPrefix("Error: "), "\(arguments): \(result.stderr)")
        #expect(result.stderr.contains("Usage: ogcard"), "\(arguments)")
        #expect(result.stdout.isEmpty)
    }

    @Test func helpAndVersionStillExit0() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        #expect(try Program.ogcard.run(["--help"], in: site.root).status == 0)
        #expect(try Program.ogcard.run(["preview", "--help"], in: site.root).status == 0)
        #expect(try Program.ogcard.run(["--version"], in: site.root).status == 0)
    }

    @Test(arguments: ["--jobs", "--json", "--quiet"])
    func metaRefusesTheBuildOptions(option: String) throws {
        let site = try TemporarySite.copy()
        defer { site.remove() }
        let arguments = ["meta", "_posts/2020-04-14-rtl-titles.md", option] + (option == "--jobs" ? ["2"] : [])
        let result = try Program.ogcard.run(arguments, in: site.root)
        #expect(result.status == 2)
        #expect(result.stderr.contains("Unknown option '\(option)'"), "\(result.stderr)")
        let help = try Program.ogcard.run(["meta", "--help"], in: site.root)
        #expect(!help.stdout.contains(option))
    }

    @Test func metaTakesTheOptionsItUses() throws {
        let site = try TemporarySite.copy()
        defer { site.remove() }
        let result = try Program.ogcard.run(
            ["meta", "_posts/2020-04-14-rtl-titles.md", "--config", "ogcard.yml", "-v", "--format", "json"],
            in: site.root)
        #expect(result.status == 0, "\(result.stderr)")
        let tags = try JSONDecoder().decode([MetaTag].self, from: Data(result.stdout.utf8))
        #expect(tags.contains { $0.key == "og:title" })
    }
}
