import Foundation
import OGCardTestSupport
import Testing

@testable import OGCard

/// Issue 15, item 3, for `ogcard inject`: og:image and twitter:image carry the digest of the
/// card file written (`image_url_fingerprint:` `query` by default, `name`, `none`), an unchanged
/// card keeps its URL byte for byte so a second run changes no page, a changed page gets a new
/// card and URL, `--prune` deletes the earlier hashed files, and `lint --html` finds the card.
@Suite struct InjectFingerprintTests {
    static let siteURL = "https://example.org"

    /// The pages of the built site (in `public/`), with the card path each gets (before any hash).
    static let pages: [String: (html: String, card: String)] = [
        "index.html": (page(title: "Home | Site", text: "The home page."), "og/index.png"),
        "posts/a/index.html": (page(title: "First post | Site", text: "The first post."), "og/posts/a/index.png"),
        "posts/b.html": (page(title: "Second post | Site", text: "The second post."), "og/posts/b.png"),
    ]

    static func page(title: String, text: String) -> String {
        """
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <title>\(title)</title>
        </head>
        <body><main><p>\(text)</p></main></body>
        </html>

        """
    }

    /// A built site in `public/`, with an ogcard.yml setting `image_url_fingerprint` when given.
    static func makeSite(fingerprint: String? = nil) throws -> TemporarySite {
        let site = try TemporarySite()
        try site.write("ogcard.yml", "url: \(siteURL)\n" + (fingerprint.map { "image_url_fingerprint: \($0)\n" } ?? ""))
        for (path, page) in pages { try site.write("public/" + path, page.html) }
        return site
    }

    /// The first 8 hex digits of the SHA-256 of the file at `path`.
    static func hash(_ site: TemporarySite, _ path: String) throws -> String {
        String(SHA256Digest.hex([UInt8](try site.bytes(path))).prefix(8))
    }

    /// og:image and twitter:image of a page, which must be the same.
    static func imageURL(_ site: TemporarySite, _ page: String, sourceLocation: SourceLocation = #_sourceLocation)
        throws -> String
    {
        let tags = InjectedPageCheck.headTags(try site.bytes("public/" + page))
        let image = try #require(tags.first { $0.key == "og:image" }?.content, sourceLocation: sourceLocation)
        #expect(tags.filter { $0.key == "og:image" }.count == 1, sourceLocation: sourceLocation)
        #expect(tags.first { $0.key == "twitter:image" }?.content == image, sourceLocation: sourceLocation)
        return image
    }

    static func inject(_ site: TemporarySite, _ extra: [String] = []) throws -> BuildSummary {
        let result = try runOGCard(["inject", "public", "--json"] + extra, in: site.root)
        #expect(result.status == 0, "\(result)")
        return try JSONDecoder().decode(BuildSummary.self, from: Data(result.stdout.utf8))
    }

    @Test func byDefaultTheQueryIsTheCardsDigestAndASecondRunChangesNoPage() throws {
        let site = try Self.makeSite()
        defer { site.remove() }
        let first = try Self.inject(site)
        #expect(first.rendered == Self.pages.count && first.rewritten == Self.pages.count)
        for (path, page) in Self.pages {
            let hash = try Self.hash(site, "public/" + page.card)
            #expect(try Self.imageURL(site, path) == "\(Self.siteURL)/\(page.card)?v=\(hash)", "\(path)")
            try InjectedPageCheck(folder: site.url("public"), siteURL: Self.siteURL).expectInjected(
                path, original: Data(page.html.utf8), url: Self.siteURL + "/" + PageURL.path(of: path))
        }
        let after = try site.snapshot()
        let second = try Self.inject(site)
        #expect(second.rendered == 0 && second.rewritten == 0 && second.skipped == Self.pages.count, "\(second)")
        // Not a byte nor a modification time changed: every page, card and the manifest.
        #expect(try site.snapshot() == after)
        let check = try runOGCard(["inject", "public", "--check"], in: site.root)
        #expect(check.status == 0, "\(check)")
    }

    @Test func aChangedTitleGivesANewCardAndANewQuery() throws {
        let site = try Self.makeSite()
        defer { site.remove() }
        _ = try Self.inject(site)
        let oldURL = try Self.imageURL(site, "posts/a/index.html")
        let oldCard = try site.bytes("public/og/posts/a/index.png")
        let others = try ["index.html", "posts/b.html", "og/index.png", "og/posts/b.png"].map {
            try site.bytes("public/" + $0)
        }
        // The generator builds the page again, with another title.
        try site.write("public/posts/a/index.html", Self.page(title: "Renamed post | Site", text: "The first post."))
        let check = try runOGCard(["inject", "public", "--check"], in: site.root)
        #expect(check.status == 1, "\(check)")
        #expect(check.stdout.contains("posts/a/index.html: render og/posts/a/index.png"), "\(check)")
        let run = try Self.inject(site)
        #expect(run.rendered == 1 && run.rewritten == 1, "\(run)")
        let newCard = try site.bytes("public/og/posts/a/index.png")
        #expect(newCard != oldCard)
        let newURL = try Self.imageURL(site, "posts/a/index.html")
        let hash = try Self.hash(site, "public/og/posts/a/index.png")
        #expect(newURL == "\(Self.siteURL)/og/posts/a/index.png?v=\(hash)")
        #expect(newURL != oldURL)
        #expect(
            try ["index.html", "posts/b.html", "og/index.png", "og/posts/b.png"].map {
                try site.bytes("public/" + $0)
            } == others)
    }

