import Foundation
import OGCardTestSupport
import Testing

@testable import OGCard

/// Issue 12: `ogcard inject` on a hand-written plain-HTML site whose pages are the hard cases:
/// no head, CRLF, comments and script strings holding `<head>`/`</head>`, a minified page, an
/// existing partial tag set, a canonical URL; and pages that must be left alone (a redirect, a
/// 404 page, noindex, a skip marker, a Latin-1 page, a link leading out of the folder).
@Suite struct TrickyPagesTests {
    static let siteURL = "https://example.org"

    /// The pages that get tags, with the og:url each must carry.
    static let injected: [String: (html: String, url: String)] = [
        "index.html": (
            """
            <!DOCTYPE html>
            <html lang="en">
              <head>
                <meta charset="utf-8">
                <title>Tricky</title>
                <link rel="canonical" href="https://example.org/">
                <meta property="og:title" content="Home page">
                <meta name="twitter:card" content="summary">
                <meta property="og:video" content="https://example.org/v.mp4">
                <meta property="og:image" content="/theme.png"> <meta property="og:image:width" content="64">
                <link rel="stylesheet" href="/s.css">
              </head>
              <body><main><h1>Welcome</h1><p>The home page of a tricky site.</p></main></body>
            </html>

            """, "https://example.org/"
        ),
        "nohead.html": (
            "<!doctype html>\n<title>No head | Tricky</title>\n<p>Text without a head.</p>\n",
            "https://example.org/nohead.html"
        ),
        "bom.html": (
            "\u{FEFF}<!doctype html>\n<html>\n<head>\n<title>BOM | Tricky</title>\n</head>\n<body><p>A byte-order mark first.</p></body>\n</html>\n",
            "https://example.org/bom.html"
        ),
        "bare.html": ("<p>Only a paragraph, no doctype, no title</p>", "https://example.org/bare.html"),
        "crlf/index.html": (
            "<!DOCTYPE html>\r\n<html>\r\n<head>\r\n  <title>CRLF | Tricky</title>\r\n  <meta property=\"og:title\" content=\"CRLF\">\r\n</head>\r\n<body>\r\n<p>Windows line ends.</p>\r\n</body>\r\n</html>\r\n",
            "https://example.org/crlf/"
        ),
        "comment.html": (
            """
            <!doctype html>
            <!-- a <head> in a comment, and <meta property="og:title" content="not this"> -->
            <html>
            <head>
            <title>Comment | Tricky</title>
            <!-- </head> in a comment inside the head -->
            </head>
            <body><p>After the comments.</p></body>
            </html>

            """, "https://example.org/comment.html"
        ),
        "script.html": (
            """
            <!doctype html>
            <html>
            <head>
            <script>var s = "</head><meta property='og:title' content='from a string'>";</script>
            <title>Script | Tricky</title>
            </head>
            <body><p>Scripts hold strings.</p></body>
            </html>

            """, "https://example.org/script.html"
        ),
        "minified.html": (
            "<!doctype html><html><head><title>Minified | Tricky</title><meta property=\"og:description\" content=\"Small.\"><link rel=\"icon\" href=\"/i.png\"></head><body><p>One line.</p></body></html>",
            "https://example.org/minified.html"
        ),
        "moved/index.html": (
            "<!doctype html>\n<html>\n<head>\n<title>Moved | Tricky</title>\n<link rel=\"canonical\" href=\"/elsewhere/\">\n</head>\n<body></body>\n</html>\n",
            "https://example.org/elsewhere/"
        ),
        "posts/dated.html": (
            "<!doctype html>\n<html lang=\"de\">\n<head>\n<title>Dated | Tricky</title>\n</head>\n<body><article><h1>Dated</h1><time datetime=\"2024-03-04\">4. März</time><p>A dated post.</p></article></body>\n</html>\n",
            "https://example.org/posts/dated.html"
        ),
    ]

    /// The pages left alone.
    static let leftAlone: [String: String] = [
        "redirect.html":
            "<!doctype html><html><head><meta http-equiv=\"refresh\" content=\"0; url=/\"><title>Moved</title></head></html>",
        "404.html": "<!doctype html><html><head><title>Not found | Tricky</title></head><body>404</body></html>",
        "noindex.html":
            "<!doctype html><html><head><meta name=\"robots\" content=\"noindex, follow\"><title>Private | Tricky</title></head></html>",
        "skip.html":
            "<!doctype html><html><head><meta name=\"ogcard\" content=\"skip\"><title>Skipped | Tricky</title></head></html>",
        "latin1.html":
            "<!doctype html><html><head><meta charset=\"iso-8859-1\"><title>Caf\u{E9} | Tricky</title></head></html>",
    ]

    func makeSite() throws -> TemporarySite {
        let site = try TemporarySite()
        for (path, page) in Self.injected { try site.write(path, page.html) }
        for (path, html) in Self.leftAlone { try site.write(path, html) }
        return site
    }

