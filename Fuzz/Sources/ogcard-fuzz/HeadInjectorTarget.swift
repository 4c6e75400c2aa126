import Foundation
import OGCard

/// `ogcard inject`'s splice of meta tags into a page's head (gumbo-parsed, byte-exact).
///
/// Input: a line of text for the tags' values (title, description and tags), a NUL, then the page.
///
/// Properties:
/// - the injected page, parsed again as a browser parses it, has exactly the tags given as the
///   managed tags of its head, once each, in order;
/// - only bytes inside the original page's head changed (from its `<head>`, or the start of the
///   page when it has none written, to its `</head>`, or the end of the page);
/// - injecting the same tags again changes nothing.
enum HeadInjectorTarget: FuzzTarget {
    static let name = "head-injector"
    static let summary = "meta tags spliced into a page's head (parsed back once each; only the head changes; idempotent)"

    static func test(_ data: [UInt8]) {
        let split = data.firstIndex(of: 0) ?? 0
        let text = String(decoding: data[..<split], as: UTF8.self)
        let page = Array(data[(split == 0 ? 0 : split + 1)...])
        let tags = MetaTags(
            title: text.isEmpty ? "Title" : text, description: String(text.reversed()),
            pageURL: "https://example.org/page/", siteName: "Site", imageURL: "https://example.org/og/page.png",
            publishedTime: "2024-01-02T00:00:00Z", author: "Ada", tags: text.split(separator: " ").map(String.init)
        ).metaTags()

        // A page nested deeper than ogcard parses is left alone (and must not crash the estimate).
        guard let injected = HeadInjector.inject(tags, into: page) else { return }
        let found = HeadInjector.managedTags(in: injected)
        // gumbo reads a noncharacter (U+FFFF, U+FDD0 …) as U+FFFD, which browsers do not: the
        // tags are compared as gumbo reads them.
        let expected = tags.map { tag in
            var tag = tag
            tag.content = String(String.UnicodeScalarView(tag.content.unicodeScalars.map { isNoncharacter($0) ? "\u{FFFD}" : $0 }))
            return tag
        }
        FuzzCheck.require(
            found == expected,
            "the head holds \(found.count) managed tags, not the \(tags.count) given; first difference: "
                + "\(zip(found, expected).first { $0 != $1 }.map { "\($0.0) vs \($0.1)" } ?? "in number")")

        let head = HeadInjector.headBounds(in: page)
        var prefix = 0
        while prefix < min(page.count, injected.count), page[prefix] == injected[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < min(page.count, injected.count) - prefix, page[page.count - 1 - suffix] == injected[injected.count - 1 - suffix] {
            suffix += 1
        }
        FuzzCheck.require(
            prefix == page.count && suffix == 0 && injected.count == page.count
                || (prefix >= head.lowerBound && page.count - suffix <= head.upperBound),
            "bytes outside the head changed (first change at \(prefix), head \(head))")

        let again = HeadInjector.inject(tags, into: injected)
        FuzzCheck.require(again == injected, "a second injection changed the page")
    }

    /// U+FDD0…U+FDEF and the last two code points of every plane.
    static func isNoncharacter(_ scalar: Unicode.Scalar) -> Bool {
        (0xFDD0...0xFDEF).contains(scalar.value) || scalar.value & 0xFFFE == 0xFFFE
    }
}
