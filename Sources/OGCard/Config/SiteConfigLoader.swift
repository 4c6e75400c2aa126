public import Foundation
import Yams

/// Finds and reads ogcard.yml, filling what it leaves out from the generator's config.
/// Uses Yams' node API rather than Codable so every error can name the line.
public enum SiteConfigLoader {
    /// The config file name.
    public static let fileName = "ogcard.yml"
    /// The same file under the name Jekyll never publishes (it skips names starting with `_`);
    /// `ogcard init` writes this one in a Jekyll site.
    public static let hiddenFileName = "_ogcard.yml"

    /// Every key ogcard.yml may contain.
    public static let knownKeys = [
        "url", "name", "posts", "output", "image_url_path", "image_url_fingerprint", "file_name", "author", "twitter",
        "design",
        "rewrite", "add_missing_image", "allow_relative_urls", "snippets", "meta_json", "layouts", "logos",
        "limits", "max_card_bytes", "fields", "url_pattern", "language", "inject",
    ]

    /// The nearest ogcard.yml or _ogcard.yml in `directory` or one of its ancestors, or nil
    /// (ogcard.yml when a folder has both; `discover(from:)` refuses that).
    public static func findConfigFile(from directory: URL) -> URL? {
        var current = directory.standardizedFileURL
        while true {
            if let found = configFiles(in: current).first { return found }
            let parent = current.deletingLastPathComponent()
            if parent.path == current.path { return nil }
            current = parent
        }
    }

    /// The config files present in `folder`: none, one, or both names.
    static func configFiles(in folder: URL) -> [URL] {
        [fileName, hiddenFileName].map { folder.appendingPathComponent($0) }.filter {
            FileManager.default.fileExists(atPath: $0.path)
        }
    }

    /// Where a new config file of the site at `root` goes when it has none: `_ogcard.yml` in a
    /// Jekyll site (never published), `ogcard.yml` elsewhere (Hugo publishes only `static/`).
    public static func newConfigFile(root: URL, generator: SiteGenerator) -> URL {
        root.appendingPathComponent(generator == .jekyll ? hiddenFileName : fileName)
    }

    /// Loads the nearest ogcard.yml (or _ogcard.yml) above `directory`; without one, the
    /// zero-config defaults of the nearest Jekyll/Hugo site above it (or of `directory` itself).
    /// - Throws: `Diagnostic` when the config is invalid, or when one folder has both names
    ///   (which one is meant is not clear).
    public static func discover(from directory: URL) throws(Diagnostic) -> SiteConfig {
        if let file = findConfigFile(from: directory) {
            let both = configFiles(in: file.deletingLastPathComponent())
            if both.count > 1 {
                throw Diagnostic.config(
                    file: both[1].path, line: nil, key: nil, step: .readConfig,
                    reason:
                        "both \(fileName) and \(hiddenFileName) are here; keep one (\(hiddenFileName) in a Jekyll site, which never publishes it)"
                )
            }
            return try load(file: file)
        }
        let root = findSiteRoot(from: directory) ?? directory.standardizedFileURL
        return SiteConfig(root: root, defaults: try GeneratorConfigReader.read(root: root))
    }

    /// Loads an explicit ogcard.yml; the site root is its folder.
    public static func load(file: URL) throws(Diagnostic) -> SiteConfig {
        let root = file.standardizedFileURL.deletingLastPathComponent()
        let defaults = try GeneratorConfigReader.read(root: root)
        return try parse(yaml: try readText(file), file: file.path, root: root, defaults: defaults, configFile: file)
    }

