package import Foundation

/// What the last build made: per post, a fingerprint of its file and the digest of everything
/// that shaped its card. Sorted, pretty JSON: stable across runs and safe to commit.
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
    /// an older one reads every post again (once) to fill them in.
    package var format = BuildManifest.currentFormat
    /// The format this version writes.
    package static let currentFormat = 2
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
        do {
            return try JSONDecoder().decode(BuildManifest.self, from: data)
        } catch {
            throw Diagnostic(
                file: file.path, step: .readManifest,
                reason: "not a valid ogcard manifest (\(error)); delete it to rebuild every card")
        }
    }

    /// The manifest as sorted, pretty JSON with a final newline.
    package func encoded() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return ((try? encoder.encode(self)) ?? Data()) + Data("\n".utf8)
    }
}
