import Foundation

/// One set of `_config.yml`'s `defaults:`: front-matter values for the documents in a scope.
package struct JekyllFrontMatterDefault: Hashable, Sendable {
    /// `scope.path`: a path prefix (or glob) relative to the site source; nil or "" for every path.
    package var path: String?
    /// `scope.type`: `posts`, `drafts`, `pages` or a collection name; nil for every type.
    package var type: String?
    /// `values:`, as front matter.
    package var values: [FrontMatterEntry]
    /// The keys of `values` whose value is a quoted scalar (see `FrontMatter.quotedKeys`).
    package var quotedKeys: Set<String>

    /// Creates a default set.
    package init(path: String?, type: String?, values: [FrontMatterEntry], quotedKeys: Set<String> = []) {
        self.path = path
        self.type = type
        self.values = values
        self.quotedKeys = quotedKeys
    }
}
