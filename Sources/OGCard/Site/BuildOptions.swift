/// How a site build runs.
public struct BuildOptions: Sendable {
    /// What the build does.
    public enum Mode: String, Sendable {
        /// Render what is missing or stale, rewrite posts, write snippets and the manifest.
        case build
        /// Re-render every selected card whatever the manifest says.
        case regenerate
        /// Write nothing; report what is stale.
        case check
        /// Write nothing; report what a build would do.
        case dryRun = "dry-run"

        /// Whether this mode writes files.
        public var writes: Bool { self == .build || self == .regenerate }
    }

    /// What the build does.
    public var mode: Mode
    /// Worker threads, each with its own renderer.
    public var jobs: Int
    /// Delete cards whose post is gone.
    public var prune: Bool
    /// Replace `image:` values that are the post's own pictures too.
    public var force: Bool
    /// Which posts `regenerate` re-renders (all when empty).
    public var selection: PostSelection
    /// Give drafts, unpublished, future and expired posts cards too, as the generator's own
    /// preview flags do (`jekyll serve --drafts --future --unpublished`, `hugo server -D -F -E`).
    /// For local previews only: the cards are published with the site.
    public var drafts: Bool
    /// Whether the build may edit the site's own files: posts' `image:` lines and the config
    /// (the kept design of opengraphimg URLs, which is then used in memory only). Cards, snippets,
    /// the meta JSON and the manifest are written either way. False for a copy of a site that
    /// must stay as its source is, such as the one `OGCardBuildPlugin` builds.
    public var editsSite: Bool

    /// Creates options.
    public init(
        mode: Mode = .build, jobs: Int = 0, prune: Bool = false, force: Bool = false,
        selection: PostSelection = PostSelection(), drafts: Bool = false, editsSite: Bool = true
    ) {
        self.mode = mode
        self.jobs = jobs
        self.prune = prune
        self.force = force
        self.selection = selection
        self.drafts = drafts
        self.editsSite = editsSite
    }
}
