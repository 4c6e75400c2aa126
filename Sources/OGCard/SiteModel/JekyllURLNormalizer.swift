import Foundation

/// Jekyll's `relative_url` / `absolute_url` filters (which end in Addressable's `URI#normalize`)
/// and jekyll-seo-tag's canonical URL, which is what it prints as og:url.
package enum JekyllURLNormalizer {
    /// jekyll-seo-tag's og:url: `canonical_url` when set, else `absolute_url(page.url)` with a
    /// trailing `/index.html` replaced by `/`.
    package static func seoURL(pageURL: String, url: String?, baseURL: String?, canonical: String? = nil) -> String {
        if let canonical, !canonical.isEmpty { return canonical }
        var absolute = absoluteURL(pageURL, url: url, baseURL: baseURL)
        if absolute.hasSuffix("/index.html") { absolute.removeLast("index.html".count) }
        return absolute
    }

    /// `absolute_url`: `url` (not trimmed) + `relative_url(path)`, normalized; `relative_url`
    /// alone when `url` is empty.
    package static func absoluteURL(_ path: String, url: String?, baseURL: String?) -> String {
        let relative = relativeURL(path, baseURL: baseURL)
        guard let url, !url.isEmpty else { return relative }
        return normalize(url + relative)
    }

    /// `relative_url`: `baseurl` without its trailing `/`, each part given a leading `/`, normalized.
    package static func relativeURL(_ path: String, baseURL: String?) -> String {
        var base = baseURL ?? ""
        if base.hasSuffix("/") { base.removeLast() }
        let parts = [base, path].map { $0.isEmpty || $0.hasPrefix("/") ? $0 : "/" + $0 }
        return normalize(parts.joined())
    }

    /// Addressable 2.8's `URI.parse(text).normalize.to_s`: scheme and host lowercased, default
    /// port dropped, each path segment, the query pairs and the fragment percent-decoded,
    /// NFKC-normalized and re-encoded (escapes uppercase, unreserved characters decoded), dot
    /// segments removed. `//` in the path is kept.
    package static func normalize(_ text: String) -> String {
        let parts = URIParts(text)
        var result = ""
        var scheme: String?
        if let raw = parts.scheme {
            let lower = raw.trimmingCharacters(in: .whitespaces).lowercased()
            scheme = lower
            result += normalizeComponent(lower, keeping: Set("+-.".utf8)) + ":"
        }
        if let authority = parts.authority {
            result += "//" + normalizeAuthority(authority, scheme: scheme)
        }
        var path = parts.path.trimmingCharacters(in: .whitespaces).split(
            separator: "/", omittingEmptySubsequences: false
        )
        .map { normalizeComponent(String($0), keeping: JekyllPathEscaping.pcharExtras) }
        .joined(separator: "/")
        path = removeDotSegments(path)
        if path.isEmpty, let scheme, ["http", "https", "ftp", "tftp"].contains(scheme) { path = "/" }
        result += path
        if let query = parts.query {
            let pairs = query.split(separator: "&", omittingEmptySubsequences: false).map {
                normalizeComponent(String($0), keeping: queryExtras, leavingEncoded: "+")
            }
            let joined = pairs.joined(separator: "&")
            if !joined.isEmpty { result += "?" + joined }
        }
        if let fragment = parts.fragment {
            let normalized = normalizeComponent(fragment, keeping: JekyllPathEscaping.queryExtras)
            if !normalized.isEmpty { result += "#" + normalized }
        }
        return result
    }

    /// The query class Addressable normalizes with: pchar, `/`, `?` but not `&` or `;`.
    private static let queryExtras = Set("!$'()*+,=:@/?".utf8)

    /// Addressable's `normalize_component`: decode every `%XX` (but `leavingEncoded`), NFKC, encode
    /// every byte outside unreserved + `extras`.
    static func normalizeComponent(_ text: String, keeping extras: Set<UInt8>, leavingEncoded: Character? = nil)
        -> String
    {
        let decoded = percentDecode(text, leaving: leavingEncoded)
        let normalized = decoded.precomposedStringWithCompatibilityMapping
        var result = ""
        let bytes = Array(normalized.utf8)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if let leavingEncoded, byte == UInt8(ascii: "%"), index + 2 < bytes.count,
                String(decoding: bytes[index + 1...index + 2], as: UTF8.self).uppercased()
                    == JekyllPathEscaping.hexEscape(leavingEncoded.asciiValue ?? 0).dropFirst()
            {
                result += "%"
            } else if JekyllPathEscaping.isUnreserved(byte) || extras.contains(byte) {
                result.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                result += JekyllPathEscaping.hexEscape(byte)
            }
            index += 1
        }
        return result
    }

    /// Decodes `%XX` escapes (bytes that are not UTF-8 become U+FFFD, as Ruby's re-encoding would fail anyway).
    static func percentDecode(_ text: String, leaving: Character? = nil) -> String {
        let bytes = Array(text.utf8)
        var output: [UInt8] = []
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "%"), index + 2 < bytes.count,
                let value = UInt8(String(decoding: bytes[index + 1...index + 2], as: UTF8.self), radix: 16),
                leaving?.asciiValue != value
            {
                output.append(value)
                index += 3
            } else {
                output.append(bytes[index])
                index += 1
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Userinfo kept, host lowercased (and percent-normalized), the scheme's default port dropped.
    private static func normalizeAuthority(_ authority: String, scheme: String?) -> String {
        var hostPort = Substring(authority)
        var userinfo = ""
        if let at = hostPort.lastIndex(of: "@") {
            userinfo = String(hostPort[...at])
            hostPort = hostPort[hostPort.index(after: at)...]
        }
        var host = hostPort
        var port: String?
        if let colon = hostPort.lastIndex(of: ":"), !hostPort[colon...].contains("]") {
            host = hostPort[..<colon]
            port = String(hostPort[hostPort.index(after: colon)...])
        }
        var normalizedHost = percentDecode(host.trimmingCharacters(in: .whitespaces).lowercased())
        if normalizedHost.count > 1, normalizedHost.hasSuffix("."), !normalizedHost.hasSuffix("..") {
            normalizedHost.removeLast()
        }
        normalizedHost = normalizeComponent(normalizedHost, keeping: Set("!$&'()*+,;=[:]".utf8))
        let defaults = ["http": "80", "https": "443", "ftp": "21", "tftp": "69"]
        let number = port.flatMap { Int($0) }.map(String.init)
        var result = userinfo + normalizedHost
        if let number, number != "0", defaults[scheme ?? ""] != number { result += ":" + number }
        return result
    }

    /// RFC 3986 §5.2.4 `remove_dot_segments`.
    static func removeDotSegments(_ path: String) -> String {
        guard path.contains(".") else { return path }
        var input = Substring(path)
        var output: [Substring] = []
        while !input.isEmpty {
            if input.hasPrefix("../") {
                input = input.dropFirst(3)
            } else if input.hasPrefix("./") {
                input = input.dropFirst(2)
            } else if input.hasPrefix("/./") {
                input = input.dropFirst(2)
            } else if input == "/." {
                input = "/"
            } else if input.hasPrefix("/../") {
                input = input.dropFirst(3)
                if !output.isEmpty { output.removeLast() }
            } else if input == "/.." {
                input = "/"
                if !output.isEmpty { output.removeLast() }
            } else if input == "." || input == ".." {
                input = ""
            } else {
                let start = input.hasPrefix("/") ? input.index(after: input.startIndex) : input.startIndex
                let end = input[start...].firstIndex(of: "/") ?? input.endIndex
                output.append(input[..<end])
                input = input[end...]
            }
        }
        return output.joined()
    }

    /// Addressable's `URIREGEX` split: `scheme:` `//authority` path `?query` `#fragment`.
    private struct URIParts {
        var scheme: String?
        var authority: String?
        var path: String
        var query: String?
        var fragment: String?

        init(_ text: String) {
            var rest = Substring(text)
            if let colon = rest.firstIndex(where: { ":/?#".contains($0) }), rest[colon] == ":",
                colon != rest.startIndex
            {
                scheme = String(rest[..<colon])
                rest = rest[rest.index(after: colon)...]
            }
            if rest.hasPrefix("//") {
                let start = rest.index(rest.startIndex, offsetBy: 2)
                let end = rest[start...].firstIndex(where: { "/?#".contains($0) }) ?? rest.endIndex
                authority = String(rest[start..<end])
                rest = rest[end...]
            }
            if let hash = rest.firstIndex(of: "#") {
                fragment = String(rest[rest.index(after: hash)...])
                rest = rest[..<hash]
            }
            if let mark = rest.firstIndex(of: "?") {
                query = String(rest[rest.index(after: mark)...])
                rest = rest[..<mark]
            }
            path = String(rest)
        }
    }
}
