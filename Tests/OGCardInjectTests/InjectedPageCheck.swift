import Foundation
import OGCardTestSupport
import Testing

@testable import OGCard

/// What a test checks on every page `inject` wrote: each tag once, og:url and og:image as
/// expected, the card a real 1200×630 PNG, and not a byte changed outside the tags.
struct InjectedPageCheck {
    /// The built folder.
    let folder: URL
    /// The site URL given to inject.
    let siteURL: String
    /// The card folder inside `folder`.
    var cards = "og"

    /// The managed tags in the head of `bytes`, in order, as (key, content).
    static func headTags(_ bytes: Data) -> [(key: String, content: String)] {
        let document = HTMLDocument(parsing: [UInt8](bytes))
        return (document.head?.elements ?? []).compactMap { element in
            guard let key = ManagedMetaKeys.key(of: element), ManagedMetaKeys.all.contains(key) else { return nil }
            return (key, element["content"] ?? "")
        }
    }

    /// `url` with the `?v=` query `inject` adds by default: the first 8 hex digits of the
    /// SHA-256 of the card `file`, or nil when it cannot be read.
    static func fingerprinted(_ url: String, file: URL) -> String? {
        guard let data = try? Data(contentsOf: file) else { return nil }
        return url + "?v=" + SHA256Digest.hex([UInt8](data)).prefix(8)
    }

    /// `bytes` with every managed tag taken out (with its line when alone on one): two pages
    /// equal this way differ only in their managed tags.
    static func withoutManagedTags(_ bytes: Data) -> [UInt8] {
        let array = [UInt8](bytes)
        let facts = PageReader.facts(of: HTMLDocument(parsing: array))
        return HeadSplice.apply([], to: array, layout: facts.head)
    }

    /// Checks the page at `path` (relative to the folder), once `original`, now injected.
    func expectInjected(
        _ path: String, original: Data, url expectedURL: String, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let injected = try Data(contentsOf: folder.appendingPathComponent(path))
        let tags = Self.headTags(injected)
        var counts: [String: Int] = [:]
        for tag in tags { counts[tag.key, default: 0] += 1 }
        for key in [
            "og:title", "og:type", "og:url", "og:image", "og:image:type", "og:image:width", "og:image:height",
            "og:image:alt", "twitter:card", "twitter:title", "twitter:image",
        ] {
            #expect(counts[key] == 1, "\(path): \(key) \(counts[key] ?? 0) times", sourceLocation: sourceLocation)
        }
        for (key, count) in counts where key != "article:tag" && key != "og:locale:alternate" {
            #expect(count == 1, "\(path): \(key) \(count) times", sourceLocation: sourceLocation)
        }
        let value = { (key: String) in tags.first { $0.key == key }?.content }
        #expect(value("og:url") == expectedURL, "\(path)", sourceLocation: sourceLocation)
        #expect(value("og:image:width") == "1200" && value("og:image:height") == "630", sourceLocation: sourceLocation)
        let image = try #require(value("og:image"), sourceLocation: sourceLocation)
        #expect(image.hasPrefix(siteURL + "/\(cards)/"), "\(path): og:image \(image)", sourceLocation: sourceLocation)
        #expect(value("twitter:image") == image, sourceLocation: sourceLocation)
        // `image_url_fingerprint: query`, the default: the query is the card file's digest.
        let (plain, query) = image.firstIndex(of: "?").map { (image[..<$0], image[$0...]) } ?? (image[...], "")
        let cardPath = String(plain.dropFirst(siteURL.count + 1)).removingPercentEncoding ?? ""
        let cardFile = folder.appendingPathComponent(cardPath)
        #expect(
            query.isEmpty || image == Self.fingerprinted(String(plain), file: cardFile), "\(path): og:image \(image)",
            sourceLocation: sourceLocation)
        let card = try DecodedImage(png: Data(contentsOf: cardFile))
        #expect(card.width == 1200 && card.height == 630, "\(cardPath)", sourceLocation: sourceLocation)
        #expect(
            Self.withoutManagedTags(injected) == Self.withoutManagedTags(original),
            "\(path): bytes other than the managed tags changed", sourceLocation: sourceLocation)
        expectChangesInsideHead(path, original: original, injected: injected, sourceLocation: sourceLocation)
    }

    /// The bytes that differ lie between the start of the original's `<head>` (or of the page,
    /// when it has none written) and the end of its `</head>` (or of the page).
    func expectChangesInsideHead(
        _ path: String, original: Data, injected: Data, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let old = [UInt8](original)
        let new = [UInt8](injected)
        var prefix = 0
        while prefix < min(old.count, new.count), old[prefix] == new[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < min(old.count, new.count) - prefix, old[old.count - 1 - suffix] == new[new.count - 1 - suffix] {
            suffix += 1
        }
        let head = HTMLDocument(parsing: old).head
        let lower = head?.startTag?.lowerBound ?? 0
        let upper = head?.endTag?.upperBound ?? old.count
        #expect(prefix >= lower, "\(path): a change before <head>", sourceLocation: sourceLocation)
        #expect(old.count - suffix <= upper, "\(path): a change after </head>", sourceLocation: sourceLocation)
    }
}

/// Runs the built `ogcard` with `arguments`.
func runOGCard(_ arguments: [String], in folder: URL) throws -> ProcessResult {
    try Program.ogcard.run(arguments, in: folder, timeout: .seconds(300))
}
