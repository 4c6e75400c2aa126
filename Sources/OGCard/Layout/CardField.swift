/// A piece of a post's content that a layer shows.
public enum CardField: Hashable, Sendable {
    /// The post title.
    case title
    /// The author's name.
    case author
    /// The description (or excerpt).
    case description
    /// The site's name.
    case site
    /// The publication date, already formatted for display.
    case date
    /// Any other front-matter key.
    case custom(String)

    /// Parses a field name as used in layout files (`title`, `author`, … or any key).
    public init(name: String) {
        switch name {
        case "title": self = .title
        case "author": self = .author
        case "description": self = .description
        case "site": self = .site
        case "date": self = .date
        default: self = .custom(name)
        }
    }

    /// The name used in layout files.
    public var name: String {
        switch self {
        case .title: "title"
        case .author: "author"
        case .description: "description"
        case .site: "site"
        case .date: "date"
        case .custom(let key): key
        }
    }
}
