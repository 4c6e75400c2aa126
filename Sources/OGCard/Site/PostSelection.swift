/// A subset of a site's posts: by path or glob, by tag, by date.
public struct PostSelection: Sendable, Hashable {
    /// Paths or globs (`*`, `?`, `**`) relative to the site root; any post when empty.
    public var paths: [String]
    /// Tags; a post with any of them matches; any post when empty.
    public var tags: [String]
    /// Posts dated on or after this day (`YYYY-MM-DD`); any post when nil.
    public var since: String?

    /// Creates a selection.
    public init(paths: [String] = [], tags: [String] = [], since: String? = nil) {
        self.paths = paths
        self.tags = tags
        self.since = since
    }

    /// Whether the post at `relativePath` matches.
    public func matches(_ post: Post, relativePath: String) -> Bool {
        if !paths.isEmpty, !paths.contains(where: { Glob.matches($0, relativePath) || Glob.matches($0, post.path) }) {
            return false
        }
        if !tags.isEmpty, !post.tags.contains(where: tags.contains) { return false }
        if let since, (post.date?.day ?? "") < since { return false }
        return true
    }
}
