public import OGCard

/// Builds a temporary site through the library (public API only), as `ogcard build` does.
extension TemporarySite {
    /// The site's configuration, discovered as `ogcard build` discovers it.
    public func config() throws -> SiteConfig { try SiteConfigLoader.discover(from: root) }

    /// Runs one build of the site.
    public func build(
        _ mode: BuildOptions.Mode = .build, prune: Bool = false, selection: PostSelection = PostSelection(),
        jobs: Int = 2, drafts: Bool = false
    ) throws -> BuildSummary {
        try SiteBuild(
            config: config(),
            options: BuildOptions(mode: mode, jobs: jobs, prune: prune, selection: selection, drafts: drafts)
        ).run()
    }
}
