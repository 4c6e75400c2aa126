import Foundation
import Testing

@testable import OGCard

/// Titles, tags and descriptions past their limits are cut (at a word boundary, with "…") before
/// anything spends time on their length; meta tags and the JSON index stay small.
@Suite struct TextLimitsTests {
    @Test func aLongTitleIsCutAtAWordBoundaryWithAWarning() throws {
        let words = (1...20_000).map { "word\($0)" }.joined(separator: " ")
        let post = try PostTestSupport.post("---\ntitle: \(words)\n---\n")
        #expect(post.title.count <= 300 && post.title.count > 200, "\(post.title.count)")
        #expect(post.title.hasSuffix("…"))
        // Every word kept is whole: the text before the ellipsis is a prefix of the title's words.
        let kept = post.title.dropLast().split(separator: " ").map(String.init)
        #expect(Array(words.split(separator: " ").prefix(kept.count).map(String.init)) == kept)
        let warning = try #require(post.warnings.first { $0.reason.contains("title_characters") })
        #expect(warning.line == 2 && warning.file == "_posts/2017-06-02-pycon-us-2017.md")
    }

    @Test func aTitleWithoutSpacesIsCutAtAGraphemeBoundary() throws {
        let title = String(repeating: "漢👩‍👩‍👧", count: 1000)
        let post = try PostTestSupport.post("---\ntitle: \(title)\n---\n")
        #expect(post.title.count == 300 && post.title.hasSuffix("…"))
        #expect(post.title.dropLast().allSatisfy { $0 == "漢" || $0 == "👩‍👩‍👧" })
    }

    @Test func aTitleWithinTheLimitIsUntouched() throws {
        let title = String(repeating: "a ", count: 149) + "b"
        let post = try PostTestSupport.post("---\ntitle: \(title)\n---\n")
        #expect(post.title == title && post.warnings.allSatisfy { !$0.reason.contains("title_characters") })
    }

    @Test func theTitleLimitIsConfigurable() throws {
        var limits = InputLimits()
        limits.titleCharacters = 20
        let post = try PostReader.parse(
            Data("---\ntitle: one two three four five six\n---\n".utf8), path: "p.md", limits: limits)
        #expect(post.title == "one two three four…")
    }

    @Test func tagsPastTheLimitAreDroppedWithAWarning() throws {
        let tags = (1...80).map { "t\($0)" }.joined(separator: ", ")
        let post = try PostTestSupport.post("---\ntitle: x\ntags: [\(tags)]\n---\n")
        #expect(post.tags == (1...50).map { "t\($0)" })
        let warning = try #require(post.warnings.first { $0.reason.contains("limits.tags") })
        #expect(warning.line == 3 && warning.reason.contains("80 tags"))
    }

    @Test func aHugeDescriptionIsCutInMetaTagsAndTheJSONIndex() throws {
        let description = String(repeating: "lorem ipsum ", count: 500_000)  // 6 MB
        let meta = MetaTags(title: "T", description: description, imageAlt: description)
        let tags = meta.metaTags()
        for key in ["og:description", "twitter:description", "og:image:alt"] {
            let content = try #require(tags.first { $0.key == key }?.content, "\(key)")
            #expect(content.count <= 300 && content.count > 250 && content.hasSuffix("…"), "\(key): \(content.count)")
            #expect(description.hasPrefix(String(content.dropLast())))
        }
        #expect(meta.html().utf8.count < 4000)
        #expect(MetaIndex.encode(tags).utf8.count < 4000)
    }

    @Test func aDescriptionOfExactlyTheLimitIsKept() {
        let description = String(repeating: "a", count: 300)
        #expect(
            MetaTags(title: "T", description: description).metaTags().first { $0.key == "og:description" }?.content
                == description)
    }

    @Test func cleaningAHugeRunOfCombiningMarksStaysBounded() {
        let zalgo = "a" + String(repeating: "\u{301}", count: 1_000_000)
        let cleaned = MetaText.clean(zalgo, maxCharacters: 300)
        #expect(cleaned.unicodeScalars.count < 3000 && cleaned.hasSuffix("…"))
    }

    @Test func markdownInAHugeTitleIsStrippedFromItsStartOnly() throws {
        // Unmatched openers made the closer search quadratic; nesting made it recurse per level.
        let nested = String(repeating: "[", count: 50_000) + "x" + String(repeating: "](u)", count: 50_000)
        #expect(!MarkdownTitle.plainText(nested).isEmpty)
        let stars = String(repeating: "*a _b `c ", count: 100_000)
        #expect(MarkdownTitle.plainText(stars).count <= MarkdownTitle.maximumInputCharacters)
        #expect(MarkdownTitle.plainText("**[Hello](x)** `code`") == "Hello code")
    }

    @Test func theCutHelper() {
        #expect("short".cut(toCharacters: 10) == "short")
        #expect("0123456789".cut(toCharacters: 10) == "0123456789")
        #expect("alpha beta gamma delta".cut(toCharacters: 12) == "alpha beta…")
        #expect("alpha, beta, gamma".cut(toCharacters: 13) == "alpha, beta…")
        #expect("abcdefghijkl".cut(toCharacters: 5) == "abcd…")
        #expect("abc".isLonger(thanCharacters: 2) && !"abc".isLonger(thanCharacters: 3))
    }
}
