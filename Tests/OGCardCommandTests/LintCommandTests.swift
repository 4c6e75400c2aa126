import Foundation
import OGCardTestSupport
import Testing

/// `ogcard lint` and `ogcard build --strict` as users run them: the example site lints clean
/// (the built-in designs pass), crafted sites and pages fail with the tag and the post named,
/// and the exit codes are 0 / 1 / 2.
@Suite struct LintCommandTests {
    private static func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    private static func findings(_ report: [String: Any]) -> [(item: String, finding: [String: Any])] {
        ((report["items"] as? [[String: Any]]) ?? []).flatMap { item in
            ((item["findings"] as? [[String: Any]]) ?? []).map { (item["item"] as? String ?? "", $0) }
        }
    }

    @Test func theExampleSiteLintsCleanAfterABuild() throws {
        let site = try TemporarySite.copy()
        defer { site.remove() }
        #expect(try Program.ogcard.run(["build", "-q"], in: site.root).status == 0)
        let table = try Program.ogcard.run(["lint"], in: site.root)
        #expect(table.status == 0, "\(table.stdout)\(table.stderr)")
        #expect(table.stdout.contains("ogcard lint: 7 items, 0 errors"))
        let result = try Program.ogcard.run(["lint", "--json"], in: site.root)
        #expect(result.status == 0)
        let report = try Self.json(result.stdout)
        #expect(report["errors"] as? Int == 0)
        let items = try #require(report["items"] as? [[String: Any]])
        #expect(items.count == 7)
        // Every card's text layers were measured, and all pass.
        let cards = items.filter {
            $0["image"] as? String != nil && ($0["image"] as? String)?.hasPrefix("assets/og/") == true
        }
        #expect(cards.count == 6)
        for card in cards {
            let contrast = try #require(card["contrast"] as? [[String: Any]])
            #expect(!contrast.isEmpty)
            #expect(contrast.allSatisfy { ($0["ratio"] as? Double ?? 0) >= ($0["required"] as? Double ?? 99) })
        }
        // The strict build of a clean site succeeds.
        #expect(try Program.ogcard.run(["build", "--strict", "-q"], in: site.root).status == 0)
    }

    @Test func aMissingCardAndARelativeURLAreErrorsWithExit1() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        _ = try site.write("ogcard.yml", "posts: _posts\nallow_relative_urls: true\n")
        _ = try site.write("_posts/2024-01-02-hello.md", "---\ntitle: Hello\ndate: 2024-01-02\n---\nBody.\n")
        // Before a build: the card is missing.
        let before = try Program.ogcard.run(["lint", "--json"], in: site.root)
        #expect(before.status == 1)
        let missing = Self.findings(try Self.json(before.stdout))
        #expect(
            missing.contains {
                $0.finding["rule"] as? String == "image_file" && $0.item == "_posts/2024-01-02-hello.md"
            })

        #expect(try Program.ogcard.run(["build", "-q"], in: site.root).status == 0)
        let after = try Program.ogcard.run(["lint", "--json"], in: site.root)
        #expect(after.status == 1)
        let findings = Self.findings(try Self.json(after.stdout))
        let https = findings.filter { $0.finding["rule"] as? String == "https" }
        #expect(Set(https.compactMap { $0.finding["tag"] as? String }).isSuperset(of: ["og:image", "og:url"]))
        #expect(
            https.allSatisfy { $0.item == "_posts/2024-01-02-hello.md" && $0.finding["severity"] as? String == "error" }
        )
        #expect(!findings.contains { $0.finding["rule"] as? String == "image_file" })
        // The table names the post, the tag and the platform column.
        let table = try Program.ogcard.run(["lint"], in: site.root)
        #expect(table.status == 1)
        #expect(table.stdout.contains("_posts/2024-01-02-hello.md"))
        #expect(table.stdout.contains("error   og:image"))
        // build --strict fails on the same errors after building.
        let strict = try Program.ogcard.run(["build", "--strict"], in: site.root)
        #expect(strict.status == 1)
        #expect(strict.stderr.contains("og:image"))
    }

    @Test func greyOnGreyDesignFailsTheStrictBuild() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        _ = try site.write(
            "ogcard.yml", "url: https://example.com\nposts: _posts\ndesign: cards/grey.yml\n")
        _ = try site.write(
            "cards/grey.yml",
            """
            canvas:
              background: "#777777"
            layers:
              - text: title
                field: title
                frame: {left: 100, top: 200, width: 1000, height: 230}
                font: Inter
                weight: 700
                size: 64
                color: "#888888"

            """)
        _ = try site.write("_posts/2024-01-02-grey.md", "---\ntitle: Grey on grey\ndate: 2024-01-02\n---\n")
        let strict = try Program.ogcard.run(["build", "--strict"], in: site.root)
        #expect(strict.status == 1, "\(strict.stderr)")
        #expect(strict.stderr.contains("#888888 on #777777"))
        #expect(site.exists("assets/og/grey.png"), "the build itself went through")
        let lint = try Self.json(try Program.ogcard.run(["lint", "--json"], in: site.root).stdout)
        let contrast = Self.findings(lint).filter { $0.finding["rule"] as? String == "contrast" }
        #expect(contrast.map { $0.finding["tag"] as? String } == ["title"])
    }

    @Test func builtPagesAreCheckedWhoeverWroteThem() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        _ = try site.write(
            "_site/index.html",
            """
            <!doctype html><html><head><title>Home</title>
            <meta name="og:title" content="Home">
            <meta property="og:title" content="Home again">
            <meta property="og:type" content="website">
            <meta property="og:url" content="https://example.com/">
            <meta property="og:image" content="/img/card.png">
            <meta name="twitter:card" content="summary_large_image">
            </head><body></body></html>
            """)
        _ = try site.write("_site/plain.html", "<!doctype html><html><head><title>x</title></head><body></body></html>")
        let result = try Program.ogcard.run(["lint", "--html", "_site", "--json"], in: site.root)
        #expect(result.status == 1)
        let report = try Self.json(result.stdout)
        let findings = Self.findings(report).filter { $0.item == "index.html" }
        let rules = Set(findings.compactMap { $0.finding["rule"] as? String })
        #expect(rules.isSuperset(of: ["property_attribute", "duplicate_tag", "alt", "https", "image_file"]))
        let attribute = try #require(findings.first { $0.finding["rule"] as? String == "property_attribute" })
        #expect(attribute.finding["tag"] as? String == "og:title")
        #expect((attribute.finding["platforms"] as? [String]) == ["LinkedIn"])
        // A page without any card tags is a note, not an error.
        #expect(
            Self.findings(report).filter { $0.item == "plain.html" }.allSatisfy {
                $0.finding["severity"] as? String == "note"
            })
    }

    @Test func usageErrorsExit2() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        #expect(try Program.ogcard.run(["lint", "--html", "x", "_posts/a.md"], in: site.root).status == 2)
        #expect(try Program.ogcard.run(["lint", "--jobs", "-1"], in: site.root).status == 2)
        #expect(try Program.ogcard.run(["lint", "--html", "does-not-exist"], in: site.root).status == 2)
        #expect(try Program.ogcard.run(["build", "--watch", "--strict"], in: site.root).status == 2)
    }
}
