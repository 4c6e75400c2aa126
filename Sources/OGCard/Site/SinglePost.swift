import Foundation

/// One post read and parsed on its own, as `SiteBuild.plan(postAt:)` (and so `ogcard serve`) and
/// `ogcard lint` need it: its path from the site root, the parsed post, and the start of its
/// body (what the planner reads a description from).
struct SinglePost {
    /// The post's path from the site root.
    let relativePath: String
    /// The parsed post.
    let post: Post
    /// The first 16 KB of the body, decoded.
    let body: Substring

    /// Reads and parses the post at `file` with `config`'s limits and field names.
    init(_ file: URL, config: SiteConfig) throws(Diagnostic) {
        relativePath = SitePaths.relative(file, to: config.root)
        let data: Data
        do {
            data = try RegularFile.read(file)
        } catch {
            throw Diagnostic(file: relativePath, step: .readPost, reason: error.reason)
        }
        post = try PostReader.parse(data, path: relativePath, limits: config.limits, fields: config.fields)
        let bytes = post.frontMatter.map { data[data.startIndex + $0.bodyStart..<data.endIndex] } ?? data[...]
        body = Substring(String(decoding: bytes.prefix(16_384), as: UTF8.self))
    }
}
