import Foundation

/// Parses `<meta property|name="…" content="…">` lines back into key → values, unescaping
/// HTML entities, so tests check what a browser would read.
enum MetaSnippet {
    static func parse(_ html: String) -> [String: [String]] {
        var tags: [String: [String]] = [:]
        let pattern = #/<meta (property|name)="([^"]*)" content="([^"]*)">/#
        for match in html.matches(of: pattern) {
            tags[unescape(String(match.output.2)), default: []].append(unescape(String(match.output.3)))
        }
        return tags
    }

    static func unescape(_ text: String) -> String {
        text.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}
