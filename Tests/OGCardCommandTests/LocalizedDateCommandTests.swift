import Foundation
import OGCardTestSupport
import Testing

@testable import OGCard

/// Issue 13: a French or Chinese post's card carries its date in that language, and the
/// built `ogcard` draws the same bytes whatever the machine's locale says.
@Suite struct LocalizedDateCommandTests {
    static let environments: [[String: String]] = [
        ["LANG": "C", "LC_ALL": "C"],
        ["LANG": "en_US.UTF-8", "LC_ALL": ""],
        ["LANG": "fr_FR.UTF-8", "LC_ALL": "fr_FR.UTF-8", "LANGUAGE": "fr"],
        ["LANG": "ja_JP.UTF-8", "LC_ALL": "ja_JP.UTF-8", "LANGUAGE": "ja"],
        ["LANG": "ar_EG.UTF-8", "LC_ALL": "ar_EG.UTF-8", "LANGUAGE": "ar"],
    ]

    static func site() throws -> TemporarySite {
        let site = try TemporarySite()
        try site.write("ogcard.yml", "url: https://example.org\nname: Notes\ndesign: ogcard\n")
        try site.write(
            "_posts/2017-04-06-bonjour.md",
            "---\ntitle: \"Bonjour <em>le monde</em>\"\nlang: fr\ndate: 2017-04-06\ntags: [web]\n---\nTexte.\n")
        try site.write(
            "_posts/2017-04-06-nihao.md",
            "---\ntitle: \"如何理解 <code>document</code> 对象\"\ndate: 2017-04-06\ntags: [web]\n---\n正文。\n")
        return site
    }

    @Test(arguments: ["bonjour", "nihao"])
    func cardsAreTheSameBytesUnderEveryLocale(post: String) throws {
        let site = try Self.site()
        defer { site.remove() }
        var cards: [Data] = []
        for (index, environment) in Self.environments.enumerated() {
            let result = try Program.ogcard.run(
                ["preview", "_posts/2017-04-06-\(post).md", "-o", "out/\(index).png"], in: site.root,
                environment: environment)
            #expect(result.status == 0, "\(environment): \(result.stderr)")
            cards.append(try site.bytes("out/\(index).png"))
        }
        #expect(Set(cards).count == 1, "\(post): cards differ between locales")
        // The meta title is the plain text, tags gone and nothing else lost.
        let meta = try Program.ogcard.run(["meta", "_posts/2017-04-06-\(post).md"], in: site.root)
        let title = MetaSnippet.parse(meta.stdout)["og:title"]
        #expect(title == [post == "bonjour" ? "Bonjour le monde" : "如何理解 document 对象"])
    }

    @Test func theDateIsInThePostsLanguage() throws {
        let site = try Self.site()
        defer { site.remove() }
        // The same post drawn in English and in French differs (by its date: "Apr 6, 2017"
        // against "6 avr. 2017"); `--lang fr` draws what the post's own `lang: fr` draws.
        let french = try Program.ogcard.run(
            ["preview", "_posts/2017-04-06-bonjour.md", "-o", "out/fr.png"], in: site.root)
        let english = try Program.ogcard.run(
            ["preview", "_posts/2017-04-06-bonjour.md", "--lang", "en", "-o", "out/en.png"], in: site.root)
        let forced = try Program.ogcard.run(
            [
                "preview", "--style", "ogcard", "--title", "Bonjour <em>le monde</em>", "--site", "Notes", "--tags",
                "web",
                "--date", "2017-04-06", "--lang", "fr", "-o", "out/forced.png",
            ], in: site.root)
        #expect(french.status == 0 && english.status == 0 && forced.status == 0, "\(forced.stderr)")
        #expect(try site.bytes("out/fr.png") != site.bytes("out/en.png"))
        #expect(try site.bytes("out/fr.png") == site.bytes("out/forced.png"))
        let badLang = try Program.ogcard.run(["preview", "--title", "x", "--lang", "not a tag"], in: site.root)
        #expect(badLang.status != 0 && badLang.stderr.contains("--lang"), "\(badLang.stderr)")
    }
}
