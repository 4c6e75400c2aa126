import Foundation
import OGCardTestSupport
import Testing

@testable import OGCard

/// `image_url_fingerprint`: card URLs that change when, and only when, the card's bytes do.
@Suite struct CardFingerprintTests {
    private static func site(_ mode: String) throws -> TemporarySite {
        let site = try TemporarySite.copy()
        let config = try site.read("ogcard.yml") + "image_url_fingerprint: \(mode)\n"
        _ = try site.write("ogcard.yml", config)
        return site
    }

    /// The first 8 hex digits of the SHA-256 of a file's bytes.
    private static func hash(_ data: Data) -> String { String(SHA256Digest.hex([UInt8](data)).prefix(8)) }

    private static func snippetImage(_ site: TemporarySite, _ slug: String) throws -> String {
        try #require(MetaSnippet.content(of: "og:image", in: site.read("_includes/ogcard/\(slug).html")).first)
    }

    private static func imageLine(_ site: TemporarySite, _ post: String) throws -> String? {
        try site.read(post).split(separator: "\n").first { $0.hasPrefix("image:") }.map(String.init)
    }

    private static let pycon = "_posts/2017-06-02-pycon-us-2017.md"

    @Test func queryCarriesThePNGsDigestEverywhereAndAnUnchangedCardKeepsItsURL() throws {
        let site = try Self.site("query")
        defer { site.remove() }
        #expect(try site.build().failures.isEmpty)
        let hash = Self.hash(try site.bytes("assets/og/pycon-us-2017.png"))
        let url = "https://fieldnotes.example.org/assets/og/pycon-us-2017.png?v=\(hash)"
        #expect(try Self.snippetImage(site, "pycon-us-2017") == url)
        #expect(
            MetaSnippet.content(of: "twitter:image", in: try site.read("_includes/ogcard/pycon-us-2017.html")) == [url])
        #expect(try site.read("_data/ogcard.json").contains(url))
        // The opengraphimg URL was replaced by the card's plain path: themes read image: as a file.
        #expect(try Self.imageLine(site, Self.pycon) == "image: /assets/og/pycon-us-2017.png")

        // Nothing changed: nothing is written, the URL stays byte for byte.
        let snapshot = try site.snapshot()
        #expect(try site.build().rendered == 0)
        #expect(try site.snapshot() == snapshot)

