public import Foundation

/// Reads posts (`.md`, `.markdown`, `.mdx`, `.html`) into `Post` values.
public enum PostReader {
    /// File extensions treated as posts (compared case-insensitively).
    public static let supportedExtensions: Set<String> = ["md", "markdown", "mdx", "html"]

    /// Whether `url` has a post extension.
    public static func isPostFile(_ url: URL) -> Bool {
        supportedExtensions.contains(url.pathExtension.lowercased())
    }

    /// Post files under `directory` (recursively, hidden files skipped), sorted by path
    /// so every run processes them in the same order.
    ///
    public static func postFiles(in directory: URL) throws(Diagnostic) -> [URL] {
        let paths = DirectoryWalker.files(under: directory.standardizedFileURL.path) { name in
            guard let dot = name.lastIndex(of: ".") else { return false }
            return supportedExtensions.contains(name[name.index(after: dot)...].lowercased())
        }
        guard let paths else {
            throw Diagnostic(file: directory.path, step: .readPost, reason: "cannot list the directory")
        }
        return paths.sorted().map { URL(fileURLWithPath: $0, isDirectory: false) }
    }

    /// Reads and parses the post at `url` (a regular file only: a FIFO or device would block).
    /// - Throws: `Diagnostic` when the file cannot be read or its front matter is invalid.
    public static func read(contentsOf url: URL, limits: InputLimits = .default) throws(Diagnostic) -> Post {
        let data: Data
        do {
            data = try RegularFile.read(url)
        } catch {
            throw Diagnostic(file: url.path, step: .readPost, reason: error.reason)
        }
        return try parse(data, path: url.path, limits: limits)
    }

    /// Parses a post's bytes; `path` names the file in errors and warnings and feeds the
    /// file-name fallbacks for date, title and slug. `limits` bounds the front matter and the
    /// title and tags kept (see `InputLimits`); `fields` says where each field is read from.
    public static func parse(
        _ data: Data, path: String, limits: InputLimits = .default, fields: PostFieldMap = PostFieldMap()
    ) throws(Diagnostic) -> Post {
        let bytes = [UInt8](data)
        let frontMatter = try FrontMatterParser.parse(bytes: bytes, path: path, limits: limits)
        let bodyStart = frontMatter?.bodyStart ?? (bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0)
        // The body only ever gives a fallback title from its first line: its start is enough.
        let bodyEnd = min(bytes.count, bodyStart + Self.bodyPrefixBytes)
        var reader = PostFieldReader(
            path: path, frontMatter: frontMatter,
            body: String(decoding: bytes[bodyStart..<bodyEnd], as: UTF8.self), limits: limits, fields: fields)
        return reader.post()
    }

    /// How much of a body is read for a fallback title.
    static let bodyPrefixBytes = 16_384
}
