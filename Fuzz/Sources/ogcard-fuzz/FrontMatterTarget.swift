import Foundation
import OGCard

/// Front matter (YAML, TOML, JSON), the post reader on top of it, and the picture rewriter.
///
/// Input: a post file. When it contains a NUL byte, the bytes after the last NUL are the new image
/// value and the bytes before it the post (so real posts, which have no NUL, are used whole with
/// one of a few awkward image values). The field rewritten (`image`, `og_image`, `cover.image`,
/// the first of `images`, `image.path`, the first of `tags`) is picked from the input's last byte
/// and length, so a one-byte mutation moves a post to another field.
///
/// Properties:
/// - nothing traps (parsing, reading and rewriting fail only with their declared `Diagnostic`); a
///   parsed block's ranges and key locations lie inside the file, in order; the post reader
///   agrees with the parser;
/// - a rewrite that reports a change re-parses with the field equal to the new value, every other
///   top-level entry equal and the rest of the field's value equal (an `image` mapping but its
///   `path`, a `cover` mapping but its `image`, an `images` list but its first item); it keeps the
///   bytes before the block and the body, changes bytes only inside the old top-level entry of the
///   field (or only inserts, when there was none), and a second rewrite is `.unchanged`;
/// - a rewrite that reports no change returns the input bytes.
enum FrontMatterTarget: FuzzTarget {
    static let name = "frontmatter"
    static let summary = "front matter parse + post reader + picture rewrite at a fuzzed field (only it changes)"

    /// New image values used when the input names none: plain, one needing quotes, one YAML would read as a bool.
    static let imageCandidates = ["/assets/og/fuzz.png", "it's \"quoted\": #not-a-comment", "true"]

    /// Where the picture is rewritten: the default, another key, a mapping's child, a list's first
    /// item, a child that is also `image`'s `path`, and a list real posts have (`tags`).
    static let fields: [ImageField] = [
        .image, .key("og_image"), .nested("cover", "image"), .firstItem("images"), .nested("image", "path"),
        .firstItem("tags"),
    ]

    static func test(_ data: [UInt8]) {
        let post: [UInt8]
        let newImage: String
        if let nul = data.lastIndex(of: 0) {
            post = Array(data[..<nul])
            newImage = String(decoding: data[(nul + 1)...], as: UTF8.self)
        } else {
            post = data
            newImage = imageCandidates[data.count % imageCandidates.count]
        }

        let field = fields[(data.count + Int(data.last ?? 0)) % fields.count]

        let frontMatter = checkParse(post)
        checkReader(post, frontMatter: frontMatter)
        for options in [ImageRewriteOptions(), ImageRewriteOptions(addMissingBlock: true, force: true)] {
            checkRewrite(post, frontMatter: frontMatter, newImage: newImage, field: field, options: options)
        }
    }

    /// Parses and checks the block's geometry; nil when there is no block or it does not parse.
    static func checkParse(_ post: [UInt8]) -> FrontMatter? {
        let frontMatter: FrontMatter?
        do {
            frontMatter = try FrontMatterParser.parse(bytes: post, path: "post.md")
        } catch {
            return nil  // A Diagnostic naming the line (the only error parse declares).
        }
        guard let frontMatter else { return nil }
        let origin = frontMatter.hasByteOrderMark ? 3 : 0
        FuzzCheck.require(frontMatter.blockRange.lowerBound == origin && frontMatter.blockRange.upperBound <= post.count,
                          "block \(frontMatter.blockRange) outside the file (\(post.count) bytes)")
        FuzzCheck.require(frontMatter.blockRange.contains(frontMatter.contentRange.lowerBound)
                          && frontMatter.contentRange.upperBound <= frontMatter.blockRange.upperBound,
                          "content \(frontMatter.contentRange) outside block \(frontMatter.blockRange)")
        FuzzCheck.require(frontMatter.openingLine <= frontMatter.closingLine, "closing line before opening line")
        // Locations are whole lines (several JSON keys may share one, and that line may run on
        // past the block), so they only move forward; a JSON value's own bytes lie in the object.
        var previousStart = 0
        var previousValueEnd = frontMatter.contentRange.lowerBound
        for location in frontMatter.locations {
            FuzzCheck.require(location.byteRange.lowerBound >= previousStart && location.byteRange.upperBound <= post.count,
                              "location of '\(location.key)' \(location.byteRange) out of order or outside the file")
            FuzzCheck.require(location.line <= location.lastLine
                              && (frontMatter.openingLine...frontMatter.closingLine).contains(location.line),
                              "lines of '\(location.key)' \(location.line)…\(location.lastLine) outside the block")
            FuzzCheck.require(frontMatter.entries.contains { $0.key == location.key }, "location of '\(location.key)' has no entry")
            if let value = location.valueByteRange {
                FuzzCheck.require(value.lowerBound >= previousValueEnd && value.upperBound <= frontMatter.contentRange.upperBound,
                                  "value of '\(location.key)' \(value) out of order or outside the object")
                previousValueEnd = value.upperBound
            }
            previousStart = location.byteRange.lowerBound
        }
        return frontMatter
    }

