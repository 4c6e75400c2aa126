import Foundation
import Yams

extension JekyllSiteSettings {
    /// The settings of a `_config.yml` whose top level is `mapping`. Lenient like Jekyll's own
    /// reader: a key of the wrong shape keeps Jekyll's default rather than failing the build.
    init(config mapping: Node.Mapping) {
        self.init(
            permalink: Self.text(mapping["permalink"]), baseURL: Self.text(mapping["baseurl"]),
            url: Self.text(mapping["url"]))
        timezone = Self.text(mapping["timezone"]).flatMap { $0.isEmpty ? nil : $0 }
        future = Self.isTruthy(mapping["future"])
        unpublished = Self.isTruthy(mapping["unpublished"])
        showDrafts = Self.isTruthy(mapping["show_drafts"])
        if let dir = Self.text(mapping["collections_dir"]) { collectionsDir = dir }
        if let extensions = Self.text(mapping["markdown_ext"]) {
            markdownExtensions = extensions.split(separator: ",").map {
                $0.trimmingCharacters(in: .whitespaces).lowercased()
            }
        }
        time = Self.text(mapping["time"])
        if let list = mapping["exclude"]?.sequence { exclude = list.compactMap(Self.text) }
        if let list = mapping["include"]?.sequence { include = list.compactMap(Self.text) }
        if let folder = Self.text(mapping["destination"]), !folder.isEmpty { destination = folder }
        collections = Self.collections(mapping["collections"])
        defaults = (mapping["defaults"]?.sequence ?? []).compactMap(Self.defaultSet)
    }

    /// `collections:` as a list of names or a mapping of name → `{output, permalink}`.
    private static func collections(_ node: Node?) -> [JekyllCollection] {
        if let list = node?.sequence {
            return list.compactMap(text).map { JekyllCollection(name: $0) }
        }
        guard let mapping = node?.mapping else { return [] }
        return mapping.compactMap { key, value in
            guard let name = text(key) else { return nil }
            let options = value.mapping
            return JekyllCollection(
                name: name, output: isTruthy(options?["output"]), permalink: text(options?["permalink"]))
        }
    }

    /// One `defaults:` entry; Jekyll skips (with a warning) an entry whose `values` is not a mapping.
    private static func defaultSet(_ node: Node) -> JekyllFrontMatterDefault? {
        guard let set = node.mapping, let values = set["values"]?.mapping else { return nil }
        let scope = set["scope"]?.mapping
        var type = text(scope?["type"])
        // Jekyll still accepts the singular names, with a deprecation warning.
        switch type {
        case "post": type = "posts"
        case "page": type = "pages"
        case "draft": type = "drafts"
        default: break
        }
        var entries: [FrontMatterEntry] = []
        var quoted = Set<String>()
        for (key, value) in values {
            guard let name = text(key) else { continue }
            entries.append(FrontMatterEntry(key: name, value: YAMLFrontMatterParser.convert(value)))
            if let scalar = value.scalar, scalar.style == .singleQuoted || scalar.style == .doubleQuoted {
                quoted.insert(name)
            }
        }
        return JekyllFrontMatterDefault(path: text(scope?["path"]), type: type, values: entries, quotedKeys: quoted)
    }

    /// A scalar's text (nil for null, lists and mappings).
    private static func text(_ node: Node?) -> String? {
        guard let scalar = node?.scalar else { return nil }
        if scalar.style == .plain, JekyllYAMLScalar.isNull(scalar.string) { return nil }
        return scalar.string
    }

    /// Ruby truthiness of a YAML value read by Psych: everything but `false`/`no`/`off` and null.
    private static func isTruthy(_ node: Node?) -> Bool {
        guard let node else { return false }
        guard let scalar = node.scalar else { return true }
        return JekyllYAMLScalar(text: scalar.string, isQuoted: scalar.style != .plain).isTruthy
    }
}
