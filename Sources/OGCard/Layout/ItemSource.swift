/// Where a row of pills gets its items.
public enum ItemSource: Hashable, Sendable {
    /// One item per tag.
    case tags
    /// One item holding a field's text (no item when the text is empty).
    case field(CardField)

    /// The items this source yields for `content`, empty strings left out.
    public func items(in content: CardContent) -> [String] {
        switch self {
        case .tags:
            content.tags.filter { !$0.isEmpty }
        case .field(let field):
            content.text(for: field).isEmpty ? [] : [content.text(for: field)]
        }
    }
}
