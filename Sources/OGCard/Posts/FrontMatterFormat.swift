/// The syntax of a post's front-matter block.
package enum FrontMatterFormat: String, Sendable, Equatable, CaseIterable {
    /// YAML between `---` lines; the closing line may also be `...` (Jekyll, Eleventy, Hugo).
    case yaml
    /// TOML between `+++` lines (Hugo).
    case toml
    /// A JSON object at the very top of the file (Hugo).
    case json
}
