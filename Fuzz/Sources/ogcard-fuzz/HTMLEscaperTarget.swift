import Foundation
import OGCard

/// The meta-tag HTML escaper: one `MetaTag` with raw text, and a whole `MetaTags` set with
/// the clean-up posts' values get.
///
/// Input: NUL-separated fields: a tag key and content, then title, description, page URL, site
/// name, image URL, image alt, published time, author, tags (split on byte 1), Twitter site and creator.
///
/// Properties:
/// - `<meta ATTRIBUTE="KEY" content="CONTENT">` is exactly the shape written; the values hold no
///   raw `"`, `<` or `>`, and an independent entity decoder reads back the key and content given;
/// - `MetaTags.html()` writes one such line per tag, each reading back as that tag's content,
///   and the content is one clean line: no control characters, no whitespace but single spaces
///   between words;
/// - the JSON form decodes back to the same tags.
enum HTMLEscaperTarget: FuzzTarget {
    static let name = "html-escaper"
    static let summary = "meta tag HTML escaping (attribute reads back as the text; no raw quote, <, >)"

    static func test(_ data: [UInt8]) {
        let fields = data.split(separator: 0, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
        func field(_ index: Int) -> String { index < fields.count ? fields[index] : "" }
        let attribute: MetaTag.Attribute = data.count % 2 == 0 ? .property : .name
        checkTag(MetaTag(attribute: attribute, key: field(0), content: field(1)))

        let tags = MetaTags(
            title: field(2), description: field(3), pageURL: field(4), siteName: field(5), imageURL: field(6),
            imageAlt: fields.count > 7 ? field(7) : nil, publishedTime: field(8), author: field(9),
            tags: field(10).split(separator: "\u{1}").map(String.init), twitterSite: field(11), twitterCreator: field(12))
        let list = tags.metaTags()
        // Lines are split on the byte, not on Characters (a combining mark may follow a newline).
        let lines = Array(tags.html().utf8).split(separator: 0x0A, omittingEmptySubsequences: false)
        FuzzCheck.require(lines.count == list.count + 1 && lines.last?.isEmpty == true, "\(list.count) tags but \(lines.count - 1) lines")
        for (line, tag) in zip(lines, list) {
            FuzzCheck.require(line.elementsEqual(tag.html.utf8), "line \(String(decoding: line, as: UTF8.self).debugDescription) is not the tag's html")
            checkTag(tag)
            FuzzCheck.require(isOneCleanLine(tag.content), "content \(tag.content.debugDescription) is not one clean line")
        }
        do {
            let decoded = try JSONDecoder().decode([MetaTag].self, from: Data(tags.jsonString().utf8))
            FuzzCheck.require(decoded == list, "the JSON form reads back as different tags")
        } catch {
            FuzzCheck.require(false, "the JSON form does not decode: \(error)")
        }
    }

    /// Parses the tag's HTML back by hand, byte by byte as an HTML tokenizer would (Swift's
    /// Characters could merge a quote with a following combining mark), and compares it with what was given.
    static func checkTag(_ tag: MetaTag) {
        let html = Array(tag.html.utf8)
        let opening = Array("<meta \(tag.attribute.rawValue)=\"".utf8)
        let separator = Array("\" content=\"".utf8)
        let closing = Array("\">".utf8)
        FuzzCheck.require(html.starts(with: opening) && html.reversed().starts(with: closing.reversed()),
                          "unexpected shape: \(tag.html.debugDescription)")
        let inner = html[opening.count..<(html.count - closing.count)]
        // The key's value ends at the first quote: a raw quote in the key would show here.
        guard let keyEnd = inner.firstIndex(of: UInt8(ascii: "\"")), inner[keyEnd...].starts(with: separator) else {
            FuzzCheck.require(false, "no content attribute after the key: \(tag.html.debugDescription)")
            return
        }
        let values = [inner[..<keyEnd], inner[(keyEnd + separator.count)...]]
        for (value, original) in zip(values, [tag.key, tag.content]) {
            FuzzCheck.require(!value.contains { $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">") },
                              "raw \", < or > in \(String(decoding: value, as: UTF8.self).debugDescription)")
            let text = String(decoding: value, as: UTF8.self)
            let decoded = HTMLEntityDecoder.decode(text)
            // Scalars, not String ==, which would accept a canonically equivalent rewrite.
            FuzzCheck.require(decoded.map { Array($0.unicodeScalars) } == Array(original.unicodeScalars), "\(text.debugDescription) reads back as \(decoded.debugDescription), not \(original.debugDescription)")
        }
    }

    /// No control characters, no whitespace but single spaces between other characters.
    static func isOneCleanLine(_ text: String) -> Bool {
        var previousWasSpace = true  // so a leading space fails
        for scalar in text.unicodeScalars {
            if scalar.properties.generalCategory == .control { return false }
            if scalar.properties.isWhitespace {
                if scalar != " " || previousWasSpace { return false }
                previousWasSpace = true
            } else {
                previousWasSpace = false
            }
        }
        return !previousWasSpace || text.isEmpty
    }
}
