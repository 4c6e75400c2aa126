import Foundation

/// Parses `<meta property|name="…" content="…">` lines back into key → values, unescaping
/// HTML entities, so tests check what a browser would read.
public enum MetaSnippet {
    /// Every meta tag in `html`: its property or name → its contents, in order.
    public static func parse(_ html: String) -> [String: [String]] {
        var tags: [String: [String]] = [:]
        // `>` or ` />` (jekyll-seo-tag's form).
        let pattern = #/<meta (property|name)="([^"]*)" content="([^"]*)"\s*/?>/#
        for match in html.matches(of: pattern) {
            tags[unescape(String(match.output.2)), default: []].append(unescape(String(match.output.3)))
        }
        return tags
    }

    /// `url` without the card's fingerprint (`?v=<8 hex>`, `image_url_fingerprint: query`), for
    /// tests about where a card is rather than which bytes it has (CardFingerprintTests check those).
    public static func withoutFingerprint(_ url: String) -> String {
        url.replacing(#/\?v=[0-9a-f]{8}$/#, with: "")
    }

    /// The contents of every `key` tag in `html`, in order (none: empty).
    public static func content(of key: String, in html: String) -> [String] { parse(html)[key] ?? [] }

    /// Decodes the named references ogcard and template engines write and every numeric one
    /// (`&#123;`, `&#x7B;`), as a browser reads an attribute value.
    public static func unescape(_ text: String) -> String {
        let named = ["quot": "\"", "apos": "'", "lt": "<", "gt": ">", "amp": "&"]
        var result = ""
        var rest = Substring(text)
        while let ampersand = rest.firstIndex(of: "&") {
            result += rest[..<ampersand]
            let afterAmpersand = rest.index(after: ampersand)
            guard let semicolon = rest[afterAmpersand...].prefix(10).firstIndex(of: ";") else {
                result += "&"
                rest = rest[afterAmpersand...]
                continue
            }
            let name = rest[afterAmpersand..<semicolon]
            var decoded: String?
            if name.hasPrefix("#x") || name.hasPrefix("#X") {
                decoded = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String($0) }
            } else if name.hasPrefix("#") {
                decoded = UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init).map { String($0) }
            } else {
                decoded = named[String(name)]
            }
            if let decoded {
                result += decoded
                rest = rest[rest.index(after: semicolon)...]
            } else {
                result += "&"
                rest = rest[afterAmpersand...]
            }
        }
        return result + rest
    }
}
