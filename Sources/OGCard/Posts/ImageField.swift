/// Where a post's picture sits in its front matter: Jekyll's `image`, Hugo's `images` list, a
/// theme's `cover.image` or `og_image`, or whatever ogcard.yml's `fields: {image: …}` names.
package enum ImageField: Hashable, Sendable, CustomStringConvertible {
    /// A top-level key holding a string, or a mapping whose `path` is the picture (`image`, `og_image`).
    case key(String)
    /// A key inside a top-level mapping (`cover.image`).
    case nested(String, String)
    /// The first item of a top-level list (Hugo's `images`).
    case firstItem(String)

    /// Jekyll's (and ogcard's) `image`, the key added when a post has none.
    package static let image = ImageField.key("image")

    /// The top-level key.
    package var topLevelKey: String {
        switch self {
        case .key(let key), .nested(let key, _), .firstItem(let key): key
        }
    }

    /// As a user writes it in ogcard.yml's `fields:` (`image`, `cover.image`, `images`).
    package var description: String {
        switch self {
        case .key(let key), .firstItem(let key): key
        case .nested(let parent, let child): parent + "." + child
        }
    }
}