    @Test func theQueryFollowsTheCardFileWhenItIsReplacedByHand() throws {
        let site = try Self.makeSite()
        defer { site.remove() }
        _ = try Self.inject(site)
        // The manifest remembers each card's fingerprint by size and modification time; a file
        // replaced behind its back (here by another page's card) is read again.
        try site.bytes("public/og/posts/b.png").write(to: site.url("public/og/posts/a/index.png"))
        let run = try Self.inject(site)
        #expect(run.rendered == 0 && run.rewritten == 1, "\(run)")
        let hash = try Self.hash(site, "public/og/posts/b.png")
        #expect(try Self.imageURL(site, "posts/a/index.html") == "\(Self.siteURL)/og/posts/a/index.png?v=\(hash)")
    }

    @Test func noneWritesPlainURLs() throws {
        let site = try Self.makeSite(fingerprint: "none")
        defer { site.remove() }
        _ = try Self.inject(site)
        for (path, page) in Self.pages {
            #expect(try Self.imageURL(site, path) == "\(Self.siteURL)/\(page.card)", "\(path)")
            #expect(site.exists("public/" + page.card))
        }
    }

    @Test func switchingToNoneAfterQueryGivesPlainURLsAgain() throws {
        let site = try Self.makeSite()
        defer { site.remove() }
        _ = try Self.inject(site)
        #expect(try Self.imageURL(site, "index.html").contains("?v="))
        try site.write("ogcard.yml", "url: \(Self.siteURL)\nimage_url_fingerprint: none\n")
        let run = try Self.inject(site)
        // The same cards; only the pages' URLs change.
        #expect(run.rendered == 0 && run.rewritten == Self.pages.count, "\(run)")
        #expect(try Self.imageURL(site, "index.html") == "\(Self.siteURL)/og/index.png")
    }

    @Test func nameNamesTheFileAfterItsHashAndPruneDeletesTheEarlierOne() throws {
        let site = try Self.makeSite(fingerprint: "name")
        defer { site.remove() }
        // A picture of the user's in the card folder, whose name looks hashed: never ogcard's to delete.
        try site.write("public/og/logo.0123abcd.png", "not ogcard's")
        _ = try Self.inject(site)
        func card(_ page: String) throws -> String {
            let url = try Self.imageURL(site, page)
            #expect(url.hasPrefix(Self.siteURL + "/"))
            return String(url.dropFirst(Self.siteURL.count + 1))
        }
        for (path, page) in Self.pages {
            let named = try card(path)
            let stem = page.card.dropLast(".png".count)
            #expect(named.hasPrefix(stem + ".") && named.hasSuffix(".png") && named.count == page.card.count + 9)
            #expect(try Self.hash(site, "public/" + named) == String(named.dropFirst(stem.count + 1).prefix(8)))
            #expect(!site.exists("public/" + page.card), "\(page.card): a plain name beside the hashed one")
        }
        let after = try site.snapshot()
        let again = try Self.inject(site)
        #expect(again.rendered == 0 && again.rewritten == 0, "\(again)")
        #expect(try site.snapshot() == after)

        let oldCard = try card("posts/a/index.html")
        try site.write("public/posts/a/index.html", Self.page(title: "Renamed post | Site", text: "The first post."))
        _ = try Self.inject(site)
        let newCard = try card("posts/a/index.html")
        #expect(newCard != oldCard)
        #expect(
            try Self.hash(site, "public/" + newCard) == String(newCard.dropFirst("og/posts/a/index.".count).prefix(8)))
        // Kept without --prune: pages elsewhere and platforms' caches may still link to it.
        #expect(site.exists("public/" + oldCard))
        let pruned = try Self.inject(site, ["--prune"])
        #expect(pruned.rendered == 0 && pruned.rewritten == 0, "\(pruned)")
        #expect(!site.exists("public/" + oldCard))
        #expect(
            pruned.diagnostics.contains {
                $0.file == oldCard && $0.reason.contains("an earlier version of a card")
            }, "\(pruned.diagnostics)")
        for path in Self.pages.keys { #expect(site.exists("public/" + (try card(path))), "\(path)") }
        #expect(try site.read("public/og/logo.0123abcd.png") == "not ogcard's")
    }

    @Test(arguments: ["query", "name"])
    func lintReadsTheFingerprintedImageAndFindsTheCard(_ mode: String) throws {
        let site = try Self.makeSite(fingerprint: mode)
        defer { site.remove() }
        _ = try Self.inject(site)
        let result = try runOGCard(["lint", "--html", "public", "--json"], in: site.root)
        let report = try JSONDecoder().decode(LintReport.self, from: Data(result.stdout.utf8))
        for path in Self.pages.keys {
            let item = try #require(report.items.first { $0.item == path }, "\(path): \(result)")
            let url = try Self.imageURL(site, path)
            // The file is the URL's path: the query is not part of it.
            let file = String(url.dropFirst(Self.siteURL.count + 1).prefix { $0 != "?" })
            #expect(item.image == file, "\(path): \(item)")
            #expect(item.imageBytes == (try site.bytes("public/" + file)).count, "\(path)")
            #expect(!item.findings.contains { $0.rule == "image_file" }, "\(path): \(item.findings)")
        }
    }
}
