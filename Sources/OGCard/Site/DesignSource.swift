/// Where a card's design came from, in order of precedence.
public enum DesignSource: String, Hashable, Sendable {
    /// The post's own `ogcard:` front-matter mapping.
    case frontMatter = "front matter"
    /// The opengraphimg URL in the post's `image:`.
    case url = "opengraphimg URL"
    /// The site's `design` in ogcard.yml.
    case site = "ogcard.yml"
    /// ogcard's default.
    case builtIn = "built-in default"
}
