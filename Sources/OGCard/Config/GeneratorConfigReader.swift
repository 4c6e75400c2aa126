package import Foundation
import Yams

/// Reads the few site-wide values ogcard needs from Jekyll's `_config.yml` or Hugo's `hugo.toml`/`config.toml`
/// (or their YAML and JSON forms).
/// Lenient about everything it does not need: it is the generator's file, not ogcard's.
package enum GeneratorConfigReader {
    /// Detects the generator at `root` and reads its config, if there is one.
    /// - Throws: `Diagnostic` when the config file exists but cannot be read or is not valid
    ///   YAML or TOML.
    package static func read(root: URL) throws(Diagnostic) -> SiteDefaults {
        let generator = SiteGenerator.detect(in: root)
        switch generator {
        case .jekyll:
            var defaults = SiteDefaults(generator: generator)
            for name in ["_config.yml", "_config.yaml"] {
                let file = root.appendingPathComponent(name)
                if FileManager.default.fileExists(atPath: file.path) {
                    defaults = try readJekyll(yaml: SiteConfigLoader.readText(file), file: file.path)
                    break
                }
            }
            // What Jekyll reads, unless ogcard.yml names the posts itself.
            let folders = JekyllPostFinder.folders(root: root, settings: defaults.jekyll)
            if !folders.isEmpty { defaults.posts = folders }
            return defaults
        case .hugo:
            for name in HugoConfigFile.names {
                let file = root.appendingPathComponent(name)
                if FileManager.default.fileExists(atPath: file.path) {
                    var defaults = try readHugo(text: SiteConfigLoader.readText(file), file: file.path)
                    defaults.hugo.configFile = name
                    return defaults
                }
            }
            if let (entries, file) = try HugoConfigFile.directoryEntries(root: root) {
                var defaults = readHugo(entries: entries, file: file)
                defaults.hugo.configFile = file
                return defaults
            }
        case .unknown:
            break
        }
        return SiteDefaults(generator: generator)
    }

    /// Jekyll: `url` + `baseurl`, `title`, `author` (string or mapping with `name`),
    /// `twitter: {username: x}` / `twitter: x` / `twitter_username: x`, and what decides page URLs
    /// and publication (`JekyllSiteSettings`: permalink, timezone, collections, `defaults:` …).
    package static func readJekyll(yaml: String, file: String) throws(Diagnostic) -> SiteDefaults {
        var defaults = SiteDefaults(generator: .jekyll)
        if let violation = YAMLSizeGuard.check(yaml.utf8, limits: .files) {
            throw Diagnostic.config(
                file: file, line: violation.line, key: nil, step: .readConfig, reason: violation.fixedReason)
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch {
            throw SiteConfigLoader.yamlError(error, file: file, yaml: yaml)
        }
        guard let mapping = root?.mapping else { return defaults }
        func text(_ node: Node?) -> String? {
            guard let value = node?.scalar?.string.trimmingCharacters(in: .whitespacesAndNewlines),
                !value.isEmpty, node?.null == nil
            else { return nil }
            return value
        }
        defaults.jekyll = JekyllSiteSettings(config: mapping)
        defaults.url = defaults.jekyll.siteURL
        defaults.language = text(mapping["lang"]) ?? text(mapping["locale"])
        defaults.name = text(mapping["title"])
        defaults.author = text(mapping["author"]) ?? text(mapping["author"]?.mapping?["name"])
        defaults.twitter =
            text(mapping["twitter"]?.mapping?["username"]) ?? text(mapping["twitter"])
            ?? text(mapping["twitter_username"])
        return defaults
    }

    /// Hugo: `baseURL`, `title`, `params.author` (or `params.author.name`, `author.name`),
    /// and a Twitter handle from `params.twitter`, `params.social.twitter` or `social.twitter`;
    /// plus everything `HugoSiteSettings` holds (URLs, languages, publication).
    /// Keys are matched whatever their case, as Hugo does. A TOML file is read with the same TOML
    /// parser as posts' front matter: it is the generator's, so anything ogcard does not need is
    /// ignored, but text that is not TOML (which Hugo would refuse too) is an error at its line.
    package static func readHugo(toml: String, file: String) throws(Diagnostic) -> SiteDefaults {
        try readHugo(entries: HugoConfigFile.tomlEntries(toml, file: file), file: file)
    }

    /// Hugo's config in any of its syntaxes, chosen by `file`'s extension (`.toml`, `.yaml`, `.yml`, `.json`).
    package static func readHugo(text: String, file: String) throws(Diagnostic) -> SiteDefaults {
        try readHugo(entries: HugoConfigFile.entries(text, file: file), file: file)
    }

    static func readHugo(entries: [FrontMatterEntry], file: String) -> SiteDefaults {
        var values: [String: String] = [:]
        flatten(entries, prefix: "", into: &values)
        func text(_ key: String) -> String? {
            guard let value = values[key]?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty
            else { return nil }
            return value
        }
        var defaults = SiteDefaults(generator: .hugo)
        if var url = text("baseurl") {
            while url.hasSuffix("/") { url.removeLast() }
            defaults.url = url
        }
        defaults.hugo = HugoConfigFile.settings(entries, file: file)
        defaults.hugo.languageCode = text("languagecode")
        defaults.language = defaults.hugo.defaultContentLanguage
        defaults.name = text("title")
        defaults.author =
            text("params.author") ?? text("params.author.name") ?? text("author.name")
            ?? text("author")
        defaults.twitter =
            text("params.twitter") ?? text("params.social.twitter") ?? text("social.twitter")
            ?? text("params.twitter_username")
        return defaults
    }

    /// Every string, number or boolean under a table, as `section.key` (lower-cased) → text.
    /// Lists, arrays of tables (menus and the like) included, are not site settings.
    private static func flatten(_ entries: [FrontMatterEntry], prefix: String, into values: inout [String: String]) {
        for entry in entries {
            let key = prefix + entry.key.lowercased()
            switch entry.value {
            case .scalar(let text): values[key] = text
            case .mapping(let children): flatten(children, prefix: key + ".", into: &values)
            case .list, .null: break
            }
        }
    }
}
