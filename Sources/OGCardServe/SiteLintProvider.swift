import Foundation
public import OGCard

/// `ogcard lint`'s findings for a post's page: the post as the build last wrote it (its tags,
/// its card file on disk) and its card drawn again for contrast and X's crop, against the
/// bundled platform rules.
public struct SiteLintProvider: ServeLintProvider {
    /// The platforms' rules, read once when the server starts.
    let rules: LintRules
    /// The fonts cards are drawn with.
    let fonts: FontSet

    /// A provider with the bundled rules (`Assets/lint/platforms.yml`) or `rules`.
    public init(rules: LintRules? = nil, fonts: FontSet = .standard()) throws(Diagnostic) {
        if let rules { self.rules = rules } else { self.rules = try LintRules.load() }
        self.fonts = fonts
    }

    /// The post's findings as diagnostics naming the post, the tag and the platforms; a post
    /// that cannot be linted (it no longer parses) gives that error as its one finding.
    public func findings(forPostAt relativePath: String, config: SiteConfig) -> [Diagnostic] {
        let file = config.root.appendingPathComponent(relativePath)
        do {
            let lint = try SiteLint(config: config, rules: rules, fonts: fonts)
            guard let report = try lint.lint(postAt: file) else { return [] }
            return report.findings.map { finding in
                var subject = finding.tag ?? finding.rule
                if !finding.platforms.isEmpty { subject += " (\(finding.platforms.joined(separator: ", ")))" }
                return Diagnostic(
                    finding.severity, file: relativePath, step: .lint, key: finding.tag,
                    reason: "\(subject): \(finding.message)")
            }
        } catch {
            return [error]
        }
    }
}
