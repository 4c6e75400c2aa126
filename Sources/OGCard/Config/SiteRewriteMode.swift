/// Which posts ogcard touches (renders a card for and rewrites `image:` in).
public enum SiteRewriteMode: String, Hashable, Sendable, CaseIterable {
    /// Only posts whose `image:` is an opengraphimg URL: the safe default for migrating off the service.
    case opengraphimg
    /// Those, plus posts without any `image:`.
    case missing
    /// Every post, replacing whatever image it had.
    case all
}