    /// Parses ogcard.yml text. `file` is only used in messages.
    public static func parse(
        yaml: String, file: String, root: URL, defaults: SiteDefaults, configFile: URL? = nil
    ) throws(Diagnostic) -> SiteConfig {
        var config = SiteConfig(root: root, defaults: defaults)
        config.configFile = configFile
        if let violation = YAMLSizeGuard.check(yaml.utf8, limits: .files) {
            throw Diagnostic.config(
                file: file, line: violation.line, key: nil, step: .readConfig, reason: violation.fixedReason)
        }
        let document: Node?
        do {
            document = try Yams.compose(yaml: yaml)
        } catch {
            throw yamlError(error, file: file, yaml: yaml)
        }
        guard let document, document.null == nil else { return config }
        guard let mapping = document.mapping else {
            throw Diagnostic.config(
                file: file, line: document.mark?.line, key: nil, step: .checkConfig,
                reason: "expected a mapping of keys (url:, name:, …) at the top level")
        }
        let reader = YAMLNodeReader(file: file, step: .checkConfig)
        var lines: [String: Int] = [:]
        for (keyNode, value) in mapping {
            let line = keyNode.mark?.line
            guard let key = keyNode.scalar?.string else {
                throw reader.error(keyNode, key: nil, "keys must be plain strings")
            }
            guard knownKeys.contains(key) else {
                var reason = "unknown key"
                if let guess = closestKey(to: key) { reason += "; did you mean '\(guess)'?" }
                throw Diagnostic.config(file: file, line: line, key: key, step: .checkConfig, reason: reason)
            }
            guard lines.updateValue(line ?? 0, forKey: key) == nil else {
                throw Diagnostic.config(file: file, line: line, key: key, step: .checkConfig, reason: "given twice")
            }
            // A key with no value keeps the default, so a commented-out value does not break the file.
            if value.null != nil { continue }
            switch key {
            case "url":
                let text = try reader.nonEmptyString(value, key: key)
                guard SiteURLResolver.isAbsoluteHTTP(text) else {
                    throw reader.error(value, key: key, "'\(text)' is not an absolute http:// or https:// URL")
                }
                config.url = String(text.reversed().drop { $0 == "/" }.reversed())
            case "name": config.name = try reader.nonEmptyString(value, key: key)
            case "posts":
                config.posts = try reader.relativePathList(value, key: key)
                config.postsFollowGenerator = false
            case "output": config.output = try reader.relativePath(value, key: key)
            case "image_url_path":
                let text = try reader.nonEmptyString(value, key: key)
                guard text.hasPrefix("/") || SiteURLResolver.isAbsoluteHTTP(text) else {
                    throw reader.error(value, key: key, "'\(text)' must start with '/' or be an absolute http(s) URL")
                }
                config.imageURLPath = text
            case "image_url_fingerprint":
                let text = try reader.nonEmptyString(value, key: key)
                guard let mode = ImageURLFingerprint(rawValue: text) else {
                    throw reader.error(
                        value, key: key,
                        "'\(text)' is not one of \(ImageURLFingerprint.allCases.map(\.rawValue).joined(separator: ", "))"
                    )
                }
                config.imageURLFingerprint = mode
            case "file_name": config.fileName = try reader.fileNamePattern(value, key: key)
            case "author": config.author = try reader.nonEmptyString(value, key: key)
            case "twitter": config.twitter = try reader.twitterHandle(value, key: key)
            case "design": config.design = try reader.design(value, key: key)
            case "rewrite":
                let text = try reader.nonEmptyString(value, key: key)
                guard let mode = SiteRewriteMode(rawValue: text) else {
                    throw reader.error(
                        value, key: key,
                        "'\(text)' is not one of \(SiteRewriteMode.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                config.rewrite = mode
            case "add_missing_image": config.addMissingImage = try reader.bool(value, key: key)
            case "allow_relative_urls": config.allowRelativeURLs = try reader.bool(value, key: key)
            case "snippets": config.snippets = try reader.relativePath(value, key: key)
            case "meta_json": config.metaJSON = try reader.relativePath(value, key: key)
            case "layouts": config.layouts = try reader.relativePath(value, key: key)
            case "logos": config.logos = try reader.logos(value, key: key)
            case "limits": config.limits = try reader.limits(value, key: key)
            case "max_card_bytes":
                config.maxCardBytes = try reader.byteCount(value, key: key, range: SiteConfig.maxCardBytesRange)
            case "fields": try reader.fields(value, key: key, into: &config.fields)
            case "url_pattern":
                let text = try reader.nonEmptyString(value, key: key)
                do {
                    config.urlPattern = try URLPattern(text)
                } catch {
                    throw reader.error(value, key: key, error.reason)
                }
            case "language": config.language = try reader.nonEmptyString(value, key: key)
            case "inject": config.inject = try reader.inject(value, key: key)
            default:
                preconditionFailure("key '\(key)' is in knownKeys but not handled")
            }
        }
        if let conflict = config.pathConflict() {
            let line = lines[conflict.key].flatMap { $0 > 0 ? $0 : nil }
            throw Diagnostic.config(
                file: file, line: line, key: conflict.key, step: .checkConfig, reason: conflict.reason)
        }
        return config
    }

    /// The nearest folder above `directory` that holds a Jekyll or Hugo config file.
    static func findSiteRoot(from directory: URL) -> URL? {
        var current = directory.standardizedFileURL
        while true {
            if SiteGenerator.detect(in: current) != .unknown,
                (["_config.yml", "_config.yaml"] + HugoConfigFile.names).contains(where: {
                    FileManager.default.fileExists(atPath: current.appendingPathComponent($0).path)
                }) || HugoConfigFile.hasDirectory(in: current)
            {
                return current
            }
            let parent = current.deletingLastPathComponent()
            if parent.path == current.path {
                // No config anywhere: a folder with _posts/ or content/ is still a site root.
                return SiteGenerator.detect(in: directory) == .unknown ? nil : directory.standardizedFileURL
            }
            current = parent
        }
    }

    /// Reads a UTF-8 text file, as a config error on failure.
    static func readText(_ file: URL) throws(Diagnostic) -> String {
        do {
            // A regular file only: a FIFO would block for ever.
            return try RegularFile.text(file)
        } catch {
            throw Diagnostic.config(
                file: file.path, line: nil, key: nil, step: .readConfig,
                reason: "cannot read the file: \(error.reason)")
        }
    }

    /// Converts a Yams error into a config error with its line.
    static func yamlError(_ error: any Error, file: String, yaml text: String) -> Diagnostic {
        var line: Int?
        var reason = "invalid YAML"
        if let yaml = error as? YamlError {
            switch yaml {
            case .duplicatedKeysInMapping(let duplicates, let context):
                // Yams points at the mapping; the user needs the line of the repeat.
                let key = duplicates.sorted().first ?? ""
                return Diagnostic.config(
                    file: file, line: repeatLine(of: key, in: text, mapping: context.mark) ?? context.mark.line,
                    key: key, step: .checkConfig, reason: "given twice")
            default:
                (line, reason) = yaml.lineAndReason
            }
        }
        return Diagnostic.config(file: file, line: line, key: nil, step: .readConfig, reason: reason)
    }

    /// The line of the second `key:` at the indentation of the mapping that starts at `mark`.
    private static func repeatLine(of key: String, in yaml: String, mapping mark: Mark) -> Int? {
        let indent = String(repeating: " ", count: max(mark.column - 1, 0))
        var found = 0
        let lines = yaml.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        for (index, line) in lines.enumerated() where index >= mark.line - 1 {
            guard line.hasPrefix(indent) else { continue }
            let rest = line.dropFirst(indent.count)
            let candidates = [key + ":", "\"\(key)\":", "'\(key)':"]
            if candidates.contains(where: { rest.hasPrefix($0) }) {
                found += 1
                if found == 2 { return index + 1 }
            }
        }
        return nil
    }

    /// The known key within edit distance 2 of `key`, for "did you mean".
    private static func closestKey(to key: String) -> String? {
        // The distance table grows with the key's length; no typo of a known key is this long.
        guard key.count <= 64 else { return nil }
        // Short keys get fewer edits, or every short typo would "mean" some unrelated key.
        let limit = key.count >= 8 ? 2 : 1
        let candidates = knownKeys.map { ($0, editDistance(Array(key), Array($0))) }.filter { $0.1 <= limit }
        return candidates.min { $0.1 < $1.1 }?.0
    }

    /// Edit distance counting a swap of neighbours as one edit (optimal string alignment).
    private static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var d = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { d[i][0] = i }
        for j in 0...b.count { d[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
                }
            }
        }
        return d[a.count][b.count]
    }
}