    @Test func everyPageGetsItsTagsOnceAndNothingElseChanges() throws {
        let site = try makeSite()
        defer { site.remove() }
        let outside = try TemporarySite()
        defer { outside.remove() }
        let target = try outside.write("outside.html", "<html><head><title>Outside</title></head></html>")
        try FileManager.default.createSymbolicLink(at: site.url("link.html"), withDestinationURL: target)
        let before = try site.files()

        let result = try runOGCard(["inject", ".", "--url", Self.siteURL, "--json"], in: site.root)
        #expect(result.status == 0, "\(result)")
        let summary = try JSONDecoder().decode(BuildSummary.self, from: Data(result.stdout.utf8))
        #expect(summary.posts == Self.injected.count)
        #expect(summary.rendered == Self.injected.count)
        #expect(summary.rewritten == Self.injected.count)
        #expect(result.stderr.contains("warning: latin1.html: parsing the HTML: declares charset iso-8859-1"))
        #expect(result.stderr.contains("warning: link.html: finding pages: is a symbolic link to"))

        let check = InjectedPageCheck(folder: site.root, siteURL: Self.siteURL)
        for (path, page) in Self.injected.sorted(by: { $0.key < $1.key }) {
            try check.expectInjected(path, original: try #require(before[path]), url: page.url)
        }
        for path in Self.leftAlone.keys { #expect(try site.bytes(path) == before[path], "\(path) changed") }
        #expect(try outside.read("outside.html") == "<html><head><title>Outside</title></head></html>")
        #expect(!site.exists("og/link.png"))
    }

    @Test func thePagesSayWhatTheirTagsSay() throws {
        let site = try makeSite()
        defer { site.remove() }
        let result = try runOGCard(["inject", ".", "--url", Self.siteURL, "-q"], in: site.root)
        #expect(result.status == 0, "\(result)")
        func tags(_ path: String) throws -> [String: [String]] {
            InjectedPageCheck.headTags(try site.bytes(path)).reduce(into: [:]) {
                $0[$1.key, default: []].append($1.content)
            }
        }
        let home = try tags("index.html")
        #expect(home["og:title"] == ["Home page"])
        #expect(home["og:type"] == ["website"])
        let homeImage = InjectedPageCheck.fingerprinted(
            "https://example.org/og/index.png", file: site.url("og/index.png"))
        #expect(home["og:image"] == [try #require(homeImage)])
        #expect(home["twitter:card"] == ["summary_large_image"])
        #expect(home["og:locale"] == ["en_US"])
        #expect(
            try site.read("index.html").contains("<meta property=\"og:video\" content=\"https://example.org/v.mp4\">"))
        let dated = try tags("posts/dated.html")
        #expect(dated["og:type"] == ["article"])
        #expect(dated["article:published_time"] == ["2024-03-04T00:00:00Z"])
        #expect(dated["og:title"] == ["Dated"])
        #expect(dated["og:locale"] == ["de_DE"])
        #expect(dated["og:description"] == ["A dated post."])
        #expect(try tags("script.html")["og:title"] == ["Script"])
        #expect(try tags("nohead.html")["og:title"] == ["No head"])
        #expect(try tags("nohead.html")["og:site_name"] == ["Tricky"])
        #expect(try tags("minified.html")["og:description"] == ["Small."])
        #expect(try tags("bare.html")["og:title"] == ["bare"])
        // CRLF stays CRLF: no line ends in a bare LF.
        let crlf = try site.read("crlf/index.html")
        #expect(!crlf.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        #expect(crlf.contains("  <meta property=\"og:url\" content=\"https://example.org/crlf/\">\r\n"))
        // A byte-order mark stays first, and the page is read past it.
        #expect(try site.bytes("bom.html").starts(with: [0xEF, 0xBB, 0xBF, UInt8(ascii: "<")]))
        #expect(try tags("bom.html")["og:title"] == ["BOM"])
        // The minified page stays on one line; the script's string is untouched.
        #expect(!(try site.read("minified.html")).contains("\n"))
        #expect(
            try site.read("script.html").contains(
                "var s = \"</head><meta property='og:title' content='from a string'>\";"))
    }

    @Test func aSecondRunChangesNothing() throws {
        let site = try makeSite()
        defer { site.remove() }
        let first = try runOGCard(["inject", ".", "--url", Self.siteURL, "-q"], in: site.root)
        #expect(first.status == 0, "\(first)")
        let after = try site.snapshot()
        let second = try runOGCard(["inject", ".", "--url", Self.siteURL, "--json"], in: site.root)
        #expect(second.status == 0, "\(second)")
        #expect(try site.snapshot() == after)
        let summary = try JSONDecoder().decode(BuildSummary.self, from: Data(second.stdout.utf8))
        #expect(summary.rendered == 0 && summary.rewritten == 0 && summary.skipped == Self.injected.count)
        let check = try runOGCard(["inject", ".", "--url", Self.siteURL, "--check"], in: site.root)
        #expect(check.status == 0, "\(check)")
    }

