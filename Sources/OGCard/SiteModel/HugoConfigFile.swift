package import Foundation
import Yams

/// Hugo's site config file (`hugo.toml|yaml|yml|json`, `config.toml|yaml|yml|json`) read into the
/// same value tree as front matter, and the settings ogcard needs read from that tree.
package enum HugoConfigFile {
    /// The names Hugo 0.111 looks for at the site root, in its order.
    package static let names = [
        "hugo.toml", "hugo.yaml", "hugo.yml", "hugo.json", "config.toml", "config.yaml", "config.yml", "config.json",
    ]

    /// Hugo's config folder: `config/_default/`, whose `hugo.*` / `config.*` is the main file and
    /// every other `name.toml|yaml|yml|json` the table `name` (`languages.toml`, `permalinks.yaml`).
    package static let directory = "config/_default"

    /// Whether `root` has a main config file in `config/_default/`.
    package static func hasDirectory(in root: URL) -> Bool {
        names.contains {
            FileManager.default.fileExists(atPath: root.appendingPathComponent(directory + "/" + $0).path)
        }
    }

    /// Every file of `root/config/_default/`, sorted (for the build's settings digest).
    package static func directoryFiles(root: URL) -> [URL] {
        let folder = root.appendingPathComponent(directory)
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted().map {
            folder.appendingPathComponent($0)
        }
    }

    /// The merged entries of `root/config/_default/` (main file first), and the main file's
    /// site-relative path; nil when the folder has no main file.
    package static func directoryEntries(root: URL) throws(Diagnostic) -> (entries: [FrontMatterEntry], file: String)? {
        let folder = root.appendingPathComponent(directory)
        guard
            let main = names.first(where: {
                FileManager.default.fileExists(atPath: folder.appendingPathComponent($0).path)
            })
        else { return nil }
        let extensions = ["toml", "yaml", "yml", "json"]
        var entries = try self.entries(
            SiteConfigLoader.readText(folder.appendingPathComponent(main)), file: directory + "/" + main)
        let others = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
        for name in others where !names.contains(name) {
            guard let dot = name.lastIndex(of: "."), extensions.contains(String(name[name.index(after: dot)...])) else {
                continue
            }
            let key = String(name[..<dot])
            guard !key.isEmpty, !key.contains(".") else { continue }  // `menus.en.toml` and the like: not settings
            let table = try self.entries(
                SiteConfigLoader.readText(folder.appendingPathComponent(name)), file: directory + "/" + name)
            entries.append(FrontMatterEntry(key: key, value: .mapping(table)))
        }
        return (entries, directory + "/" + main)
    }

    /// The entries of the config text `text` (named `file`, whose extension decides the syntax).
    /// - Throws: `Diagnostic` (step `.readConfig`) at the line of the first thing that is not TOML, YAML or JSON.
    package static func entries(_ text: String, file: String) throws(Diagnostic) -> [FrontMatterEntry] {
        let lower = file.lowercased()
        if lower.hasSuffix(".yaml") || lower.hasSuffix(".yml") { return try yamlEntries(text, file: file) }
        if lower.hasSuffix(".json") { return try jsonEntries(text, file: file) }
        return try tomlEntries(text, file: file)
    }

    /// The entries of TOML text.
    static func tomlEntries(_ text: String, file: String) throws(Diagnostic) -> [FrontMatterEntry] {
        do {
            return try TOMLFrontMatterParser.parse(file: text, path: file)
        } catch let error as Diagnostic {
            throw Diagnostic.config(
                file: file, line: error.line, key: nil, step: .readConfig, reason: "invalid TOML: \(error.reason)")
        } catch {
            throw Diagnostic.config(
                file: file, line: nil, key: nil, step: .readConfig, reason: "invalid TOML: \(error)")
        }
    }

    private static func yamlEntries(_ text: String, file: String) throws(Diagnostic) -> [FrontMatterEntry] {
        if let violation = YAMLSizeGuard.check(text.utf8, limits: .files) {
            throw Diagnostic.config(
                file: file, line: violation.line, key: nil, step: .readConfig, reason: violation.fixedReason)
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch {
            throw SiteConfigLoader.yamlError(error, file: file, yaml: text)
        }
        return root.map(value(of:))?.entries ?? []
    }

    private static func value(of node: Node) -> FrontMatterValue {
        switch node {
        case .scalar(let scalar):
            return node.null != nil && scalar.style == .plain ? .null : .scalar(scalar.string)
        case .mapping(let mapping):
            return .mapping(mapping.map { FrontMatterEntry(key: $0.key.string ?? "", value: value(of: $0.value)) })
        case .sequence(let sequence):
            return .list(sequence.map(value(of:)))
        case .alias:
            return .null
        }
    }

    private static func jsonEntries(_ text: String, file: String) throws(Diagnostic) -> [FrontMatterEntry] {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
        } catch {
            throw Diagnostic.config(
                file: file, line: nil, key: nil, step: .readConfig,
                reason: "invalid JSON: \(error.localizedDescription)")
        }
        return value(ofJSON: object).entries ?? []
    }

    private static func value(ofJSON object: Any) -> FrontMatterValue {
        switch object {
        case let dictionary as [String: Any]:
            return .mapping(
                dictionary.keys.sorted().map { FrontMatterEntry(key: $0, value: value(ofJSON: dictionary[$0]!)) })
        case let array as [Any]:
            return .list(array.map(value(ofJSON:)))
        case let number as NSNumber:
            if String(cString: number.objCType) == "c" { return .scalar(number.boolValue ? "true" : "false") }
            return .scalar(number.stringValue)
        case let string as String:
            return .scalar(string)
        default:
            return .null
        }
    }

    /// The value at `key` (case-insensitive, first match wins) of a mapping's entries.
    static func value(_ entries: [FrontMatterEntry]?, _ key: String) -> FrontMatterValue? {
        entries?.first { $0.key.lowercased() == key.lowercased() }?.value
    }

    /// Text of a scalar value, trimmed; nil when empty or not a scalar.
    static func text(_ value: FrontMatterValue?) -> String? {
        guard let text = value?.string?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty else {
            return nil
        }
        return text
    }

    /// spf13/cast's `ToBool` on a config or front-matter scalar: `true`/`1`/`t`…, YAML 1.1's
    /// `yes`/`on`/`y` (the YAML reader turns those into booleans), any non-zero integer; false
    /// for anything else.
    package static func bool(_ value: FrontMatterValue?, yamlWords: Bool = true) -> Bool {
        boolIfReadable(value, yamlWords: yamlWords) ?? false
    }

    /// `cast.ToBoolE` without its error: nil when the value is no boolean (Hugo then ignores a
    /// `published:` key, `published: 2024-01-01` being a date alias, not a flag).
    /// `yamlWords`: whether `yes`/`no`/`on`/`off`/`y`/`n` are booleans (plain YAML scalars only).
    package static func boolIfReadable(_ value: FrontMatterValue?, yamlWords: Bool = true) -> Bool? {
        guard let text = text(value) else { return value?.isNull == true ? false : nil }
        switch text {
        case "1", "t", "T", "TRUE", "true", "True": return true
        case "0", "f", "F", "FALSE", "false", "False": return false
        case "y", "Y", "yes", "Yes", "YES", "on", "On", "ON": return yamlWords ? true : nil
        case "n", "N", "no", "No", "NO", "off", "Off", "OFF": return yamlWords ? false : nil
        default: return Int(text).map { $0 != 0 }
        }
    }

    /// The settings in a config's entries.
    package static func settings(_ entries: [FrontMatterEntry], file: String?) -> HugoSiteSettings {
        var settings = HugoSiteSettings(baseURL: text(value(entries, "baseURL")))
        settings.configFile = file
        if let dir = text(value(entries, "contentDir")) { settings.contentDir = normalizedFolder(dir) }
        for entry in value(entries, "permalinks")?.entries ?? [] {
            if entry.value.entries != nil { settings.permalinkTables.append(entry.key) }
            guard let pattern = entry.value.string else { continue }
            let section = entry.key.trimmingCharacters(in: CharacterSet(charactersIn: " /")).lowercased()
            settings.permalinks[section] = pattern
        }
        switch value(entries, "uglyURLs") {
        case .mapping(let sections)?:
            for section in sections { settings.uglyURLSections[section.key.lowercased()] = bool(section.value) }
        case let scalar?:
            settings.uglyURLs = bool(scalar)
        case nil:
            break
        }
        if let language = text(value(entries, "defaultContentLanguage")) {
            settings.defaultContentLanguage = language.lowercased()
        }
        settings.defaultContentLanguageInSubdir = bool(value(entries, "defaultContentLanguageInSubdir"))
        let disabled = Set((value(entries, "disableLanguages")?.list ?? []).compactMap { text($0)?.lowercased() })
        for entry in value(entries, "languages")?.entries ?? [] {
            let fields = entry.value.entries
            let code = entry.key.lowercased()
            settings.languages.append(
                HugoLanguage(
                    code: code, contentDir: text(value(fields, "contentDir")).map(normalizedFolder),
                    baseURL: text(value(fields, "baseURL")),
                    languageCode: text(value(fields, "languageCode")) ?? text(value(fields, "locale")),
                    timeZone: text(value(fields, "timeZone")),
                    weight: text(value(fields, "weight")).flatMap { Int($0) } ?? 0,
                    disabled: bool(value(fields, "disabled")) || disabled.contains(code)))
        }
        // Hugo orders languages by weight, unweighted ones last, then by code.
        settings.languages.sort {
            let left = $0.weight == 0 ? Int.max : $0.weight
            let right = $1.weight == 0 ? Int.max : $1.weight
            return left != right ? left < right : $0.code < $1.code
        }
        settings.timeZone = text(value(entries, "timeZone"))
        settings.buildDrafts = bool(value(entries, "buildDrafts"))
        settings.buildFuture = bool(value(entries, "buildFuture"))
        settings.buildExpired = bool(value(entries, "buildExpired"))
        settings.sanitizer = HugoPathSanitizer(
            removePathAccents: bool(value(entries, "removePathAccents")),
            disablePathToLower: bool(value(entries, "disablePathToLower")))
        let frontMatter = value(entries, "frontmatter")?.entries
        func keys(_ name: String) -> [String]? {
            switch value(frontMatter, name) {
            case .list(let items)?: items.compactMap(text)
            case .scalar(let item)?: [item]
            default: nil
            }
        }
        if let list = keys("date") {
            settings.dateKeys = HugoSiteSettings.expand(list, defaults: HugoSiteSettings.defaultDateKeys)
        }
        if let list = keys("publishDate") {
            settings.publishDateKeys = HugoSiteSettings.expand(list, defaults: HugoSiteSettings.defaultPublishDateKeys)
        }
        if let list = keys("expiryDate") {
            settings.expiryDateKeys = HugoSiteSettings.expand(list, defaults: HugoSiteSettings.defaultExpiryDateKeys)
        }
        return settings
    }

    /// A folder as written (`./content/`) made site-relative without `./` and slashes at the ends.
    static func normalizedFolder(_ folder: String) -> String {
        var parts = folder.split(separator: "/").filter { $0 != "." }
        while parts.first == "." { parts.removeFirst() }
        return parts.joined(separator: "/")
    }
}