        // A new title: a new card, a new URL in the snippet, the same file name and image: line.
        let post = try site.read(Self.pycon).replacingOccurrences(
            of: "title: PyCon US 2017", with: "title: PyCon US 2017, again")
        _ = try site.write(Self.pycon, post)
        #expect(try site.build().rendered == 1)
        let newHash = Self.hash(try site.bytes("assets/og/pycon-us-2017.png"))
        #expect(newHash != hash)
        #expect(try Self.snippetImage(site, "pycon-us-2017").hasSuffix("pycon-us-2017.png?v=\(newHash)"))
        #expect(try Self.imageLine(site, Self.pycon) == "image: /assets/og/pycon-us-2017.png")
        #expect(try site.read("_data/ogcard.json").contains("pycon-us-2017.png?v=\(newHash)"))
    }

    @Test func aPlainImageLineOfAnUnchangedCardIsLeftAlone() throws {
        // A site built before fingerprints: posts already say image: /assets/og/x.png.
        let site = try Self.site("none")
        defer { site.remove() }
        #expect(try site.build().failures.isEmpty)
        #expect(try Self.imageLine(site, Self.pycon) == "image: /assets/og/pycon-us-2017.png")
        let posts = try site.snapshot().filter { $0.key.hasPrefix("_posts/") }
        // Fingerprints turned on: snippets change, posts do not.
        let config = try site.read("ogcard.yml").replacingOccurrences(
            of: "image_url_fingerprint: none", with: "image_url_fingerprint: query")
        _ = try site.write("ogcard.yml", config)
        let summary = try site.build()
        #expect(summary.rendered == 0 && summary.rewritten == 0)
        #expect(try site.snapshot().filter { $0.key.hasPrefix("_posts/") } == posts)
        #expect(try Self.snippetImage(site, "pycon-us-2017").contains(".png?v="))
    }

    @Test func checkAfterABuildFindsNothingAndMetaShowsTheSameURL() throws {
        let site = try Self.site("query")
        defer { site.remove() }
        #expect(try site.build().failures.isEmpty)
        let check = try site.build(.check)
        #expect(check.stale.isEmpty, "\(check.stale)")
        // `ogcard meta` and `preview` plan without drawing: the URL comes from the card on disk.
        let plan = try SiteBuild(config: try site.config()).plan(postAt: site.url(Self.pycon))
        #expect(plan.meta.imageURL == (try Self.snippetImage(site, "pycon-us-2017")))
    }

    @Test func anUnknownModeIsAConfigErrorNamingTheChoices() throws {
        let site = try Self.site("hash")
        defer { site.remove() }
        #expect {
            try site.config()
        } throws: { error in
            let reason = (error as? Diagnostic)?.reason ?? ""
            return reason.contains("image_url_fingerprint") && reason.contains("query, name, none")
        }
    }

    @Test func noneKeepsPlainURLs() throws {
        let site = try Self.site("none")
        defer { site.remove() }
        #expect(try site.build().failures.isEmpty)
        #expect(
            try Self.snippetImage(site, "pycon-us-2017") == "https://fieldnotes.example.org/assets/og/pycon-us-2017.png"
        )
    }

    @Test func nameWritesHashedFilesAndPruneDeletesOldOnes() throws {
        let site = try Self.site("name")
        defer { site.remove() }
        #expect(try site.build().failures.isEmpty)
        let cards = try FileManager.default.contentsOfDirectory(atPath: site.url("assets/og").path).sorted()
        #expect(cards.count == 6)
        #expect(cards.allSatisfy(CardFingerprint.isHashedCardName), "\(cards)")
        let first = try #require(cards.first { $0.hasPrefix("pycon-us-2017.") })
        #expect(first == "pycon-us-2017.\(Self.hash(try site.bytes("assets/og/\(first)"))).png")
        #expect(try Self.snippetImage(site, "pycon-us-2017") == "https://fieldnotes.example.org/assets/og/\(first)")
        #expect(try Self.imageLine(site, Self.pycon) == "image: /assets/og/\(first)")
        let manifest = try BuildManifest.load(from: site.url(".ogcard-manifest.json"))
        #expect(manifest.posts[Self.pycon]?.card == "assets/og/\(first)")

        let snapshot = try site.snapshot()
        #expect(try site.build().rendered == 0)
        #expect(try site.snapshot() == snapshot)

        let post = try site.read(Self.pycon).replacingOccurrences(of: "title: PyCon US 2017", with: "title: PyCon 2017")
        _ = try site.write(Self.pycon, post)
        #expect(try site.build().rendered == 1)
        let second = try #require(
            try FileManager.default.contentsOfDirectory(atPath: site.url("assets/og").path).first {
                $0.hasPrefix("pycon-us-2017.") && $0 != first
            })
        #expect(try Self.imageLine(site, Self.pycon) == "image: /assets/og/\(second)")
        // The old file stays for pages and caches that still link to it, until --prune.
        #expect(site.exists("assets/og/\(first)"))
        #expect(try site.build(prune: true).failures.isEmpty)
        #expect(!site.exists("assets/og/\(first)"))
        #expect(site.exists("assets/og/\(second)"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: site.url("assets/og").path).count == 6)
    }

    @Test func switchingToNameKeepsThePlainFileUntilPrune() throws {
        let site = try Self.site("none")
        defer { site.remove() }
        #expect(try site.build().failures.isEmpty)
        let config = try site.read("ogcard.yml").replacingOccurrences(
            of: "image_url_fingerprint: none", with: "image_url_fingerprint: name")
        _ = try site.write("ogcard.yml", config)
        #expect(try site.build().failures.isEmpty)
        #expect(site.exists("assets/og/pycon-us-2017.png"))
        let line = try #require(try Self.imageLine(site, Self.pycon))
        #expect(CardFingerprint.isFingerprinted(line))
        // A picture of someone's own in the output folder is not a version of a card: it stays.
        try FileManager.default.copyItem(
            at: site.url("assets/og/pycon-us-2017.png"), to: site.url("assets/og/mine.png"))
        #expect(try site.build(prune: true).failures.isEmpty)
        let left = try FileManager.default.contentsOfDirectory(atPath: site.url("assets/og").path)
        #expect(!left.contains("pycon-us-2017.png"))
        #expect(left.contains("mine.png"))
        #expect(left.count == 7)
    }

    @Test func stripAndApplyAreInverse() {
        for mode in [ImageURLFingerprint.query, .name] {
            let path = CardFingerprint.apply("0123abcd", to: "/assets/og/x.png", mode: mode)
            #expect(CardFingerprint.isFingerprinted(path))
            #expect(CardFingerprint.strip(path) == "/assets/og/x.png")
        }
        #expect(CardFingerprint.apply("0123abcd", to: "/og/x.png", mode: .name) == "/og/x.0123abcd.png")
        #expect(CardFingerprint.apply("0123abcd", to: "/og/x.png", mode: .query) == "/og/x.png?v=0123abcd")
        #expect(!CardFingerprint.isFingerprinted("/og/x.png?v=zz"))
        #expect(!CardFingerprint.isHashedCardName("my.photo.png"))
    }
}
