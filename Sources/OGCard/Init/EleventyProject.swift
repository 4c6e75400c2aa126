import Foundation

/// What `ogcard init` can learn from an Eleventy project without running JavaScript:
/// the config file's name, its input folder (a literal `dir: { input: "…" }`), and the site
/// metadata in a JSON data file.
enum EleventyProject {
    /// Config file names Eleventy looks for, in its own order.
    static let configNames = [
        "eleventy.config.js", "eleventy.config.mjs", "eleventy.config.cjs", "eleventy.config.ts", ".eleventy.js",
    ]

    /// The first Eleventy config file in `root`, relative to it.
    static func configFile(in root: URL) -> String? {
        configNames.first { FileManager.default.fileExists(atPath: root.appendingPathComponent($0).path) }
    }

    /// The input folder named by `input: "src"` in the config, without `./` and trailing `/`;
    /// empty for the project root (Eleventy's default).
    static func inputFolder(configText: String) -> String {
        guard let regex = try? Regex(#"\binput\s*:\s*["'`]([^"'`]*)["'`]"#),
            let match = configText.firstMatch(of: regex), let value = match.output[1].substring
        else { return "" }
        var folder = String(value)
        while folder.hasPrefix("./") { folder.removeFirst(2) }
        while folder.hasSuffix("/") { folder.removeLast() }
        return folder == "." ? "" : folder
    }

    /// Site metadata from the first of `metadata.json`, `site.json`, `meta.json` in `dataFolder`
    /// (eleventy-base-blog's and the common names): `title`/`name`, `url`, `author` (text or
    /// `{name}`), `twitter` (text or `{username}`).
    static func metadata(in dataFolder: URL) -> (url: String?, name: String?, author: String?, twitter: String?)? {
        for name in ["metadata.json", "site.json", "meta.json"] {
            let file = dataFolder.appendingPathComponent(name)
            guard let data = try? RegularFile.read(file),
                let object = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
            else { continue }
            func text(_ value: Any?, nested key: String) -> String? {
                if let text = value as? String, !text.isEmpty { return text }
                if let mapping = value as? [String: Any], let text = mapping[key] as? String, !text.isEmpty {
                    return text
                }
                return nil
            }
            return (
                url: object["url"] as? String,
                name: text(object["title"], nested: "name") ?? text(object["name"], nested: "name"),
                author: text(object["author"], nested: "name"),
                twitter: text(object["twitter"], nested: "username")
            )
        }
        return nil
    }
}
