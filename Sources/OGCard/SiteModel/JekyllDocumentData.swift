import Foundation

/// A document's data as Jekyll sees it: the matching `defaults:` of `_config.yml` merged in
/// precedence order, then the YAML front matter over them (a null front-matter value keeps the
/// default, as Jekyll's `deep_merge_hashes` does).
package struct JekyllDocumentData: Sendable {
    /// One value and whether it was a quoted scalar.
    package struct Value: Sendable, Equatable {
        /// The value.
        package var value: FrontMatterValue
        /// Whether it was a quoted YAML scalar.
        package var isQuoted: Bool
        /// Whether it comes from `defaults:` rather than the file's front matter.
        package var isDefault: Bool

        /// The scalar as Psych types it; lists and mappings are `nil`.
        package var scalar: JekyllYAMLScalar? {
            switch value {
            case .scalar(let text): JekyllYAMLScalar(text: text, isQuoted: isQuoted)
            case .null: JekyllYAMLScalar(text: "", isQuoted: false)
            case .list, .mapping: nil
            }
        }
    }

    /// The merged values.
    package var values: [String: Value] = [:]
    /// `categories` of the merged defaults alone (Jekyll unions them with the front matter's).
    package var defaultCategories: FrontMatterValue?
    /// `categories` of the front matter alone.
    package var frontMatterCategories: FrontMatterValue?

    /// The data of `document`, whose front matter is `frontMatter` (only YAML counts: Jekyll reads
    /// no other front matter).
    package init(document: JekyllDocument, frontMatter: FrontMatter?, settings: JekyllSiteSettings) {
        for set in Self.matchingDefaults(document: document, settings: settings) {
            for entry in set.values {
                values[entry.key] = Value(
                    value: entry.value, isQuoted: set.quotedKeys.contains(entry.key), isDefault: true)
            }
        }
        defaultCategories = values["categories"]?.value
        guard let frontMatter, frontMatter.format == .yaml else { return }
        var seen = Set<String>()
        for entry in frontMatter.entries where seen.insert(entry.key).inserted {
            if entry.value.isNull, values[entry.key] != nil { continue }
            values[entry.key] = Value(
                value: entry.value, isQuoted: frontMatter.quotedKeys.contains(entry.key), isDefault: false)
            if entry.key == "categories" { frontMatterCategories = entry.value }
        }
    }

    /// The value of `key`, if the defaults or the front matter set it.
    package subscript(key: String) -> Value? { values[key] }

    /// The `defaults:` sets that apply, ordered so that later ones win (Jekyll's `all` with
    /// `has_precedence?`: a longer scope path wins, then a set with a `type`, then the later set).
    static func matchingDefaults(document: JekyllDocument, settings: JekyllSiteSettings)
        -> [JekyllFrontMatterDefault]
    {
        var ordered: [JekyllFrontMatterDefault] = []
        var winner: JekyllFrontMatterDefault?
        for set in settings.defaults where applies(set, to: document, settings: settings) {
            if let current = winner, !hasPrecedence(set, over: current) {
                ordered.insert(set, at: 0)
            } else {
                ordered.append(set)
                winner = set
            }
        }
        return ordered
    }

    private static func applies(
        _ set: JekyllFrontMatterDefault, to document: JekyllDocument, settings: JekyllSiteSettings
    ) -> Bool {
        if let type = set.type, type != document.type { return false }
        guard var scope = set.path, !scope.isEmpty else { return true }
        let collectionsDir = settings.collectionsPath
        if !collectionsDir.isEmpty, scope.hasPrefix(collectionsDir + "/") {
            scope.removeFirst(collectionsDir.count + 1)
        }
        if scope.contains("*") {
            // Jekyll globs the scope on disk and takes each match as a prefix.
            let parts = document.relativePath.split(separator: "/", omittingEmptySubsequences: false)
            return (1...parts.count).contains { Glob.matches(scope, parts.prefix($0).joined(separator: "/")) }
        }
        return document.relativePath.hasPrefix(scope)
    }

    private static func sanitized(_ path: String?) -> String {
        guard var path, !path.isEmpty else { return "" }
        if path.hasPrefix("/") {
            path.removeFirst()
        }
        return path
    }

    private static func hasPrecedence(_ new: JekyllFrontMatterDefault, over old: JekyllFrontMatterDefault) -> Bool {
        let newPath = sanitized(new.path)
        let oldPath = sanitized(old.path)
        if newPath.count != oldPath.count { return newPath.count >= oldPath.count }
        return new.type != nil || old.type == nil
    }
}
