package import Foundation

/// Replaces only the value of a post's picture in its front matter: the top-level `image` by
/// default, or another `ImageField` (`og_image`, `cover.image`, the first of `images`).
///
/// Every other byte is kept: key order, comments, line endings (CRLF stays CRLF),
/// the quoting style of the old value, the trailing newline and the body. The edit is
/// a splice of the value token, and the result is re-parsed and compared with the
/// original before it is returned, so a rewrite either does exactly that or throws;
/// it never hands back a corrupted file. YAML, TOML and JSON front matter are supported.
package struct ImageLineRewriter: Sendable {
    /// The options in effect.
    package var options: ImageRewriteOptions
    /// The front-matter limits posts are parsed with (the same as when they were read).
    package var limits: InputLimits

    /// Creates a rewriter.
    package init(options: ImageRewriteOptions = ImageRewriteOptions(), limits: InputLimits = .default) {
        self.options = options
        self.limits = limits
    }

    /// A planned splice: replace `range` of the file with `replacement`.
    struct Edit {
        var range: Range<Int>
        var replacement: [UInt8]
        var line: Int
    }

    /// Rewrites the picture of the post in `data` to `newImage`.
    ///
    /// - Parameters:
    ///   - path: names the file in errors and is not read.
    ///   - field: where the picture sits (`image` unless the caller knows better): a top-level key,
    ///     a key inside a top-level mapping (`cover.image`) or the first item of a list (`images`).
    /// - Returns: `.unchanged` with identical bytes when the value is already `newImage`
    ///   (so running twice is harmless), `.skipped` when policy or options say to leave
    ///   the post alone, `.changed` otherwise.
    /// - Throws: `Diagnostic` (step `.rewritePost`) for values that cannot be edited
    ///   safely, such as block scalars, anchors, lists across lines or list items that are
    ///   mappings, or invalid front matter.
    package func rewrite(_ data: Data, to newImage: String, path: String, field: ImageField = .image)
        throws(Diagnostic) -> ImageRewrite
    {
        let bytes = [UInt8](data)
        guard !newImage.isEmpty, !newImage.contains(where: { $0.isNewline }) else {
            throw Diagnostic(file: path, step: .rewritePost, reason: "the new image value must be one non-empty line")
        }
        guard let frontMatter = try FrontMatterParser.parse(bytes: bytes, path: path, limits: limits) else {
            guard options.addMissingBlock else {
                return ImageRewrite(outcome: .skipped(reason: "no front matter block"), data: data)
            }
            return try finish(
                bytes, edit: missingBlockEdit(bytes, field: field, newImage: newImage), original: nil,
                field: field, newImage: newImage, path: path)
        }
        let existing = Self.imageValue(in: frontMatter, field: field)
        if existing == newImage { return ImageRewrite(outcome: .unchanged, data: data) }
        try Self.checkShape(frontMatter, field: field, path: path)
        guard ImageReplacementPolicy.shouldReplace(existing: existing, force: options.force) else {
            return ImageRewrite(
                outcome: .skipped(
                    reason: "\(field) \"\(existing ?? "")\" is not an opengraphimg URL (use force to replace it)"),
                data: data)
        }
        if !Self.hasSlot(frontMatter, field: field), !options.addMissingKey {
            return ImageRewrite(outcome: .skipped(reason: Self.missingReason(field)), data: data)
        }
        let edit: Edit
        switch frontMatter.format {
        case .yaml: edit = try yamlEdit(bytes, frontMatter, field: field, newImage: newImage, path: path)
        case .toml: edit = try tomlEdit(bytes, frontMatter, field: field, newImage: newImage, path: path)
        case .json: edit = try jsonEdit(bytes, frontMatter, field: field, newImage: newImage, path: path)
        }
        return try finish(bytes, edit: edit, original: frontMatter, field: field, newImage: newImage, path: path)
    }

    /// The current picture at `field`: for `.key`, a string value or the `path` of a mapping
    /// value; for `.nested`, the child's string; for `.firstItem`, the first item's string.
    /// `nil` when there is none (or it is not a string).
    package static func imageValue(in frontMatter: FrontMatter, field: ImageField) -> String? {
        switch field {
        case .key(let key):
            switch frontMatter[key] {
            case .scalar(let text)?: return text
            case let mapping? where mapping.entries != nil: return mapping["path"]?.string
            default: return nil
            }
        case .nested(let parent, let child):
            return frontMatter[parent]?[child]?.string
        case .firstItem(let key):
            return frontMatter[key]?.list?.first?.string
        }
    }

    /// Whether the post already has a place for the value (so nothing needs adding): the key
    /// for `.key`, the child key for `.nested`, a first item for `.firstItem`.
    static func hasSlot(_ frontMatter: FrontMatter, field: ImageField) -> Bool {
        switch field {
        case .key(let key):
            // A TOML `[image]` table is the key too (its `path` is the picture).
            return frontMatter.location(of: key) != nil
        case .nested(let parent, let child):
            return frontMatter[parent]?[child] != nil
        case .firstItem(let key):
            return !(frontMatter[key]?.list?.isEmpty ?? true)
        }
    }

    /// Why a post without a slot is left alone when adding is disabled.
    static func missingReason(_ field: ImageField) -> String {
        switch field {
        case .key, .nested: "no \(field) key and adding one is disabled"
        case .firstItem: "no \(field) item and adding one is disabled"
        }
    }

    /// Refuses values whose shape the field cannot hold: a `.nested` parent that is not a
    /// mapping (or a child that is not a scalar), a `.firstItem` key that is not a list, or a
    /// list whose first item is itself a list or mapping. (`.key` refuses in the format edits,
    /// as it always has.)
    static func checkShape(_ frontMatter: FrontMatter, field: ImageField, path: String) throws(Diagnostic) {
        let line = frontMatter.location(of: field.topLevelKey)?.line
        func refuse(_ reason: String) -> Diagnostic {
            Diagnostic(file: path, line: line, step: .rewritePost, reason: reason + "; edit it by hand")
        }
        switch field {
        case .key:
            return
        case .nested(let parent, let child):
            switch frontMatter[parent] {
            case nil, .null?: return
            case .mapping(let entries)?:
                switch entries.first(where: { $0.key == child })?.value {
                case .list?, .mapping?: throw refuse("\(field) is a list or mapping, not a string")
                default: return
                }
            default: throw refuse("\(parent) is not a mapping, so it has no \(child)")
            }
        case .firstItem(let key):
            switch frontMatter[key] {
            case nil, .null?: return
            case .list(let items)?:
                switch items.first {
                case .list?, .mapping?: throw refuse("the first item of \(key) is a list or mapping, not a string")
                default: return
                }
            default: throw refuse("\(key) is not a list")
            }
        }
    }

    /// Applies the edit, then re-parses to prove only the picture changed: the field reads back
    /// as `newImage`; every other top-level entry is equal; the rest of a `.key` mapping (all but
    /// `path`), of a `.nested` parent (all but the child) and of a `.firstItem` list (all but the
    /// first item) is equal; the body is byte-identical.
    func finish(
        _ bytes: [UInt8], edit: Edit, original: FrontMatter?, field: ImageField, newImage: String, path: String
    ) throws(Diagnostic) -> ImageRewrite {
        var result = bytes
        result.replaceSubrange(edit.range, with: edit.replacement)
        let reparsed: FrontMatter?
        do {
            reparsed = try FrontMatterParser.parse(bytes: result, path: path, limits: limits)
        } catch {
            throw Diagnostic(
                file: path, line: edit.line, step: .rewritePost,
                reason: "refusing: the edited front matter would not parse (\(error))")
        }
        guard let reparsed, Self.imageValue(in: reparsed, field: field) == newImage else {
            throw Diagnostic(
                file: path, line: edit.line, step: .rewritePost,
                reason: "refusing: the edited front matter would not read back the new image")
        }
        if let original {
            let key = field.topLevelKey
            let before = original.entries.filter { $0.key != key }
            let after = reparsed.entries.filter { $0.key != key }
            guard before == after, Self.restOfField(original, field) == Self.restOfField(reparsed, field),
                bytes[original.blockRange.upperBound...] == result[reparsed.blockRange.upperBound...]
            else {
                throw Diagnostic(
                    file: path, line: edit.line, step: .rewritePost,
                    reason: "refusing: the edit would change more than the image")
            }
        }
        return ImageRewrite(outcome: .changed(line: edit.line), data: Data(result))
    }

    /// What must not change inside the field's top-level value: a `.key` mapping without its
    /// `path`, a `.nested` parent without its child, a `.firstItem` list without its first item.
    static func restOfField(_ frontMatter: FrontMatter, _ field: ImageField) -> FrontMatterValue? {
        switch field {
        case .key(let key):
            return frontMatter[key]?.entries.map { .mapping($0.filter { $0.key != "path" }) }
        case .nested(let parent, let child):
            return .mapping((frontMatter[parent]?.entries ?? []).filter { $0.key != child })
        case .firstItem(let key):
            return .list(Array((frontMatter[key]?.list ?? []).dropFirst()))
        }
    }

    /// A minimal YAML block holding the field, for a file without front matter, after any BOM,
    /// using the file's first line ending (LF for an empty or single-line file).
    func missingBlockEdit(_ bytes: [UInt8], field: ImageField, newImage: String) -> Edit {
        let origin = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let firstLine = SourceLine.split(bytes, from: origin).first
        let ending = firstLine.map { $0.ending(in: bytes) }.flatMap { $0.isEmpty ? nil : $0 } ?? "\n"
        let entry = Self.yamlEntry(field, newImage, ending: ending)
        let text = "---\(ending)\(entry.text)---\(ending)"
        return Edit(range: origin..<origin, replacement: Array(text.utf8), line: 2 + entry.valueLineOffset)
    }
}
