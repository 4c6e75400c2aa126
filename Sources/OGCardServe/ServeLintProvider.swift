public import OGCard

/// Findings about one post to show on its page (`SiteLintProvider`: `ogcard lint`'s). `ogcard serve`
/// shows a "Findings" section on each post's page only when it is given a provider.
public protocol ServeLintProvider: Sendable {
    /// The findings for the post at `relativePath` (from the site root), in report order.
    func findings(forPostAt relativePath: String, config: SiteConfig) -> [Diagnostic]
}
