import Foundation
import OGCardTestSupport
import Testing

@testable import OGCard

/// `ogcard lint`'s rules on crafted tags and files: each rule fires on what breaks it, names the
/// tag and the platforms, and stays silent on what ogcard writes.
struct LintTagTests {
    private static let rules = try! LintRules.load()

    /// The tags ogcard writes for a typical post.
    private static func goodTags(title: String = "A post", imageURL: String = "https://example.com/assets/og/a.png")
        -> [MetaTag]
    {
        MetaTags(
            title: title, description: "About a post.", pageURL: "https://example.com/a/", siteName: "Example",
            imageURL: imageURL, author: "Ann"
        ).metaTags()
    }

    private static func check(_ tags: [MetaTag], image: LintImageFile? = nil) -> [LintFinding] {
        TagLint(rules: rules).check(tags: tags, image: image, missingImage: nil).findings
    }

    private static func card(bytes: Int, width: Int = 1200, height: Int = 630) -> LintImageFile {
        var image = LintImageFile(label: "assets/og/a.png", bytes: bytes)
        var header: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]
        header += Array("IHDR".utf8)
        for value in [width, height] { header += [24, 16, 8, 0].map { UInt8((value >> $0) & 0xFF) } }
        image.sniff(header)
        return image
    }

    @Test func theRulesFileNamesEveryPlatformAndASourceForEveryRule() {
        #expect(
            Self.rules.platforms.map(\.name) == [
                "Facebook", "X", "LinkedIn", "Slack", "Discord", "Mastodon", "WhatsApp", "iMessage",
            ])
        let all = Array(Self.rules.general.values) + Self.rules.platforms.flatMap { $0.rules.values }
        #expect(all.count > 20)
        for rule in all { #expect(rule.source.hasPrefix("https://"), "\(rule)") }
    }

    @Test func whatOgcardWritesIsClean() {
        let findings = Self.check(Self.goodTags(), image: Self.card(bytes: 60_000))
        #expect(findings.filter { $0.severity != .note } == [])
    }

    @Test func aRelativeImageURLIsAnErrorNamingTheTag() {
        let findings = Self.check(Self.goodTags(imageURL: "/assets/og/a.png"))
        let https = findings.filter { $0.rule == "https" }
        #expect(Set(https.map(\.tag)) == ["og:image", "twitter:image"])
        #expect(https.allSatisfy { $0.severity == .error && $0.message.contains("\"/assets/og/a.png\"") })
    }

    @Test func anHTTPPageURLIsAWarning() {
        var tags = Self.goodTags()
        tags = tags.map {
            $0.key == "og:url" ? MetaTag(attribute: .property, key: "og:url", content: "http://example.com/a/") : $0
        }
        let findings = Self.check(tags).filter { $0.rule == "https" }
        #expect(findings.map(\.tag) == ["og:url"])
        #expect(findings.first?.severity == .warning)
    }

    @Test func aFourHundredKilobyteCardWarnsForWhatsAppOnly() {
        let findings = Self.check(Self.goodTags(), image: Self.card(bytes: 400 * 1024)).filter {
            $0.rule == "max_bytes"
        }
        #expect(findings.map(\.platforms) == [["WhatsApp"]])
        #expect(findings.first?.severity == .warning)
        #expect(findings.first?.message.contains("400 KB") == true)
        #expect(findings.first?.message.contains("300 KB") == true)
        #expect(findings.first?.message.contains("max_card_bytes") == true)
    }

    @Test func aTwoMegabyteCardIsIgnoredByMastodon() {
        let findings = Self.check(Self.goodTags(), image: Self.card(bytes: 2 << 20)).filter { $0.rule == "max_bytes" }
        #expect(findings.map(\.platforms) == [["Mastodon"], ["WhatsApp"]])
        #expect(findings.first?.severity == .error)
    }

    @Test func declaredDimensionsMustMatchTheFile() {
        let findings = Self.check(Self.goodTags(), image: Self.card(bytes: 1000, width: 1200, height: 600))
        let mismatch = findings.filter { $0.rule == "image_dimensions" }
        #expect(mismatch.map(\.tag) == ["og:image:height"])
        #expect(mismatch.first?.message.contains("630") == true)
        // 2:1 is not 1.91:1: Facebook, LinkedIn and Discord letterbox it.
        #expect(findings.filter { $0.rule == "aspect" }.map(\.platforms) == [["Facebook"], ["LinkedIn"], ["Discord"]])
    }

    @Test func aSmallImageIsBelowEveryPlatformsMinimum() {
        let findings = Self.check(Self.goodTags(), image: Self.card(bytes: 1000, width: 200, height: 105))
        let x = findings.filter { $0.platforms == ["X"] && $0.rule.hasPrefix("min_") }
        #expect(x.map(\.rule) == ["min_width", "min_height"])
        #expect(x.allSatisfy { $0.severity == .error })
    }

    @Test func aTitleOf200CharactersShowsWhereEachPlatformCutsIt() {
        let title = String(repeating: "abcdefghij", count: 20)
        let findings = Self.check(Self.goodTags(title: title)).filter { $0.rule == "title_characters" }
        #expect(findings.map(\.platforms) == [["Facebook"], ["X"]])
        #expect(findings.allSatisfy { $0.severity == .warning })
        let x = findings.first { $0.platforms == ["X"] }
        #expect(x?.tag == "twitter:title")
        #expect(x?.message.contains("shows \"\(title.prefix(70))…\"") == true)
    }

    @Test func aMissingAltIsAWarning() {
        let tags = Self.goodTags().filter { !$0.key.hasSuffix(":alt") }
        let findings = Self.check(tags).filter { $0.rule == "alt" }
        #expect(findings.map(\.tag) == ["og:image:alt"])
        #expect(findings.first?.severity == .warning)
    }

    @Test func anOverlongAltIsCutByX() {
        var tags = Self.goodTags()
        tags = tags.map {
            $0.key.hasSuffix(":alt")
                ? MetaTag(attribute: $0.attribute, key: $0.key, content: String(repeating: "a", count: 500)) : $0
        }
        #expect(Self.check(tags).filter { $0.rule == "alt_characters" }.map(\.platforms) == [["X"]])
    }

    @Test func openGraphTagsInNameAreIgnoredByLinkedIn() {
        var tags = Self.goodTags()
        tags = tags.map { $0.key == "og:image" ? MetaTag(attribute: .name, key: "og:image", content: $0.content) : $0 }
        let findings = Self.check(tags).filter { $0.rule == "property_attribute" }
        #expect(findings.map(\.tag) == ["og:image"])
        #expect(findings.first?.platforms == ["LinkedIn"])
        #expect(findings.first?.severity == .error)
        // Twitter tags in property= are read by X all the same: a note.
        let twitter = [MetaTag(attribute: .property, key: "twitter:card", content: "summary_large_image")]
        #expect(Self.check(twitter).filter { $0.rule == "property_attribute" }.map(\.severity) == [.note])
    }

    @Test func duplicatesWithDifferentContentAreAWarning() {
        let tags = Self.goodTags() + [MetaTag(attribute: .property, key: "og:title", content: "Another title")]
        let findings = Self.check(tags).filter { $0.rule == "duplicate_tag" }
        #expect(findings.map(\.tag) == ["og:title"])
        #expect(findings.first?.severity == .warning)
        #expect(findings.first?.message.contains("\"Another title\"") == true)
        // Repeated article:tag and og:image entries are Open Graph arrays, not duplicates.
        let arrays =
            Self.goodTags() + [MetaTag(attribute: .property, key: "article:tag", content: "x")]
            + [MetaTag(attribute: .property, key: "article:tag", content: "y")]
        #expect(Self.check(arrays).filter { $0.rule == "duplicate_tag" }.isEmpty)
    }

    @Test func twitterCardTypeDecidesTheLargeImage() {
        let summary = Self.goodTags().map {
            $0.key == "twitter:card" ? MetaTag(attribute: .name, key: "twitter:card", content: "summary") : $0
        }
        #expect(
            Self.check(summary).filter { $0.rule == "large_image_card" }.map(\.platforms) == [
                ["X"], ["Slack"], ["Discord"],
            ])
        let wrong = Self.goodTags().map {
            $0.key == "twitter:card" ? MetaTag(attribute: .name, key: "twitter:card", content: "large") : $0
        }
        #expect(Self.check(wrong).filter { $0.rule == "large_image_card" }.map(\.severity) == [.error])
        let none = Self.goodTags().filter { $0.key != "twitter:card" }
        #expect(Self.check(none).filter { $0.rule == "large_image_card" }.map(\.severity) == [.warning])
    }

    @Test func missingRequiredTagsAreErrors() {
        let findings = Self.check([MetaTag(attribute: .property, key: "og:description", content: "x")])
        #expect(
            findings.filter { $0.rule == "missing_tag" }.map(\.tag) == ["og:title", "og:image", "og:url", "og:type"])
        #expect(findings.filter { $0.rule == "missing_tag" }.map(\.severity) == [.error, .error, .error, .warning])
    }

    @Test func aMissingFileAndAWrongTypeAreErrors() {
        let missing = TagLint(rules: Self.rules).check(
            tags: Self.goodTags(), image: nil, missingImage: "assets/og/a.png (run ogcard build)"
        ).findings
        #expect(missing.filter { $0.rule == "image_file" }.map(\.severity) == [.error])
        var jpeg = LintImageFile(label: "a.png", bytes: 100)
        jpeg.sniff([0xFF, 0xD8, 0xFF, 0xE0, 0, 16] + Array(repeating: 0, count: 16))
        #expect(
            Self.check(Self.goodTags(), image: jpeg).filter { $0.rule == "image_type" }.map(\.tag) == ["og:image:type"])
    }

    @Test func findingsComeErrorsFirst() {
        let findings = Self.check(Self.goodTags(title: String(repeating: "x", count: 100), imageURL: "a.png"))
        let severities = findings.map(\.severity)
        #expect(severities == severities.sorted(by: >))
    }

    @Test func theReportEncodesAsJSONWithCounts() throws {
        let item = LintItemReport(
            item: "_posts/a.md", findings: Self.check(Self.goodTags(imageURL: "/a.png")))
        let report = LintReport(items: [item])
        let object = try #require(try JSONSerialization.jsonObject(with: report.json()) as? [String: Any])
        #expect(object["errors"] as? Int == report.errors)
        #expect(report.errors == 2)
        let items = try #require(object["items"] as? [[String: Any]])
        #expect(items.first?["item"] as? String == "_posts/a.md")
        let first = try #require((items.first?["findings"] as? [[String: Any]])?.first)
        #expect(first["tag"] as? String == "og:image")
        #expect(first["severity"] as? String == "error")
    }
}
