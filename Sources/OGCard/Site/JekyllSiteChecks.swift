public import Foundation
import Yams

/// Two ways a Jekyll site can go wrong around ogcard without any post failing, found by
/// reading the site's own files (`ogcard init` and `ogcard build` warn about both):
///
/// - its config file is `ogcard.yml` and `_config.yml` does not `exclude:` it, so Jekyll
///   publishes it at `https://site/ogcard.yml` (it publishes every root file whose name does not
///   start with `_`, `.`, `#` or `~`);
/// - a layout uses jekyll-seo-tag's `{% seo %}` and ogcard's include, directly or through the
///   includes and parent layouts it uses, so every page carries each Open Graph tag twice.
public enum JekyllSiteChecks {
    /// The warnings for the Jekyll site at `root` whose ogcard config is `configFile`.
    public static func warnings(root: URL, configFile: URL?) -> [Diagnostic] {
        publishedConfig(root: root, configFile: configFile) + duplicateTagWarnings(root: root)
    }

    /// A warning when `configFile` is a root file Jekyll copies into `_site`.
    static func publishedConfig(root: URL, configFile: URL?) -> [Diagnostic] {
        guard let configFile, configFile.deletingLastPathComponent().standardizedFileURL == root.standardizedFileURL
        else { return [] }
        let name = configFile.lastPathComponent
        guard !["_", ".", "#", "~"].contains(where: name.hasPrefix), !name.hasSuffix("~"),
            !excludes(name, root: root)
        else { return [] }
        return [
            Diagnostic(
                .warning, file: name, step: .checkConfig,
                reason:
                    "Jekyll publishes this file (at /\(name)); rename it \(SiteConfigLoader.hiddenFileName), which Jekyll never publishes, or add `exclude: [\(name)]` to _config.yml"
            )
        ]
    }

    /// Whether `_config.yml` (or `_config.yaml`) lists `name` (or a pattern matching it) in `exclude:`.
    static func excludes(_ name: String, root: URL) -> Bool {
        for configName in ["_config.yml", "_config.yaml"] {
            guard let text = try? RegularFile.text(root.appendingPathComponent(configName)),
                YAMLSizeGuard.check(text.utf8, limits: .files) == nil,
                let node = try? Yams.compose(yaml: text), let entries = node.mapping?["exclude"]?.sequence
            else { continue }
            for entry in entries.compactMap(\.scalar?.string) {
                var pattern = entry
                while pattern.hasPrefix("/") { pattern.removeFirst() }
                // Jekyll compares each entry with the path, or matches it as a glob (File.fnmatch).
                if pattern == name || fnmatch(pattern, name, 0) == 0 { return true }
            }
        }
        return false
    }

    /// A warning for each layout that reaches both `{% seo %}` and an ogcard include, naming
    /// the files and lines of both (`ogcard init` shows them too).
    public static func duplicateTagWarnings(root: URL) -> [Diagnostic] {
        let templates = LiquidTemplates(root: root)
        var warnings: [Diagnostic] = []
        // A child layout reaches its parent's tags too: one warning per pair of tags.
        var warned: [(LiquidTemplates.Mark, LiquidTemplates.Mark)] = []
        for layout in templates.layouts {
            let reached = templates.reached(from: layout)
            guard let seo = reached.first(where: { $0.kind == .seoTag }),
                let ogcard = reached.first(where: { $0.kind == .ogcardInclude }),
                !warned.contains(where: { $0 == (seo, ogcard) })
            else { continue }
            warned.append((seo, ogcard))
            let line = reached.first { $0.file == layout }?.line
            warnings.append(
                Diagnostic(
                    .warning, file: layout, line: line, step: .checkConfig,
                    reason:
                        "this layout uses both {% seo %} (\(seo.file):\(seo.line)) and ogcard's include (\(ogcard.file):\(ogcard.line)), so every page prints each Open Graph and Twitter tag twice; keep one (with jekyll-seo-tag, ogcard's rewritten image: lines are all it needs)"
                ))
        }
        return warnings
    }
}
