public import Foundation
import Yams

/// Every platform's rules, read from one data file (`Assets/lint/platforms.yml`, found like the
/// layouts through `ResourceLocator`), so a platform's change is one edit there.
public struct LintRules: Hashable, Sendable, Codable {
    /// Rules for every platform (absolute https URLs, WCAG contrast, alt text), by name.
    public var general: [String: LintLimit]
    /// The platforms, in the file's order.
    public var platforms: [LintPlatform]

    /// The bundled rules file.
    public static func bundledFile(_ resources: ResourceLocator = .locate()) -> URL {
        resources.assetsDirectory.appendingPathComponent("lint/platforms.yml")
    }

    /// Reads the rules from `file` (default: the bundled one).
    public static func load(from file: URL? = nil) throws(Diagnostic) -> LintRules {
        let file = file ?? bundledFile()
        let data: Data
        do {
            data = try RegularFile.read(file)
        } catch {
            throw Diagnostic(
                file: file.path, step: .readLintRules, reason: "cannot read the lint rules (\(error.reason))")
        }
        do {
            return try YAMLDecoder().decode(LintRules.self, from: data)
        } catch {
            throw Diagnostic(file: file.path, step: .readLintRules, reason: "not a valid lint rules file: \(error)")
        }
    }

    /// The general rule called `name`, or a fallback when the file lacks it.
    func general(_ name: String, default value: Double) -> LintLimit {
        general[name] ?? LintLimit(value: value, severity: .error, source: "")
    }
}