    /// The post reader sees the same block the parser does.
    static func checkReader(_ post: [UInt8], frontMatter: FrontMatter?) {
        do {
            let read = try PostReader.parse(Data(post), path: "_posts/2024-02-29-fuzz.md")
            FuzzCheck.require(read.frontMatter == frontMatter, "the post reader parsed a different front matter")
            _ = read.date?.iso8601
            _ = read.publishedAt?.iso8601
        } catch {
            // A Diagnostic (the only error the reader declares): a post that cannot be read.
        }
    }

    /// Rewrites and checks that only the field changed, independently of the rewriter's own check.
    static func checkRewrite(
        _ post: [UInt8], frontMatter: FrontMatter?, newImage: String, field: ImageField, options: ImageRewriteOptions
    ) {
        let rewriter = ImageLineRewriter(options: options)
        let rewrite: ImageRewrite
        do {
            rewrite = try rewriter.rewrite(Data(post), to: newImage, path: "post.md", field: field)
        } catch {
            return  // A Diagnostic (the only error rewrite declares): the post is refused with a reason.
        }
        let result = [UInt8](rewrite.data)
        guard case .changed = rewrite.outcome else {
            FuzzCheck.require(result == post, "outcome \(rewrite.outcome) but the bytes changed")
            return
        }
        let reparsed: FrontMatter?
        do {
            reparsed = try FrontMatterParser.parse(bytes: result, path: "post.md")
        } catch {
            FuzzCheck.require(false, "the rewritten post does not parse: \(error)")
            return
        }
        guard let reparsed else {
            FuzzCheck.require(false, "the rewritten post has no front matter")
            return
        }
        FuzzCheck.require(value(of: field, in: reparsed) == newImage,
                          "\(field) reads back as \(String(describing: value(of: field, in: reparsed))), not \(newImage)")
        FuzzCheck.require(result[reparsed.blockRange.upperBound...].elementsEqual(post[(frontMatter?.bodyStart ?? contentOrigin(post))...]),
                          "the body changed")
        FuzzCheck.require(result[..<reparsed.blockRange.lowerBound].elementsEqual(post[..<contentOrigin(post)]),
                          "the bytes before the block changed")
        if let frontMatter {
            let key = field.topLevelKey
            FuzzCheck.require(frontMatter.entries.filter { $0.key != key } == reparsed.entries.filter { $0.key != key },
                              "an entry other than \(key) changed")
            FuzzCheck.require(rest(of: field, in: frontMatter) == rest(of: field, in: reparsed),
                              "the \(key) value changed beyond \(field)")
            let changed = changedRange(from: post, to: result)
            // A TOML key's own line comes before a `[key]` table of the same name (as the rewriter picks).
            let location = frontMatter.locations.first { $0.key == key && !$0.isTable }
                ?? frontMatter.locations.first { $0.key == key }
            if let location {
                // JSON knows the value's own bytes; YAML and TOML entries are whole lines. An
                // insertion (a child, a list item) may sit at the entry's very end.
                let entry = location.valueByteRange ?? location.byteRange
                if changed.isEmpty {
                    // A pure insertion could have happened anywhere in a run of repeated bytes.
                    let points = insertionPoints(from: post, to: result)
                    FuzzCheck.require(points.lowerBound <= entry.upperBound && entry.lowerBound <= points.upperBound,
                                      "bytes were inserted at \(points), outside the \(key) entry \(entry)")
                } else {
                    FuzzCheck.require(changed.lowerBound >= entry.lowerBound && changed.upperBound <= entry.upperBound,
                                      "bytes \(changed) changed outside the \(key) entry \(entry)")
                }
            } else {
                FuzzCheck.require(changed.isEmpty, "bytes \(changed) of the original changed, but \(field) was only to be added")
            }
        }
        do {
            let again = try rewriter.rewrite(rewrite.data, to: newImage, path: "post.md", field: field)
            FuzzCheck.require(again.outcome == .unchanged && again.data == rewrite.data,
                              "a second rewrite was \(again.outcome), not unchanged")
        } catch {
            FuzzCheck.require(false, "a second rewrite threw: \(error)")
        }
    }