    @Test func aChangedPageIsTheOnlyOneRenderedAgainAndCheckFindsItFirst() throws {
        let site = try makeSite()
        defer { site.remove() }
        #expect(try runOGCard(["inject", ".", "--url", Self.siteURL, "-q"], in: site.root).status == 0)
        // The generator writes the page again, with a new title.
        try site.write("nohead.html", "<!doctype html>\n<title>Renamed | Tricky</title>\n<p>Text without a head.</p>\n")
        let cardBefore = try site.snapshot()["og/script.png"]
        let check = try runOGCard(["inject", ".", "--url", Self.siteURL, "--check"], in: site.root)
        #expect(check.status == 1, "\(check)")
        #expect(check.stdout.contains("nohead.html: render og/nohead.png"))
        #expect(check.stdout.contains("nohead.html: write its tags"))
        let run = try runOGCard(["inject", ".", "--url", Self.siteURL, "--json"], in: site.root)
        let summary = try JSONDecoder().decode(BuildSummary.self, from: Data(run.stdout.utf8))
        #expect(summary.rendered == 1 && summary.rewritten == 1, "\(run)")
        #expect(try site.snapshot()["og/script.png"] == cardBefore)
        #expect(InjectedPageCheck.headTags(try site.bytes("nohead.html")).contains { $0 == ("og:title", "Renamed") })
    }

    @Test func aPageThatCannotBeProcessedIsOneErrorLineAndTheOthersGoOn() throws {
        let site = try makeSite()
        defer { site.remove() }
        // Nested far deeper than any real page: gumbo would take minutes and overflow its stack.
        let deep =
            "<!doctype html><html><head><title>Deep</title></head><body>"
            + String(repeating: "<div>", count: 20_000) + String(repeating: "</div>", count: 20_000) + "</body></html>"
        try site.write("deep.html", deep)
        let result = try runOGCard(["inject", ".", "--url", Self.siteURL], in: site.root)
        #expect(result.status == 1, "\(result)")
        let errors = result.stderr.split(separator: "\n").filter { $0.hasPrefix("error:") }
        #expect(errors == ["error: deep.html: parsing the HTML: nests elements more than 10000 deep: left alone"])
        #expect(try site.read("deep.html") == deep)
        #expect(InjectedPageCheck.headTags(try site.bytes("nohead.html")).contains { $0 == ("og:title", "No head") })
    }

    @Test func aDryRunWritesNothingAndSaysWhatItWouldDo() throws {
        let site = try makeSite()
        defer { site.remove() }
        let before = try site.snapshot()
        let result = try runOGCard(["inject", ".", "--url", Self.siteURL, "--dry-run"], in: site.root)
        // As `build --dry-run`: work left to do is status 1.
        #expect(result.status == 1, "\(result)")
        #expect(try site.snapshot() == before)
        for path in Self.injected.keys {
            #expect(result.stdout.contains("\(path): would write its tags"), "\(path)")
            #expect(result.stdout.contains("\(path): would render "), "\(path)")
        }
    }

    @Test func declaredURLsAreReadAsABrowserReadsThem() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        func page(_ link: String) -> String {
            "<!doctype html><html><head><title>T</title><link rel=\"canonical\" href=\"\(link)\"></head></html>"
        }
        try site.write("a/index.html", page("/elsewhere/"))
        try site.write("b/index.html", page("other/"))
        try site.write("c/index.html", page("https://mirror.example.com/c/"))
        let result = try runOGCard(["inject", ".", "--url", "https://example.org/docs", "-q"], in: site.root)
        #expect(result.status == 0, "\(result)")
        func url(_ path: String) throws -> String? {
            InjectedPageCheck.headTags(try site.bytes(path)).first { $0.key == "og:url" }?.content
        }
        #expect(try url("a/index.html") == "https://example.org/elsewhere/")
        #expect(try url("b/index.html") == "https://example.org/docs/b/other/")
        #expect(try url("c/index.html") == "https://mirror.example.com/c/")
        // The card is where the site is served from, base path included.
        let card = try #require(
            InjectedPageCheck.fingerprinted("https://example.org/docs/og/a/index.png", file: site.url("og/a/index.png"))
        )
        #expect(InjectedPageCheck.headTags(try site.bytes("a/index.html")).contains { $0 == ("og:image", card) })
    }

    @Test func withoutAURLNothingIsWrittenAndTheExitStatusIsTwo() throws {
        let site = try makeSite()
        defer { site.remove() }
        let before = try site.files()
        let result = try runOGCard(["inject", "."], in: site.root)
        #expect(result.status == 2, "\(result)")
        #expect(result.stderr.contains("no site URL"))
        #expect(try site.files() == before)
    }
}
