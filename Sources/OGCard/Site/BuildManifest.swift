package import Foundation

/// What the last build made: per post, a fingerprint of its file and the digest of everything
/// that shaped its card. Sorted JSON, one record per line: stable across runs, safe to commit,
/// and a diff shows the posts that changed.
package struct BuildManifest: Codable, Hashable, Sendable {
    /// One post's record.
    package struct Entry: Codable, Hashable, Sendable {
        /// FNV-1a 64 of the post file's bytes, to notice an edit without parsing the post.
        package var source: String
        /// The unique slug the post's card got.
        package var slug: String
        /// The card file, relative to the site root; nil when the post keeps its own picture.
        package var card: String?
        /// The snippet file, relative to the site root.
        package var snippet: String?
        /// SHA-256 of the card's inputs (text, layout, fonts, renderer version).
        package var digest: String
        /// Why the generator does not publish the post (it then has no card and no snippet); such
        /// posts are read again on every build, since time alone can publish them.
        package var hidden: String? = nil
        /// When the published post stops being published (seconds since 1970), so the build
        /// that runs after that moment reads it again.
        package var expires: Int64? = nil
        /// The post's language, when known (translations share a slug in language folders).
        package var language: String? = nil
        /// Posts with the same key are translations of each other.
        package var translationKey: String? = nil
        /// The `og:locale:alternate` values its tags carry, so a new translation updates them.
        package var alternates: [String]? = nil
    }

    /// What ogcard last saw of a file cards depend on (a font, a logo).
    package struct FileRecord: Codable, Hashable, Sendable {
        /// Size in bytes.
        package var size: Int64
        /// Modification time, nanoseconds since 1970.
        package var modified: Int64
        /// FNV-1a 64 of the bytes.
        package var digest: String
    }

    /// The manifest format: 2 records languages, translations and publication; a build reading
    /// an older one reads every post again (once) to fill them in. 3 is 2's records written one
    /// per line (and read without JSONDecoder): a format-2 manifest is read as it is, and
    /// rewritten as 3 by the next build that writes.
    package var format = BuildManifest.currentFormat
    /// The format this version writes.
    package static let currentFormat = 3
    /// The oldest format whose records are complete: from it on, unchanged posts are not read again.
    package static let completeFormat = 2
    /// SHA-256 of the settings every card shares (config files, fonts, renderer version).
    package var settings: String
    /// Records by post path relative to the site root.
    package var posts: [String: Entry]
    /// Fonts and images cards depend on, by absolute path.
    package var files: [String: FileRecord] = [:]

    private enum CodingKeys: String, CodingKey {
        case format, settings, posts, files
    }

    /// Reads a manifest; `files` may be absent (manifests written before it existed).
    package init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        format = try container.decode(Int.self, forKey: .format)
        settings = try container.decode(String.self, forKey: .settings)
        posts = try container.decode([String: Entry].self, forKey: .posts)
        files = try container.decodeIfPresent([String: FileRecord].self, forKey: .files) ?? [:]
    }

    /// An empty manifest.
    package init(settings: String = "", posts: [String: Entry] = [:]) {
        self.settings = settings
        self.posts = posts
    }

    /// Reads `file`; an absent file is an empty manifest, a corrupt one an error.
    package static func load(from file: URL) throws(Diagnostic) -> BuildManifest {
        let data: Data
        do {
            data = try RegularFile.read(file)
        } catch {
            if error.isMissing { return BuildManifest() }
            throw Diagnostic(file: file.path, step: .readManifest, reason: "cannot read the file (\(error.reason))")
        }
        let result = data.withUnsafeBytes { bytes -> Result<BuildManifest, Diagnostic> in
            var reader = ManifestJSONReader(bytes)
            do throws(ManifestJSONReader.Failure) {
                return .success(try decode(&reader))
            } catch {
                return .failure(
                    Diagnostic(
                        file: file.path, line: reader.line(of: error.offset), step: .readManifest,
                        reason: "not a valid ogcard manifest (\(error.reason)); delete it to rebuild every card"))
            }
        }
        return try result.get()
    }

    /// The manifest in `reader`'s bytes: any JSON layout of format 1 or later.
    static func decode(_ reader: inout ManifestJSONReader) throws(ManifestJSONReader.Failure) -> BuildManifest {
        var manifest = BuildManifest()
        var seen: Set<String> = []
        try reader.readObject { reader, key throws(ManifestJSONReader.Failure) in
            seen.insert(key)
            switch key {
            case "format": manifest.format = Int(try reader.readInteger())
            case "settings": manifest.settings = try reader.readString()
            case "posts":
                try reader.readObject { reader, path throws(ManifestJSONReader.Failure) in
                    manifest.posts[path] = try Entry.decode(&reader)
                }
            case "files":
                try reader.readObject { reader, path throws(ManifestJSONReader.Failure) in
                    manifest.files[path] = try FileRecord.decode(&reader)
                }
            default: try reader.skipValue()
            }
        }
        try reader.expectEnd()
        for key in ["format", "settings", "posts"] where !seen.contains(key) {
            throw ManifestJSONReader.Failure(offset: 0, reason: "no \"\(key)\"")
        }
        return manifest
    }

    /// The manifest as JSON with a final newline: sorted keys, one post (and one file) per
    /// line, so that a build that changes one post changes one line.
    package func encoded() -> Data {
        var text = "{\n  \"files\": {"
        var separator = "\n"
        for path in files.keys.sorted() {
            guard let record = files[path] else { continue }
            text += separator + "    " + ImageLineRewriter.jsonString(path) + ": " + record.json
            separator = ",\n"
        }
        text += files.isEmpty ? "},\n" : "\n  },\n"
        text += "  \"format\": \(format),\n  \"posts\": {"
        separator = "\n"
        var data = Data(text.utf8)
        // Appended post by post: one string for a 100 000-post manifest would be built twice.
        for path in posts.keys.sorted() {
            guard let entry = posts[path] else { continue }
            data.append(contentsOf: (separator + "    " + ImageLineRewriter.jsonString(path) + ": " + entry.json).utf8)
            separator = ",\n"
        }
        text = posts.isEmpty ? "},\n" : "\n  },\n"
        text += "  \"settings\": " + ImageLineRewriter.jsonString(settings) + "\n}\n"
        data.append(contentsOf: text.utf8)
        return data
    }
}

