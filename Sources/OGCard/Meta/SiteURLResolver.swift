import Foundation

/// Makes page and image URLs absolute against the site URL, as Open Graph requires
/// (crawlers ignore relative `og:image` values).
package struct SiteURLResolver: Hashable, Sendable {
    /// The site URL (scheme, host and any base path), without trailing slash; nil when not configured.
    package let siteURL: String?
    /// Whether root-relative URLs may be emitted when there is no site URL.
    package let allowRelativeURLs: Bool

    /// Creates a resolver.
    /// - Throws: a `Diagnostic` when `siteURL` is given but is not an absolute http(s) URL.
    package init(siteURL: String?, allowRelativeURLs: Bool = false) throws(Diagnostic) {
        let trimmed = siteURL?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        if trimmed.isEmpty {
            self.siteURL = nil
        } else {
            guard Self.isAbsoluteHTTP(trimmed) else {
                throw Diagnostic(
                    step: .checkConfig,
                    reason:
                        "site URL '\(trimmed)': expected an absolute http:// or https:// URL with a host, e.g. https://example.com"
                )
            }
            var url = trimmed
            while url.hasSuffix("/") { url.removeLast() }
            self.siteURL = Self.percentEncode(url)
        }
        self.allowRelativeURLs = allowRelativeURLs
    }

    /// The absolute URL for `path`: site URL + `/` + path (slashes de-duplicated), with spaces and
    /// non-ASCII percent-encoded. Absolute http(s) input is kept (only encoded); `//host/…` takes the site's scheme.
    /// - Throws: a `Diagnostic` when there is no site URL and relative URLs are not allowed.
    package func absolute(_ path: String) throws(Diagnostic) -> String {
        let trimmed = path.trimmingCharacters(in: .whitespacesAndNewlines)
        if Self.isAbsoluteHTTP(trimmed) { return Self.percentEncode(trimmed) }
        if trimmed.hasPrefix("//") {
            if let siteURL, let colon = siteURL.firstIndex(of: ":") {
                return String(siteURL[..<colon]) + ":" + Self.percentEncode(trimmed)
            }
            return "https:" + Self.percentEncode(trimmed)
        }
        var relative = Substring(trimmed)
        while relative.hasPrefix("/") { relative = relative.dropFirst() }
        let encoded = Self.percentEncode(String(relative))
        guard let siteURL else {
            guard allowRelativeURLs else {
                throw Diagnostic(
                    step: .makeURLs,
                    reason: "'\(trimmed)': no site URL: set 'url' in ogcard.yml (or _config.yml / hugo.toml), "
                        + "or set 'allow_relative_urls: true' (crawlers ignore relative og:image URLs)")
            }
            return "/" + encoded
        }
        return siteURL + "/" + encoded
    }

    /// True for `http://host…` or `https://host…` with a non-empty host.
    static func isAbsoluteHTTP(_ text: String) -> Bool {
        let lower = text.lowercased()
        for scheme in ["https://", "http://"] where lower.hasPrefix(scheme) {
            let rest = lower.dropFirst(scheme.count)
            let host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
            return !host.isEmpty && !host.contains(" ")
        }
        return false
    }

    /// Percent-encodes bytes that may not appear in a URL (spaces, controls, non-ASCII, `"<>\^`{|}`),
    /// leaving reserved characters and existing `%XX` escapes alone, so encoding twice changes nothing.
    static func percentEncode(_ text: String) -> String {
        let bytes = Array(text.utf8)
        var result = ""
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "%") {
                let isEscape = index + 2 < bytes.count && isHex(bytes[index + 1]) && isHex(bytes[index + 2])
                result += isEscape ? "%" : "%25"
            } else if isAllowed(byte) {
                result.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                let hex = String(byte, radix: 16, uppercase: true)
                result += "%" + (byte < 16 ? "0" + hex : hex)
            }
            index += 1
        }
        return result
    }

    /// Unreserved, sub-delims, `:@/?#` and `[]` (for IPv6 hosts).
    private static func isAllowed(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        default:
            return "-._~!$&'()*+,;=:@/?#[]".utf8.contains(byte)
        }
    }

    /// True for an ASCII hex digit.
    private static func isHex(_ byte: UInt8) -> Bool {
        Character(Unicode.Scalar(byte)).isHexDigit
    }
}
