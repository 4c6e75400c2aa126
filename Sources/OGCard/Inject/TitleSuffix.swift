/// The site name most themes add to every page's `<title>` (`Post | My Site`, `My Site – Post`),
/// found across the site's pages, so a card shows the page's own title.
struct TitleSuffix: Hashable, Sendable {
    /// The separator and name as they appear (` | My Site`), and whether they come first.
    var text: String
    /// The site name alone (`My Site`).
    var name: String
    /// Whether the name comes before the title (`My Site | Post`).
    var isPrefix: Bool

    /// The separators themes put between a title and the site name.
    static let separators = [" | ", " – ", " — ", " - ", " · ", " • ", " :: ", " » ", " / ", " ~ "]

    /// The suffix (or prefix) most titles share, when at least two pages and a third of the
    /// titled pages have it; `knownName` (the site's configured name) is tried first.
    static func detect(in titles: [String], knownName: String?) -> TitleSuffix? {
        var counts: [TitleSuffix: Int] = [:]
        for title in titles {
            var seen = Set<TitleSuffix>()
            for separator in separators {
                if let range = title.range(of: separator, options: .backwards) {
                    let name = String(title[range.upperBound...])
                    if !name.trimmingCharacters(in: .whitespaces).isEmpty {
                        seen.insert(TitleSuffix(text: separator + name, name: name, isPrefix: false))
                    }
                }
                if let range = title.range(of: separator) {
                    let name = String(title[..<range.lowerBound])
                    if !name.trimmingCharacters(in: .whitespaces).isEmpty {
                        seen.insert(TitleSuffix(text: name + separator, name: name, isPrefix: true))
                    }
                }
            }
            for candidate in seen { counts[candidate, default: 0] += 1 }
        }
        if let knownName, let known = counts.filter({ $0.key.name == knownName }).max(by: { order($0, $1) }) {
            return known.key
        }
        guard let best = counts.max(by: { order($0, $1) }), best.value >= 2, best.value * 3 >= titles.count else {
            return nil
        }
        return best.key
    }

    /// Fewer pages first; among equals, the longer text (the whole name rather than its tail).
    private static func order(_ a: (key: TitleSuffix, value: Int), _ b: (key: TitleSuffix, value: Int)) -> Bool {
        (a.value, a.key.text.count, a.key.text) < (b.value, b.key.text.count, b.key.text)
    }

    /// `title` without the suffix; a title that is only the site name stays as it is.
    func strip(_ title: String) -> String {
        if isPrefix {
            guard title.hasPrefix(text), title.count > text.count else { return title }
            return String(title.dropFirst(text.count))
        }
        guard title.hasSuffix(text), title.count > text.count else { return title }
        return String(title.dropLast(text.count))
    }
}