extension BuildManifest.Entry {
    /// Reads one post's record; keys it does not know are skipped.
    static func decode(_ reader: inout ManifestJSONReader) throws(ManifestJSONReader.Failure) -> Self {
        var source: String?
        var slug: String?
        var digest: String?
        var entry = Self(source: "", slug: "", digest: "")
        try reader.readObject { reader, key throws(ManifestJSONReader.Failure) in
            if reader.readNull() { return }
            switch key {
            case "source": source = try reader.readString()
            case "slug": slug = try reader.readString()
            case "digest": digest = try reader.readString()
            case "card": entry.card = try reader.readString()
            case "snippet": entry.snippet = try reader.readString()
            case "hidden": entry.hidden = try reader.readString()
            case "expires": entry.expires = try reader.readInteger()
            case "language": entry.language = try reader.readString()
            case "translationKey": entry.translationKey = try reader.readString()
            case "alternates": entry.alternates = try reader.readStringArray()
            default: try reader.skipValue()
            }
        }
        guard let source, let slug, let digest else {
            throw ManifestJSONReader.Failure(offset: reader.offset, reason: "a post without source, slug or digest")
        }
        entry.source = source
        entry.slug = slug
        entry.digest = digest
        return entry
    }

    /// The record as one line of JSON, keys sorted, absent values left out.
    var json: String {
        var fields: [(String, String)] = []
        if let alternates {
            fields.append(
                ("alternates", "[" + alternates.map(ImageLineRewriter.jsonString).joined(separator: ",") + "]"))
        }
        if let card { fields.append(("card", ImageLineRewriter.jsonString(card))) }
        fields.append(("digest", ImageLineRewriter.jsonString(digest)))
        if let expires { fields.append(("expires", String(expires))) }
        if let hidden { fields.append(("hidden", ImageLineRewriter.jsonString(hidden))) }
        if let language { fields.append(("language", ImageLineRewriter.jsonString(language))) }
        fields.append(("slug", ImageLineRewriter.jsonString(slug)))
        if let snippet { fields.append(("snippet", ImageLineRewriter.jsonString(snippet))) }
        fields.append(("source", ImageLineRewriter.jsonString(source)))
        if let translationKey { fields.append(("translationKey", ImageLineRewriter.jsonString(translationKey))) }
        return "{" + fields.map { "\"\($0.0)\":\($0.1)" }.joined(separator: ",") + "}"
    }
}

extension BuildManifest.FileRecord {
    /// Reads one file's record.
    static func decode(_ reader: inout ManifestJSONReader) throws(ManifestJSONReader.Failure) -> Self {
        var record = Self(size: -1, modified: 0, digest: "")
        try reader.readObject { reader, key throws(ManifestJSONReader.Failure) in
            switch key {
            case "size": record.size = try reader.readInteger()
            case "modified": record.modified = try reader.readInteger()
            case "digest": record.digest = try reader.readString()
            default: try reader.skipValue()
            }
        }
        return record
    }

    /// The record as one line of JSON, keys sorted.
    var json: String {
        "{\"digest\":\(ImageLineRewriter.jsonString(digest)),\"modified\":\(modified),\"size\":\(size)}"
    }
}
