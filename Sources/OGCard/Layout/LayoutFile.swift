public import Foundation
import Yams

/// A card layout read from a YAML file (format: `Assets/layouts/README.md`), with design
/// parameters (`$titleColor`, …) that callers may bind before building the `CardLayout`.
///
/// Loading validates the whole file against its own defaults: unknown keys, bad colours, fonts
/// the renderer does not have, missing images and boxes outside the canvas are errors naming the
/// file, the line and the key.
public struct LayoutFile: Sendable {
    /// The file.
    public let url: URL
    /// The layout's name: `name:` in the file, or the file name without extension.
    public let name: String
    /// The declared parameters with their defaults as written in the file, by name.
    public let parameterDefaults: [String: String]
    /// The layout with every parameter at its default.
    public let defaultLayout: CardLayout
    private let document: LayoutDocument
    private let families: Set<String>

    /// The folder of the bundled layouts (`custom.yml`, `classic.yml`, `devto.yml`, `modern.yml`, `ogcard.yml`).
    public static func builtInDirectory(resources: ResourceLocator = .locate()) -> URL {
        resources.assetsDirectory.appendingPathComponent("layouts", isDirectory: true)
    }

    /// Loads a bundled layout by name, e.g. `modern` or `ogcard`.
    public static func builtIn(_ name: String, resources: ResourceLocator = .locate(), fonts: FontSet = .standard())
        throws(Diagnostic) -> LayoutFile
    {
        try load(builtInDirectory(resources: resources).appendingPathComponent("\(name).yml"), fonts: fonts)
    }

    /// The layout called `name`: `<name>.yml` in a site's own `layoutsDirectory` when there is
    /// one (so a copied and edited built-in replaces it), else the bundled one.
    public static func named(
        _ name: String, in layoutsDirectory: URL?, resources: ResourceLocator = .locate(), fonts: FontSet = .standard()
    ) throws(Diagnostic) -> LayoutFile {
        if let layoutsDirectory {
            let own = layoutsDirectory.appendingPathComponent("\(name).yml")
            if FileManager.default.fileExists(atPath: own.path) { return try load(own, fonts: fonts) }
        }
        return try builtIn(name, resources: resources, fonts: fonts)
    }

    /// Reads and validates the layout file at `url`. Parsed files are cached for the process
    /// (keyed by path and modification date), so calling this per card is cheap.
    /// - Parameter fonts: the font set cards will be drawn with; font families are checked against it.
    public static func load(_ url: URL, fonts: FontSet = .standard()) throws(Diagnostic) -> LayoutFile {
        try LayoutFileCache.file(at: url, fonts: fonts) { () throws(Diagnostic) in
            let text: String
            do throws(RegularFile.Failure) {
                text = try RegularFile.text(url)
            } catch {
                throw Diagnostic(file: url.path, step: .readLayout, reason: "cannot read the file (\(error.reason))")
            }
            let families = try FontConfigurationCache.configuration(for: fonts).familyNames
            return try LayoutFile(yaml: text, url: url, families: families)
        }
    }

    /// Parses layout text; `url` names the file in errors and anchors relative image paths.
    public static func parse(_ yaml: String, url: URL, fonts: FontSet = .standard()) throws(Diagnostic) -> LayoutFile {
        try LayoutFile(yaml: yaml, url: url, families: FontConfigurationCache.configuration(for: fonts).familyNames)
    }

    private init(yaml: String, url: URL, families: Set<String>) throws(Diagnostic) {
        if let violation = YAMLSizeGuard.check(yaml.utf8, limits: .files) {
            throw Diagnostic(file: url.path, line: violation.line, step: .readLayout, reason: violation.fixedReason)
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            let (line, reason) = error.lineAndReason
            throw Diagnostic(file: url.path, line: line, step: .readLayout, reason: reason)
        } catch {
            throw Diagnostic(file: url.path, step: .readLayout, reason: "invalid YAML: \(error)")
        }
        guard let root, root.mapping != nil else {
            throw Diagnostic(
                file: url.path, line: 1, step: .readLayout, reason: "expected a mapping with 'canvas:' and 'layers:'")
        }
        self.url = url
        self.families = families
        document = LayoutDocument(root: root)
        var defaults: [String: String] = [:]
        for (name, value) in try Self.declaredParameters(root, file: url.path) {
            defaults[name] = value.scalar?.string ?? "\(value)"
        }
        parameterDefaults = defaults
        let parser = try Self.parser(document: document, url: url, families: families, bindings: [:])
        defaultLayout = try parser.layout(from: root, defaultName: url.deletingPathExtension().lastPathComponent)
        name = defaultLayout.name
    }

    /// The layout with `bindings` replacing parameter defaults. Bindings for parameters the file
    /// does not declare are ignored, so a trimmed copy of a layout still accepts every parameter.
    public func layout(_ bindings: [String: LayoutValue] = [:]) throws(Diagnostic) -> CardLayout {
        let used = bindings.filter { parameterDefaults[$0.key] != nil }
        if used.isEmpty { return defaultLayout }
        let parser = try Self.parser(document: document, url: url, families: families, bindings: used)
        return try parser.layout(from: document.root, defaultName: name)
    }

    private static func parser(
        document: LayoutDocument, url: URL, families: Set<String>, bindings: [String: LayoutValue]
    ) throws(Diagnostic) -> LayoutFileParser {
        var parameters = try declaredParameters(document.root, file: url.path)
        for (name, value) in bindings { parameters[name] = value.node }
        return LayoutFileParser(
            reader: YAMLNodeReader(file: url.path, step: .readLayout, parameters: parameters),
            directory: url.deletingLastPathComponent(),
            families: families, checksBounds: bindings.isEmpty)
    }

    private static func declaredParameters(_ root: Node, file: String) throws(Diagnostic) -> [String: Node] {
        guard let node = root.mapping?[Node("parameters")] else { return [:] }
        guard let mapping = node.mapping else {
            throw Diagnostic(
                file: file, line: node.mark?.line, step: .readLayout,
                reason: "'parameters': expected a mapping of name → default value")
        }
        var result: [String: Node] = [:]
        for (key, value) in mapping {
            let name = key.scalar?.string ?? ""
            guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else {
                throw Diagnostic(
                    file: file, line: key.mark?.line, step: .readLayout,
                    reason: "'parameters.\(name)': a parameter name uses letters, digits and _ only")
            }
            result[name] = value
        }
        return result
    }
}
