package import Foundation

/// Replaces only the value of a post's top-level `image` in its front matter.
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

    /// Rewrites the image of the post in `data` to `newImage`.
    ///
    /// - Parameter path: names the file in errors and is not read.
    /// - Returns: `.unchanged` with identical bytes when the value is already `newImage`
    ///   (so running twice is harmless), `.skipped` when policy or options say to leave
    ///   the post alone, `.changed` otherwise.
    /// - Throws: `Diagnostic` (step `.rewriteImage`) for values that cannot be edited
    ///   safely, such as block scalars or flow collections, or invalid front matter.
    package func rewrite(_ data: Data, to newImage: String, path: String) throws(Diagnostic) -> ImageRewrite {
        let bytes = [UInt8](data)
        guard !newImage.isEmpty, !newImage.contains(where: { $0.isNewline }) else {
            throw Diagnostic(file: path, step: .rewritePost, reason: "the new image value must be one non-empty line")
        }
        guard let frontMatter = try FrontMatterParser.parse(bytes: bytes, path: path, limits: limits) else {
            guard options.addMissingBlock else {
                return ImageRewrite(outcome: .skipped(reason: "no front matter block"), data: data)
            }
            return try finish(
                bytes, edit: missingBlockEdit(bytes, newImage: newImage), original: nil,
                newImage: newImage, path: path)
        }
        let existing = Self.imagePath(in: frontMatter)
        if existing == newImage { return ImageRewrite(outcome: .unchanged, data: data) }
        guard ImageReplacementPolicy.shouldReplace(existing: existing, force: options.force) else {
            return ImageRewrite(
                outcome: .skipped(
                    reason: "image \"\(existing ?? "")\" is not an opengraphimg URL (use force to replace it)"),
                data: data)
        }
        let hasKey = frontMatter.locations.contains { $0.key == "image" && !$0.isTable }
        if !hasKey, !options.addMissingKey {
            return ImageRewrite(outcome: .skipped(reason: "no image key and adding one is disabled"), data: data)
        }
        let edit: Edit
        switch frontMatter.format {
        case .yaml: edit = try yamlEdit(bytes, frontMatter, newImage: newImage, path: path)
        case .toml: edit = try tomlEdit(bytes, frontMatter, newImage: newImage, path: path)
        case .json: edit = try jsonEdit(bytes, frontMatter, newImage: newImage, path: path)
        }
        return try finish(bytes, edit: edit, original: frontMatter, newImage: newImage, path: path)
    }

    /// The current image path: a string value, or `path` of a mapping value.
    static func imagePath(in frontMatter: FrontMatter) -> String? {
        switch frontMatter["image"] {
        case .scalar(let text)?: return text
        case let mapping? where mapping.entries != nil: return mapping["path"]?.string
        default: return nil
        }
    }

    /// Applies the edit, then re-parses to prove only `image` changed.
    func finish(_ bytes: [UInt8], edit: Edit, original: FrontMatter?, newImage: String, path: String) throws(Diagnostic)
        -> ImageRewrite
    {
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
        guard let reparsed, Self.imagePath(in: reparsed) == newImage else {
            throw Diagnostic(
                file: path, line: edit.line, step: .rewritePost,
                reason: "refusing: the edited front matter would not read back the new image")
        }
        if let original {
            let before = original.entries.filter { $0.key != "image" }
            let after = reparsed.entries.filter { $0.key != "image" }
            let imageBefore = original["image"]?.entries?.filter { $0.key != "path" }
            let imageAfter = reparsed["image"]?.entries?.filter { $0.key != "path" }
            guard before == after, imageBefore == imageAfter,
                bytes[original.blockRange.upperBound...] == result[reparsed.blockRange.upperBound...]
            else {
                throw Diagnostic(
                    file: path, line: edit.line, step: .rewritePost,
                    reason: "refusing: the edit would change more than the image")
            }
        }
        return ImageRewrite(outcome: .changed(line: edit.line), data: Data(result))
    }

    /// A minimal YAML block for a file without front matter, after any BOM, using the
    /// file's first line ending (LF for an empty or single-line file).
    func missingBlockEdit(_ bytes: [UInt8], newImage: String) -> Edit {
        let origin = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let firstLine = SourceLine.split(bytes, from: origin).first
        let ending = firstLine.map { $0.ending(in: bytes) }.flatMap { $0.isEmpty ? nil : $0 } ?? "\n"
        let text = "---\(ending)image: \(YAMLScalarStyle.plain.render(newImage))\(ending)---\(ending)"
        return Edit(range: origin..<origin, replacement: Array(text.utf8), line: 2)
    }
}
