/// ogcard.yml's `url_pattern:` for generators ogcard does not read: a page path with tokens, as
/// Jekyll and Hugo permalinks have (`/blog/:year/:slug/`, `/:lang/posts/:slug`).
public struct URLPattern: Hashable, Sendable {
    /// The tokens a pattern may use.
    public static let tokens: [String: String] = [
        "year": "the post date's year (2024)",
        "month": "its month, two digits (03)",
        "day": "its day, two digits (05)",
        "i_month": "its month without padding (3)",
        "i_day": "its day without padding (5)",
        "slug": "the post's slug (front matter slug, else the file name)",
        "title": "the title, lower-cased, non-letters as -",
        "filename": "the file name without date prefix and extension",
        "path": "the path inside the posts folder, without extension",
        "section": "the first folder inside the posts folder",
        "categories": "the categories, each as a slug, joined with /",
        "lang": "the post's language, empty for the site's default language",
    ]
    /// Tokens that name one page each; a pattern needs one, or every post would share a URL.
    public static let pageTokens: Set<String> = ["slug", "title", "filename", "path"]

    /// The pattern as written.
    public var text: String

    /// Checks and keeps `text`.
    /// - Throws: the reason when a token is unknown or no token names the page.
    public init(_ text: String) throws(URLPatternError) {
        let used = Self.tokenNames(in: text)
        if let unknown = used.first(where: { Self.tokens[$0] == nil }) {
            throw URLPatternError(
                reason:
                    "unknown token ':\(unknown)'; use \(Self.tokens.keys.sorted().map { ":" + $0 }.joined(separator: ", "))"
            )
        }
        guard used.contains(where: Self.pageTokens.contains) else {
            throw URLPatternError(
                reason:
                    "'\(text)' needs a token that names the page (:slug, :title, :filename or :path), or every post gets the same URL"
            )
        }
        self.text = text
    }

    /// The names of the `:tokens` in `text` (letters and `_`, as Jekyll reads them).
    static func tokenNames(in text: String) -> [String] {
        var names: [String] = []
        var index = text.startIndex
        while let colon = text[index...].firstIndex(of: ":") {
            let start = text.index(after: colon)
            let end = text[start...].firstIndex { !($0.isASCII && ($0.isLetter || $0 == "_")) } ?? text.endIndex
            if start < end { names.append(String(text[start..<end])) }
            index = end == start ? start : end
            if index == text.endIndex { break }
        }
        return names
    }

    /// The page path for `values` (token → value): empty values drop out with their slash, runs
    /// of `/` become one, and the path starts with `/`.
    public func expand(_ values: [String: String]) -> String {
        var result = ""
        var index = text.startIndex
        while let colon = text[index...].firstIndex(of: ":") {
            result += text[index..<colon]
            let start = text.index(after: colon)
            let end = text[start...].firstIndex { !($0.isASCII && ($0.isLetter || $0 == "_")) } ?? text.endIndex
            let name = String(text[start..<end])
            if let value = values[name] { result += value } else { result += text[colon..<end] }
            index = end
        }
        result += text[index...]
        var squeezed = ""
        for character in "/" + result where !(character == "/" && squeezed.hasSuffix("/")) {
            squeezed.append(character)
        }
        return squeezed
    }
}

/// Why a `url_pattern:` cannot be used.
public struct URLPatternError: Error, Sendable {
    /// The reason, for the message naming ogcard.yml's line.
    public var reason: String
}
