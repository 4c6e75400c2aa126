import Foundation

/// One `[permalinks]` pattern of Hugo 0.111 (`resources/page/permalinks.go`): validated as Hugo
/// validates it when the site loads, expanded per page. See
/// docs/research/generator-urls-and-drafts.md §2.5.
package struct HugoPermalinkPattern: Hashable, Sendable {
    /// The pattern as written.
    package let pattern: String
    /// The tokens in order of appearance, with the leading `:` (`:year`, `:sections[1:]`).
    let tokens: [String]

    /// What a page gives the tokens.
    package struct Page: Sendable {
        /// `.Date`.
        package var date: HugoDate
        /// `.Section`: the top-level section.
        package var section: String
        /// `.CurrentSection.SectionsEntries`.
        package var sections: [String]
        /// `.Title`.
        package var title: String
        /// `.Slug` (already trimmed of `-`).
        package var slug: String
        /// The file's name without extension and language (a bundle's folder name for `index.md`).
        package var fileName: String

        /// Creates a page.
        package init(date: HugoDate, section: String, sections: [String], title: String, slug: String, fileName: String)
        {
            self.date = date
            self.section = section
            self.sections = sections
            self.title = title
            self.slug = slug
            self.fileName = fileName
        }
    }

    /// The tokens Hugo 0.111 knows by name.
    static let knownTokens: Set<String> = [
        "year", "month", "monthname", "day", "weekday", "weekdayname", "yearday", "section", "sections", "title",
        "slug", "slugorfilename", "filename",
    ]

    /// Hugo's reference time for telling Go time layouts (`:2006`) from unknown words.
    static let referenceTime = HugoDate(
        year: 2019, month: 11, day: 9, hour: 23, minute: 1, second: 42, offsetSeconds: 0, zoneName: "UTC")

    /// Validates `pattern` as Hugo does.
    /// - Throws: Hugo's own message (`permalink ill-formed`, `permalink attribute not recognised`),
    ///   for which Hugo refuses to build the site.
    package init(_ pattern: String) throws(HugoPermalinkError) {
        self.pattern = pattern
        tokens = Self.matches(in: pattern)
        guard !pattern.isEmpty else { throw HugoPermalinkError(pattern: pattern, problem: .illFormed(token: nil)) }
        // Hugo splits the pattern after its first character on `/`: an empty piece other than the
        // last makes it ill-formed, and so does a token no callback answers.
        let fragments = String(pattern.dropFirst()).split(separator: "/", omittingEmptySubsequences: false)
        for (index, fragment) in fragments.enumerated() {
            if fragment.isEmpty {
                if index == fragments.count - 1 { break }
                throw HugoPermalinkError(pattern: pattern, problem: .illFormed(token: nil))
            }
            for token in Self.matches(in: String(fragment)) where !Self.isKnown(String(token.dropFirst())) {
                throw HugoPermalinkError(pattern: pattern, problem: .illFormed(token: token))
            }
        }
        for token in tokens where !Self.isKnown(String(token.dropFirst())) {
            throw HugoPermalinkError(pattern: pattern, problem: .unknownAttribute(token: token))
        }
    }

    /// Go's `:\w+(\[.+?\])?` matches, left to right.
    static func matches(in text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        var result: [String] = []
        var index = 0
        func isWord(_ scalar: Unicode.Scalar) -> Bool {
            scalar.isASCII && (scalar == "_" || Character(scalar).isLetter || Character(scalar).isNumber)
        }
        while index < scalars.count {
            guard scalars[index] == ":" else {
                index += 1
                continue
            }
            var end = index + 1
            while end < scalars.count, isWord(scalars[end]) { end += 1 }
            guard end > index + 1 else {
                index += 1
                continue
            }
            if end < scalars.count, scalars[end] == "[" {
                var close = end + 2
                while close < scalars.count, scalars[close] != "]", scalars[close] != "\n" { close += 1 }
                if close < scalars.count, scalars[close] == "]", close > end + 1 { end = close + 1 }
            }
            var token = String.UnicodeScalarView()
            token.append(contentsOf: scalars[index..<end])
            result.append(String(token))
            index = end
        }
        return result
    }

    static func isKnown(_ attribute: String) -> Bool {
        knownTokens.contains(attribute) || attribute.hasPrefix("sections[")
            || GoTimeLayout.format(referenceTime, layout: attribute) != attribute
    }

    /// The expanded pattern for `page` (before Hugo's `QueryUnescape` and path sanitizing).
    package func expand(_ page: Page, sanitizer: HugoPathSanitizer) -> String {
        var result = pattern
        for token in tokens {
            let attribute = String(token.dropFirst())
            let value = Self.value(of: attribute, page: page, sanitizer: sanitizer)
            if let range = result.range(of: token) { result.replaceSubrange(range, with: value) }
        }
        return result
    }

    static func value(of attribute: String, page: Page, sanitizer: HugoPathSanitizer) -> String {
        let date = page.date
        switch attribute {
        case "year": return String(date.year)
        case "month": return date.month < 10 ? "0\(date.month)" : String(date.month)
        case "monthname": return date.monthName
        case "day": return date.day < 10 ? "0\(date.day)" : String(date.day)
        case "weekday": return String(date.weekday)
        case "weekdayname": return date.weekdayName
        case "yearday": return String(date.yearDay)
        case "section": return page.section
        case "sections": return page.sections.joined(separator: "/")
        case "title": return sanitizer.urlize(page.title)
        case "slug": return sanitizer.urlize(page.slug.isEmpty ? page.title : page.slug)
        case "filename": return sanitizer.urlize(page.fileName)
        case "slugorfilename": return sanitizer.urlize(page.slug.isEmpty ? page.fileName : page.slug)
        default:
            if attribute.hasPrefix("sections[") {
                return slice(page.sections, String(attribute.dropFirst("sections".count))).joined(separator: "/")
            }
            return GoTimeLayout.format(date, layout: attribute)
        }
    }

    /// `:sections[…]`: `[n]`, `[last]`, `[a:b]` with either end omitted; out-of-range ends are clamped.
    static func slice(_ sections: [String], _ cut: String) -> [String] {
        let cut = cut.trimmingCharacters(in: .whitespaces).lowercased()
        guard cut.count >= 3, cut.hasPrefix("["), cut.hasSuffix("]"), !sections.isEmpty else { return [] }
        let inner = String(cut.dropFirst().dropLast())
        func bound(_ text: Substring, low: Bool) -> Int {
            if text.isEmpty { return low ? 0 : sections.count }
            if text == "last" { return sections.count - 1 }
            return min(max(Int(text) ?? 0, 0), sections.count)
        }
        let parts = inner.split(separator: ":", omittingEmptySubsequences: false)
        if parts.count == 1 {
            let index = bound(parts[0], low: true)
            guard index < sections.count, !sections[index].isEmpty else { return [] }
            return [sections[index]]
        }
        let low = bound(parts[0], low: true)
        let high = bound(parts[1], low: false)
        guard low <= high else { return [] }
        return Array(sections[low..<high])
    }
}
