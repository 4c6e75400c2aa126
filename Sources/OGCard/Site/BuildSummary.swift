/// The outcome of a build: counts, every diagnostic, and what is stale (check, dry run).
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
    /// Posts the generator does not publish (drafts, unpublished, future, expired): no card, no
    /// snippet, no meta-JSON entry.
    public var hidden = 0
    /// Cards whose post is gone (deleted with `prune`).
    public var orphans: [String] = []
    /// What a check found stale, or what a dry run would do: one line each.
    public var stale: [String] = []
    /// Every error (a post that failed), warning and note, by file and line.
    public var diagnostics: [Diagnostic] = []
    /// The config file ogcard wrote to keep opengraphimg designs, if any.
    public var configWritten: String?
    /// Wall-clock seconds.
    public var seconds = 0.0

    /// Creates an empty summary.
    public init() {}

    /// The posts that failed.
    public var failures: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    /// Problems worth a user's attention (title fallbacks, unusable logos, unknown URL parameters).
    public var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }
    /// Findings for verbose output (URL text differing from the front matter …).
    public var notes: [Diagnostic] { diagnostics.filter { $0.severity == .note } }

    /// No post failed and nothing is stale (what `--check` asks).
    public var succeeded: Bool { failures.isEmpty && stale.isEmpty }
}
