import Foundation

/// The most of each kind of input ogcard accepts, so that no post, config file or image can crash,
/// hang or exhaust a build: past a limit a post fails with one line naming the file and the limit
/// (or, for text, is cut; for a logo, is left out with a warning), and the build goes on.
///
/// Set under `limits:` in ogcard.yml (see docs/configuration.md and docs/reliability.md).
public struct InputLimits: Hashable, Sendable {
    /// `front_matter_bytes`: the largest front-matter block, delimiters excluded.
    public var frontMatterBytes: Int
    /// `front_matter_depth`: how deeply lists and mappings may nest in front matter.
    public var frontMatterDepth: Int
    /// `front_matter_nodes`: keys, values and list items in one front matter (or config or layout
    /// file), counted after YAML aliases are expanded, so an alias "bomb" fails before it expands.
    public var frontMatterNodes: Int
    /// `tags`: tags kept per post (on the card and in meta tags); later ones are dropped with a warning.
    public var tags: Int
    /// `title_characters`: the longest title drawn or put in meta tags; a longer one is cut at a
    /// word boundary with "…" before any text shaping. Author, tag and site names are cut at the same length.
    public var titleCharacters: Int
    /// `description_characters`: the longest description on a card, in meta tags and the JSON
    /// index; a longer one is cut at a word boundary with "…".
    public var descriptionCharacters: Int
    /// `image_side`: the widest and tallest logo or layout image, in pixels, read from the PNG
    /// header before anything is decoded; a larger logo is left out with a warning.
    public var imageSide: Int

    /// The defaults: generous for any real post, small enough that a build stays fast.
    public static let `default` = InputLimits()

    /// Creates limits; every value defaults to ogcard's.
    public init(
        frontMatterBytes: Int = 1_048_576, frontMatterDepth: Int = 32, frontMatterNodes: Int = 10_000, tags: Int = 50,
        titleCharacters: Int = 300, descriptionCharacters: Int = 300, imageSide: Int = 4096
    ) {
        self.frontMatterBytes = frontMatterBytes
        self.frontMatterDepth = frontMatterDepth
        self.frontMatterNodes = frontMatterNodes
        self.tags = tags
        self.titleCharacters = titleCharacters
        self.descriptionCharacters = descriptionCharacters
        self.imageSide = imageSide
    }

    /// One `limits:` key: its name, the property it sets and the values it accepts. The ranges keep
    /// the guards meaningful: a depth of a million would let Yams' recursion overflow the stack.
    struct Key: Sendable {
        let name: String
        let property: any WritableKeyPath<InputLimits, Int> & Sendable
        let range: ClosedRange<Int>
    }

    /// Every key of `limits:` in ogcard.yml.
    static let keys: [Key] = [
        Key(name: "front_matter_bytes", property: \.frontMatterBytes, range: 1024...67_108_864),
        Key(name: "front_matter_depth", property: \.frontMatterDepth, range: 1...200),
        Key(name: "front_matter_nodes", property: \.frontMatterNodes, range: 10...1_000_000),
        Key(name: "tags", property: \.tags, range: 0...1000),
        Key(name: "title_characters", property: \.titleCharacters, range: 10...10_000),
        Key(name: "description_characters", property: \.descriptionCharacters, range: 10...10_000),
        Key(name: "image_side", property: \.imageSide, range: 16...16_384),
    ]

    /// `(limits.<name> in ogcard.yml)`, appended to every message about a limit so users know what to raise.
    static func hint(_ name: String) -> String {
        "(limits.\(name) in ogcard.yml)"
    }

    /// A byte count for messages: `1 MiB`, `1.5 MiB`, `512 KiB`, `900 bytes`.
    static func describe(bytes: Int) -> String {
        func text(_ value: Double) -> String {
            value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
        }
        if bytes >= 1_048_576 { return "\(text(Double(bytes) / 1_048_576)) MiB" }
        if bytes >= 1024 { return "\(text(Double(bytes) / 1024)) KiB" }
        return "\(bytes) bytes"
    }
}
