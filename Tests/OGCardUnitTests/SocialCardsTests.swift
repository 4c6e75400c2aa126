import Foundation
import OGCardTestSupport
import Testing

@testable import OGCard

/// `SocialCards` on outputs written by hand: lookups, HTML, cards cut from the pack, writing a
/// card into a site, and the messages of missing, foreign or damaged outputs.
@Suite struct SocialCardsTests {
    let tags = [
        MetaTag(attribute: .property, key: "og:title", content: "Fish & <Chips>"),
        MetaTag(attribute: .name, key: "twitter:card", content: "summary_large_image"),
    ]

    /// Writes an index of `entries` and a pack of `pack` into a new folder.
    func outputs(_ entries: [SocialCardsIndex.Entry], pack: Data, format: Int = SocialCardsIndex.currentFormat)
        throws -> TemporarySite
    {
        let folder = try TemporarySite()
        var index = SocialCardsIndex(posts: entries)
        index.format = format
        try folder.write(["ogcard-cards.json": index.encoded(), "ogcard-cards.png-pack": pack])
        return folder
    }

    @Test func readsTagsHTMLAndCardsByPostPath() throws {
        let folder = try outputs(
            [
                SocialCardsIndex.Entry(
                    path: "posts/a.md", slug: "a",
                    card: SocialCardsIndex.Card(sitePath: "assets/og/a.png", offset: 0, length: 3), tags: tags),
                SocialCardsIndex.Entry(
                    path: "posts/b.md", slug: "b",
                    card: SocialCardsIndex.Card(sitePath: "assets/og/b.png", offset: 3, length: 2), tags: []),
                SocialCardsIndex.Entry(path: "posts/own.md", slug: "own", card: nil, tags: tags),
            ], pack: Data([1, 2, 3, 4, 5]))
        let cards = try SocialCards(directory: folder.root)
        #expect(cards.posts == ["posts/a.md", "posts/b.md", "posts/own.md"])
        #expect(cards.tags(for: "posts/a.md") == tags)
        #expect(cards.tags(for: "./posts/a.md") == tags)
        #expect(
            cards.html(for: "posts/a.md")
                == "<meta property=\"og:title\" content=\"Fish &amp; &lt;Chips&gt;\">\n<meta name=\"twitter:card\" content=\"summary_large_image\">\n"
        )
        #expect(cards.slug(for: "posts/b.md") == "b")
        #expect(cards.card(for: "posts/a.md") == SocialCard(sitePath: "assets/og/a.png", pngData: Data([1, 2, 3])))
        #expect(cards.card(for: "posts/b.md")?.pngData == Data([4, 5]))
        #expect(cards.card(for: "posts/own.md") == nil)
        #expect(cards.tags(for: "posts/missing.md") == nil && cards.html(for: "posts/missing.md") == nil)

        let site = try TemporarySite()
        let written = try cards.writeCards(into: site.root)
        #expect(written.map(\.lastPathComponent) == ["a.png", "b.png"])
        #expect(try site.bytes("assets/og/a.png") == Data([1, 2, 3]))
        // Writing the same bytes again leaves the file as it was.
        let before = try site.snapshot()
        try cards.writeCards(into: site.root)
        #expect(try site.snapshot() == before)
    }

    @Test func aCardPathLeavingTheSiteIsRefused() throws {
        let site = try TemporarySite()
        for path in ["../escape.png", "assets/../../x.png", ""] {
            #expect(throws: Diagnostic.self, "\(path)") {
                try SocialCard(sitePath: path, pngData: Data([1])).write(into: site.root.appendingPathComponent("out"))
            }
        }
        #expect(!site.exists("escape.png"))
    }

    @Test func missingOutputsSayHowToAddThePlugin() throws {
        let empty = try TemporarySite()
        #expect {
            try SocialCards(bundle: Bundle(url: empty.root)!)
        } throws: { error in
            (error as? Diagnostic)?.reason.contains(".plugin(name: \"OGCardBuildPlugin\", package: \"ogcard\")") == true
        }
        #expect(throws: Diagnostic.self) { try SocialCards(directory: empty.root) }
    }

    @Test func anotherFormatOrACardOutsideThePackIsRefused() throws {
        let newer = try outputs([], pack: Data(), format: SocialCardsIndex.currentFormat + 1)
        #expect {
            try SocialCards(directory: newer.root)
        } throws: { error in
            (error as? Diagnostic)?.reason.contains("build the target again") == true
        }
        let damaged = try outputs(
            [
                SocialCardsIndex.Entry(
                    path: "a.md", slug: "a", card: SocialCardsIndex.Card(sitePath: "a.png", offset: 2, length: 4),
                    tags: [])
            ], pack: Data([1, 2, 3]))
        #expect {
            try SocialCards(directory: damaged.root)
        } throws: { error in
            (error as? Diagnostic)?.reason.contains("a.md: its card lies outside the cards file") == true
        }
    }
}