    /// Where a post without front matter starts (after its BOM): an added block goes there.
    static func contentOrigin(_ post: [UInt8]) -> Int {
        post.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    }

    /// The picture a card would replace at `field` (written here again, not taken from the rewriter):
    /// a string, or the `path` of a mapping, for a key; a mapping's child string; a list's first string.
    static func value(of field: ImageField, in frontMatter: FrontMatter) -> String? {
        switch field {
        case .key(let key):
            switch frontMatter[key] {
            case .scalar(let text)?: text
            case .mapping(let entries)?: entries.first { $0.key == "path" }?.value.string
            default: nil
            }
        case .nested(let parent, let child):
            frontMatter[parent]?.entries?.first { $0.key == child }?.value.string
        case .firstItem(let key):
            frontMatter[key]?.list?.first?.string
        }
    }

    /// What the rewrite must leave alone inside the field's top-level value: a key's mapping but
    /// its `path`, a parent mapping but its child (an absent or empty parent holds nothing), a
    /// list but its first item.
    static func rest(of field: ImageField, in frontMatter: FrontMatter) -> [FrontMatterEntry]? {
        switch field {
        case .key(let key):
            frontMatter[key]?.entries?.filter { $0.key != "path" }
        case .nested(let parent, let child):
            (frontMatter[parent]?.entries ?? []).filter { $0.key != child }
        case .firstItem(let key):
            (frontMatter[key]?.list ?? []).dropFirst().enumerated().map { FrontMatterEntry(key: "\($0.offset)", value: $0.element) }
        }
    }

    /// Where in `before` the bytes `after` adds could have been inserted (for a pure insertion):
    /// from the end of the longest common suffix's start to the end of the longest common prefix.
    static func insertionPoints(from before: [UInt8], to after: [UInt8]) -> ClosedRange<Int> {
        var prefix = 0
        while prefix < before.count, prefix < after.count, before[prefix] == after[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < before.count, suffix < after.count,
              before[before.count - 1 - suffix] == after[after.count - 1 - suffix] { suffix += 1 }
        let first = before.count - suffix
        return min(first, prefix)...max(first, prefix)
    }

    /// The range of `before` that differs from `after` once their common prefix and suffix are
    /// removed (empty for a pure insertion).
    static func changedRange(from before: [UInt8], to after: [UInt8]) -> Range<Int> {
        var prefix = 0
        while prefix < before.count, prefix < after.count, before[prefix] == after[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < before.count - prefix, suffix < after.count - prefix,
              before[before.count - 1 - suffix] == after[after.count - 1 - suffix] { suffix += 1 }
        return prefix..<(before.count - suffix)
    }
}
