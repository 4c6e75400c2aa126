import Foundation
import OGCard
import OGCardTestSupport
import Testing

/// `ogcard init` as users run it: the built executable in a fixture site.
@Suite struct InitCommandTests {
    /// A fixture Jekyll site in a fresh temporary folder.
    func jekyllSite() throws -> TemporarySite {
        let site = try TemporarySite()
        try site.write("_config.yml", "title: Init Blog\nurl: https://init.example.net\nauthor: Ina\n")
        try site.write("_posts/2024-01-01-first.md", "---\ntitle: First\n---\nHello\n")
        return site
    }

    @Test func writesAConfigThatLoads() throws {
        let site = try jekyllSite()
        defer { site.remove() }
        let root = site.root
        let run = try Program.ogcard.run(["init"], in: root)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.isEmpty)
        #expect(
            run.stderr.contains(
                "wrote \(root.appendingPathComponent("_ogcard.yml").path) for a Jekyll site (1 posts read)"))
        // In a Jekyll site, the name Jekyll never publishes.
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("ogcard.yml").path))
        let config = try SiteConfigLoader.load(file: root.appendingPathComponent("_ogcard.yml"))
        #expect(config.url == "https://init.example.net")
        #expect(config.name == "Init Blog")
        #expect(config.author == "Ina")
        #expect(config.design == .ogcard)
    }

    @Test func neverReplacesAnExistingConfig() throws {
        let site = try jekyllSite()
        defer { site.remove() }
        let root = site.root
        let mine = "# mine\nname: Kept\n"
        try mine.write(to: root.appendingPathComponent("ogcard.yml"), atomically: true, encoding: .utf8)
        let run = try Program.ogcard.run(["init"], in: root)
        #expect(run.status == 1)
        #expect(run.stderr.contains("ogcard.yml already exists; init never replaces it"))
        #expect(try String(contentsOf: root.appendingPathComponent("ogcard.yml"), encoding: .utf8) == mine)
    }

    @Test func printShowsTheFileAndWritesNothing() throws {
        let site = try jekyllSite()
        defer { site.remove() }
        let root = site.root
        let run = try Program.ogcard.run(["init", "--print", root.path], in: FileManager.default.temporaryDirectory)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("# ogcard settings for this Jekyll site, written by `ogcard init`.\n"))
        #expect(run.stdout.contains("\nurl: https://init.example.net  # from _config.yml\n"))
        #expect(run.stdout.contains("\ndesign: ogcard\n"))
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("ogcard.yml").path))
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("_ogcard.yml").path))
    }

    @Test func anUnreadableSiteConfigIsAConfigError() throws {
        let site = try jekyllSite()
        defer { site.remove() }
        let root = site.root
        try "title: [unclosed\n".write(
            to: root.appendingPathComponent("_config.yml"), atomically: true, encoding: .utf8)
        let run = try Program.ogcard.run(["init"], in: root)
        #expect(run.status == 2)
        #expect(run.stderr.contains("_config.yml:"))
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("_ogcard.yml").path))
    }
}
