import Foundation

/// A post's categories as Jekyll 4.3 builds them (`Document#categories_from_path`,
/// `merge_categories!`, `populate_categories`) and the two placeholders made from them.
package enum JekyllCategories {
    /// Folders above `_posts`, then `categories` of `defaults:`, then front matter `categories`
    /// (a string split on whitespace; each step a union keeping first occurrences), then
    /// `category` appended (a string kept whole, a list flattened); exact repeats removed.
    package static func categories(
        folders: [String], defaults: FrontMatterValue?, frontMatter: FrontMatterValue?, category: FrontMatterValue?
    ) -> [String] {
        var list = folders
        for value in [defaults, frontMatter] {
            guard let value, !value.isNull else { continue }
            for item in plural(value) where !list.contains(item) { list.append(item) }
        }
        // `Array(categories) + (category || categories split)`, then `uniq`.
        var all = list
        if let category, !category.isNull {
            all += flattened(category)
        } else {
            all += list
        }
        var seen = Set<String>()
        return all.filter { seen.insert($0).inserted }
    }

    /// `:categories`: each downcased (Ruby full lowercasing), repeats after downcasing
    /// removed, joined with `/`; not slugified.
    package static func placeholder(_ categories: [String]) -> String {
        unique(categories.map(JekyllSlugify.downcase)).joined(separator: "/")
    }

    /// `:slugified_categories`: each slugified (default mode), repeats removed, joined with `/`.
    package static func slugifiedPlaceholder(_ categories: [String]) -> String {
        unique(categories.map { JekyllSlugify.slugify($0) }).joined(separator: "/")
    }

    private static func unique(_ items: [String]) -> [String] {
        var seen = Set<String>()
        return items.filter { seen.insert($0).inserted }
    }

    /// A `categories` value: a string split on whitespace, a list item by item (`to_s`).
    private static func plural(_ value: FrontMatterValue) -> [String] {
        switch value {
        case .scalar(let text): text.split(whereSeparator: { " \t\n\r\u{0B}\u{0C}".contains($0) }).map(String.init)
        case .list(let items): items.map(rubyString)
        case .null, .mapping: []
        }
    }

    /// A `category` value: a string whole, a list flattened without nulls.
    private static func flattened(_ value: FrontMatterValue) -> [String] {
        switch value {
        case .scalar: [rubyString(value)]
        case .list(let items): items.filter { !$0.isNull }.flatMap(flattened)
        case .null, .mapping: []
        }
    }

    /// Ruby's `to_s` of an item as Psych typed it (booleans read `true`/`false`, null "").
    private static func rubyString(_ value: FrontMatterValue) -> String {
        switch value {
        case .scalar(let text):
            if case .boolean(let flag) = JekyllYAMLScalar.tokenize(text) { return flag ? "true" : "false" }
            return text
        case .list(let items): return items.map(rubyString).joined(separator: " ")
        case .null, .mapping: return ""
        }
    }
}
