extension Post {
    /// The text of each of `keys` in the front matter, for a layout's own fields: a string, number,
    /// boolean or date as written; a list of them joined with ", " (`categories: [swift, linux]`).
    /// Keys with no such value (missing, null, a mapping) are left out, so they show as empty.
    func extraFields(named keys: Set<String>) -> [String: String] {
        guard let frontMatter, !keys.isEmpty else { return [:] }
        var fields: [String: String] = [:]
        for key in keys {
            let text: String?
            switch frontMatter[key] {
            case .scalar(let value)?:
                text = value
            case .list(let items)?:
                let parts = items.compactMap(\.string).filter { !$0.isEmpty }
                text = parts.isEmpty ? nil : parts.joined(separator: ", ")
            default:
                text = nil
            }
            if let text = text?.trimmingSpaces(), !text.isEmpty { fields[key] = text }
        }
        return fields
    }
}
