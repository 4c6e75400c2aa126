import Foundation
import OGCardTestSupport
import Testing

@testable import OGCard

/// Issue 12: ogcard.yml refines `inject`: `inject.cards` moves the cards, `include`/`exclude`
/// choose the pages, `designs` gives the pages a glob matches their own design; bad values are
/// configuration errors naming the key.
@Suite struct InjectConfigTests {
    static let page = """
        <!doctype html>
        <html lang="en">
        <head>
        <title>Same text | Site</title>
        </head>
        <body><main><p>The same words on every page.</p></main></body>
        </html>

        """

    @Test func cardsFolderIncludeExcludeAndDesignsByGlob() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        try site.write(
            "ogcard.yml",
            """
            url: https://example.org
            name: Site
            inject:
              cards: assets/cards
              exclude: [drafts/**]
              designs:
                /tags/**: modern

            """)
        for path in [
            "public/tags/a/index.html", "public/one/index.html", "public/two/index.html", "public/drafts/x.html",
        ] {
            try site.write(path, Self.page)
        }
        let result = try runOGCard(["inject", "public", "-q"], in: site.root)
        #expect(result.status == 0, "\(result)")
        #expect(try site.bytes("public/drafts/x.html") == Data(Self.page.utf8))
        #expect(!site.exists("public/og"))
        let check = InjectedPageCheck(folder: site.url("public"), siteURL: "https://example.org", cards: "assets/cards")
        try check.expectInjected("one/index.html", original: Data(Self.page.utf8), url: "https://example.org/one/")
        let tagCard = try site.bytes("public/assets/cards/tags/a/index.png")
        let one = try site.bytes("public/assets/cards/one/index.png")
        let two = try site.bytes("public/assets/cards/two/index.png")
        // Same text: the same design draws the same card, another design another.
        #expect(one == two)
        #expect(tagCard != one)
        let tags = InjectedPageCheck.headTags(try site.bytes("public/tags/a/index.html"))
        let tagImage = try #require(
            InjectedPageCheck.fingerprinted(
                "https://example.org/assets/cards/tags/a/index.png",
                file: site.url("public/assets/cards/tags/a/index.png")))
        #expect(tags.contains { $0 == ("og:image", tagImage) })
        #expect(tags.contains { $0 == ("og:title", "Same text") })
    }

    @Test(arguments: [
        ("inject:\n  cards: /tmp/cards\n", "inject.cards"),
        ("inject:\n  pages: x\n", "inject.pages"),
        ("inject:\n  designs: [modern]\n", "inject.designs"),
        ("inject:\n  designs:\n    /tags/**: no-such-style\n", "inject.designs./tags/**"),
    ])
    func badValuesAreConfigErrorsNamingTheKey(_ yaml: String, _ key: String) throws {
        #expect {
            try SiteConfigLoader.parse(
                yaml: yaml, file: "ogcard.yml", root: URL(fileURLWithPath: "/tmp"),
                defaults: SiteDefaults(generator: .jekyll))
        } throws: { error in
            (error as? Diagnostic)?.key == key
        }
    }

    @Test func aCardFolderLeadingOutOfTheFolderWritesNothing() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        let elsewhere = try TemporarySite()
        defer { elsewhere.remove() }
        try site.write("ogcard.yml", "url: https://example.org\ninject:\n  cards: og\n")
        try site.write("public/index.html", Self.page)
        try FileManager.default.createSymbolicLink(at: site.url("public/og"), withDestinationURL: elsewhere.root)
        let result = try runOGCard(["inject", "public"], in: site.root)
        #expect(result.status == 2, "\(result)")
        #expect(result.stderr.contains("not inside the folder"))
        #expect(try site.bytes("public/index.html") == Data(Self.page.utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: elsewhere.root.path).isEmpty)
    }
}
