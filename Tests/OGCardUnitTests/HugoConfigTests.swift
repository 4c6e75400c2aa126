import Foundation
import Testing

@testable import OGCard

/// Hugo's config is read by the same TOML parser as front matter: every TOML form ogcard's
/// values may take is understood, and text that is not TOML is an error at its line.
@Suite struct HugoConfigTests {
    @Test func formsTheLineReaderSkippedAreRead() throws {
        let defaults = try GeneratorConfigReader.readHugo(
            toml: """
                \u{FEFF}baseURL = "https://h.example/"   # a comment
                title = '''Multi
                Line'''
                author = { name = "Inline Table" }
                params.social.twitter = "dotted"
                [[menu.main]]
                name = "Not the author"
                [taxonomies]
                description = \"\"\"
                many lines\"\"\"
                """, file: "hugo.toml")
        #expect(defaults.url == "https://h.example")
        #expect(defaults.name == "Multi\nLine")
        #expect(defaults.author == "Inline Table")
        #expect(defaults.twitter == "dotted")
    }

    @Test func textThatIsNotTOMLIsAnErrorAtItsLine() {
        #expect {
            try GeneratorConfigReader.readHugo(
                toml: "baseURL = 'https://h.example'\ntitle = unquoted\n", file: "hugo.toml")
        } throws: { error in
            guard let error = error as? Diagnostic else { return false }
            return error.file == "hugo.toml" && error.line == 2 && error.step == .readConfig
                && error.reason.contains("TOML")
        }
    }

    @Test func aBrokenHugoConfigStopsTheBuildNamingIt() throws {
        let site = try FileManager.default.url(
            for: .itemReplacementDirectory, in: .userDomainMask, appropriateFor: FileManager.default.temporaryDirectory,
            create: true)
        defer { try? FileManager.default.removeItem(at: site) }
        try Data("baseURL = 'https://h.example'\n[params\n".utf8).write(to: site.appendingPathComponent("hugo.toml"))
        try FileManager.default.createDirectory(
            at: site.appendingPathComponent("content"), withIntermediateDirectories: true)
        #expect(throws: Diagnostic.self) { try SiteConfigLoader.discover(from: site) }
    }
}
