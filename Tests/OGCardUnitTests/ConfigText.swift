import Foundation
import Testing

@testable import OGCard

/// `ogcard.yml` text parsed as the config of a site at `/site`, for the config tests.
enum ConfigText {
    /// The config `yaml` gives over `defaults` (a Jekyll site's unless said otherwise).
    static func parse(_ yaml: String, defaults: SiteDefaults = SiteDefaults(generator: .jekyll)) throws(Diagnostic)
        -> SiteConfig
    {
        try SiteConfigLoader.parse(
            yaml: yaml, file: "ogcard.yml", root: URL(fileURLWithPath: "/site"), defaults: defaults)
    }

    /// The error `yaml` gives; records an issue and returns nil when it loads.
    static func failure(_ yaml: String) -> Diagnostic? {
        do {
            _ = try parse(yaml)
            Issue.record("expected an error for:\n\(yaml)")
            return nil
        } catch {
            return error
        }
    }
}
