/// The outcome of a build: counts, every failure, and what is stale (check, dry run).
public struct BuildSummary: Sendable, Codable {
    /// Posts found.
    public var posts = 0
    /// Cards rendered (or, in check and dry-run modes, that would be).
    public var rendered = 0
    /// Posts whose card was up to date.
    public var skipped = 0
    /// Posts whose `image:` was rewritten (or would be).
    public var rewritten = 0
    /// Snippet files written (or that would be).
    public var snippetsWritten = 0
    /// Cards whose post is gone (deleted with `prune`).
    public var orphans: [String] = []
    /// What a check found stale, or what a dry run would do: one line each.
    public var stale: [String] = []
    /// Every post that failed.
    public var failures: [BuildFailure] = []
    /// Problems worth a user's attention (title fallbacks, unusable logos, unknown URL parameters).
    public var warnings: [String] = []
    /// Findings for verbose output (URL text differing from the front matter …).
    public var notes: [String] = []
    /// The config file ogcard wrote to keep opengraphimg designs, if any.
    public var configWritten: String?
    /// Wall-clock seconds.
    public var seconds = 0.0

    /// Exit status: 0 when all is well, 1 when a post failed or a check found stale cards.
    public var exitCode: Int32 { failures.isEmpty && stale.isEmpty ? 0 : 1 }
}
