import Foundation
import OGCard
import Testing

/// Meta-tag rendering, checked by parsing the HTML back.
@Suite struct MetaTagsTests {
    /// One parsed `<meta>` line.
    struct Parsed: Equatable {
        var attribute: String
        var key: String
        var content: String
    }

    /// Parses one-tag-per-line HTML back, failing on any line that is not exactly a meta tag
    /// or on a raw special character inside a value.
    static func parse(_ html: String) throws -> [Parsed] {
        #expect(html.hasSuffix("\n"))
        let pattern = try NSRegularExpression(pattern: #"^<meta (property|name)="([^"<>']*)" content="([^"<>']*)">$"#)
        return try html.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map { line in
            let text = String(line)
            let range = NSRange(text.startIndex..., in: text)
            let match = try #require(pattern.firstMatch(in: text, range: range), "bad line: \(text)")
            func group(_ i: Int) -> String { String(text[Range(match.range(at: i), in: text)!]) }
            let content = group(3)
            // Every & must start one of our entities.
            let entity = try NSRegularExpression(pattern: #"&(?!(amp|lt|gt|quot|#39);)"#)
            #expect(entity.firstMatch(in: content, range: NSRange(content.startIndex..., in: content)) == nil)
            return Parsed(attribute: group(1), key: group(2), content: unescape(content))
        }
    }

    /// Reverses the five escapes (`&amp;` last, so `&amp;lt;` stays `&lt;`).
    static func unescape(_ text: String) -> String {
        text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    static let full = MetaTags(
        title: "PyCon US 2017", description: "Notes from PyCon.", pageURL: "https://example.com/pycon/",
        siteName: "Jeff's Blog", imageURL: "https://example.com/assets/og/pycon.png",
        publishedTime: "2017-05-20T10:00:00+00:00", author: "webology", tags: ["pycon", "python"],
        twitterSite: "webology", twitterCreator: "@jeff")

    @Test func everyTagInOrder() throws {
        let parsed = try Self.parse(Self.full.html())
        let expected: [Parsed] = [
            .init(attribute: "property", key: "og:title", content: "PyCon US 2017"),
            .init(attribute: "property", key: "og:description", content: "Notes from PyCon."),
            .init(attribute: "property", key: "og:type", content: "article"),
            .init(attribute: "property", key: "og:url", content: "https://example.com/pycon/"),
            .init(attribute: "property", key: "og:site_name", content: "Jeff's Blog"),
            .init(attribute: "property", key: "og:image", content: "https://example.com/assets/og/pycon.png"),
            .init(attribute: "property", key: "og:image:type", content: "image/png"),
            .init(attribute: "property", key: "og:image:width", content: "1200"),
            .init(attribute: "property", key: "og:image:height", content: "630"),
            .init(attribute: "property", key: "og:image:alt", content: "Social card: PyCon US 2017 by webology"),
            .init(attribute: "property", key: "article:published_time", content: "2017-05-20T10:00:00+00:00"),
            .init(attribute: "property", key: "article:author", content: "webology"),
            .init(attribute: "property", key: "article:tag", content: "pycon"),
            .init(attribute: "property", key: "article:tag", content: "python"),
            .init(attribute: "name", key: "twitter:card", content: "summary_large_image"),
            .init(attribute: "name", key: "twitter:site", content: "@webology"),
            .init(attribute: "name", key: "twitter:creator", content: "@jeff"),
            .init(attribute: "name", key: "twitter:title", content: "PyCon US 2017"),
            .init(attribute: "name", key: "twitter:description", content: "Notes from PyCon."),
            .init(attribute: "name", key: "twitter:image", content: "https://example.com/assets/og/pycon.png"),
            .init(attribute: "name", key: "twitter:image:alt", content: "Social card: PyCon US 2017 by webology"),
        ]
        #expect(parsed == expected)
        #expect(Self.full.html() == Self.full.html())
        #expect(Self.full.html().contains("content=\"Jeff&#39;s Blog\""))
    }

    @Test func escapesEverySpecialCharacterInEveryField() throws {
        let nasty = "a & b < c > d \" e ' f\ng\r\nh\ti\u{0}j\u{7}k\u{7F}l"
        let clean = "a & b < c > d \" e ' f g h ij" + "kl"
        let tags = MetaTags(
            title: nasty, description: nasty, pageURL: nasty, siteName: nasty, imageURL: nasty,
            imageType: nasty, imageAlt: nasty, publishedTime: nasty, author: nasty, tags: [nasty],
            twitterSite: nasty, twitterCreator: nasty)
        let html = tags.html()
        #expect(!html.contains("\u{0}") && !html.contains("\t") && !html.contains("\r"))
        #expect(html.split(separator: "\n").count == 20)
        let parsed = try Self.parse(html)
        #expect(parsed.count == 20)
        for tag in parsed {
            switch tag.key {
            case "og:type": #expect(tag.content == "article")
            case "twitter:card": #expect(tag.content == "summary_large_image")
            case "og:image:width": #expect(tag.content == "1200")
            case "og:image:height": #expect(tag.content == "630")
            case "twitter:site", "twitter:creator": #expect(tag.content == "@" + clean)
            default: #expect(tag.content == clean, "\(tag.key)")
            }
        }
        #expect(html.contains("a &amp; b &lt; c &gt; d &quot; e &#39; f g h ijkl"))
    }

    @Test func omitsEmptyValues() throws {
        let tags = MetaTags(title: "Only a title", description: "  \n ", tags: ["", "  ", "x", "x"])
        let parsed = try Self.parse(tags.html())
        #expect(
            parsed.map(\.key) == [
                "og:title", "og:type", "og:image:type", "og:image:width", "og:image:height", "og:image:alt",
                "article:tag", "twitter:card", "twitter:title", "twitter:image:alt",
            ])
        #expect(parsed.first { $0.key == "og:image:alt" }?.content == "Social card: Only a title")
        let none = MetaTags(title: "", imageType: "", imageWidth: 0, imageHeight: 0)
        #expect(try Self.parse(none.html()).map(\.key) == ["og:type", "twitter:card"])
    }

    @Test func explicitAltWins() {
        let tags = MetaTags(title: "T", imageAlt: "A navy card", author: "A")
        #expect(tags.effectiveImageAlt == "A navy card")
        #expect(MetaTags(title: "T", imageAlt: " ", author: "A").effectiveImageAlt == "Social card: T by A")
    }

    @Test func twitterHandles() {
        #expect(MetaTags.twitterHandle("webology") == "@webology")
        #expect(MetaTags.twitterHandle("@webology") == "@webology")
        #expect(MetaTags.twitterHandle(" @@webology ") == "@webology")
        #expect(MetaTags.twitterHandle("https://twitter.com/webology") == "@webology")
        #expect(MetaTags.twitterHandle("") == "")
        #expect(MetaTags.twitterHandle("@") == "")
    }

    @Test func json() throws {
        let text = Self.full.jsonString()
        let data = try #require(text.data(using: .utf8))
        let decoded = try JSONSerialization.jsonObject(with: data) as? [[String: String]]
        let list = try #require(decoded)
        #expect(list.count == 21)
        #expect(list[0] == ["property": "og:title", "content": "PyCon US 2017"])
        #expect(list[14] == ["name": "twitter:card", "content": "summary_large_image"])
        #expect(text.contains("\"content\" : \"https://example.com/pycon/\""))
        // Sorted keys: "content" before "name"/"property".
        #expect(text.range(of: "\"content\"")!.lowerBound < text.range(of: "\"property\"")!.lowerBound)
        #expect(Self.full.json().map(\.key) == Self.full.metaTags().map(\.key))
    }
}
