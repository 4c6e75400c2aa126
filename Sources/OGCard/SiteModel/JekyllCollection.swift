import Foundation

/// One entry of `_config.yml`'s `collections:` (list or mapping form): a `_name/` folder of documents.
package struct JekyllCollection: Hashable, Sendable {
    /// The label (`recipes` for `_recipes/`).
    package var name: String
    /// `output:`: whether Jekyll writes a page per document (always true for `posts`).
    package var output: Bool
    /// `permalink:` as written: a template (a style name here is taken literally, as Jekyll does).
    package var permalink: String?

    /// Creates a collection.
    package init(name: String, output: Bool = false, permalink: String? = nil) {
        self.name = name
        self.output = output
        self.permalink = permalink
    }
}
