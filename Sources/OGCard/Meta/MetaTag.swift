/// One `<meta>` tag: an attribute kind, a key such as `og:title`, and its cleaned (not yet HTML-escaped) content.
///
/// Encodes to JSON as `{"property": key, "content": …}` or `{"name": key, "content": …}`, so a list keeps
/// order and repeated keys (`article:tag`) and a template can rebuild the exact tag.
public struct MetaTag: Hashable, Sendable, Codable {
    /// Which attribute carries the key.
    public enum Attribute: String, Hashable, Sendable {
        /// `property=`, used by Open Graph (`og:`) and `article:` keys.
        case property
        /// `name=`, used by `twitter:` keys.
        case name
    }

    /// The attribute that carries the key.
    public var attribute: Attribute
    /// The key, e.g. `og:image`.
    public var key: String
    /// The content: whitespace collapsed and control characters removed, not HTML-escaped.
    public var content: String

    /// Creates a tag; `content` is used as given (callers normally go through `MetaTags`).
    public init(attribute: Attribute, key: String, content: String) {
        self.attribute = attribute
        self.key = key
        self.content = content
    }

    /// `<meta property="og:title" content="…">`, with both values HTML-escaped.
    public var html: String {
        "<meta \(attribute.rawValue)=\"\(MetaText.escapeHTML(key))\" content=\"\(MetaText.escapeHTML(content))\">"
    }

    /// Keys of the JSON object.
    private enum CodingKeys: String, CodingKey {
        case property, name, content
    }

    /// Reads `{"property"|"name": key, "content": value}`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        if let key = try container.decodeIfPresent(String.self, forKey: .property) {
            attribute = .property
            self.key = key
        } else {
            attribute = .name
            key = try container.decode(String.self, forKey: .name)
        }
        content = try container.decode(String.self, forKey: .content)
    }

    /// Encodes as `{"property"|"name": key, "content": content}`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(key, forKey: attribute == .property ? .property : .name)
        try container.encode(content, forKey: .content)
    }
}
