import Foundation

/// An opengraphimg service URL (`generator.opengraphimg.com/?…` and its older forms), decoded.
///
/// The query is decoded exactly once with form rules (`+` is a space), unlike the service, which decoded
/// titles three times and broke on a literal `%`.
public struct OpenGraphImageURL: Hashable, Sendable {
    /// The input, trimmed.
    public var original: String
    /// Which host/path form it used.
    public var endpoint: OpenGraphImageEndpoint
    /// Every decoded pair in URL order, repeats included.
    public var queryItems: [OpenGraphImageQueryItem]
    /// The typed parameters (for repeats, the last value).
    public var parameters: OpenGraphImageParameters
    /// Things tolerated while reading, in order.
    public var warnings: [Diagnostic]

    /// True when `string` is one of the service's endpoints (host and path, with or without
    /// `https:`, `http:` or `//`): exactly the URLs `parse(_:)` recognises, which may still fail on
    /// a malformed parameter. The one test for "an opengraphimg URL": the build reads a design from
    /// such an `image:` and replaces it, and leaves any other link (even on an opengraphimg host) alone.
    /// Does not look at the query.
    public static func isOpenGraphImageURL(_ string: String) -> Bool {
        split(string) != nil
    }

    /// Parses an opengraphimg URL as found in `image:` front matter or on the command line.
    /// - Throws: a `Diagnostic` (step `.readURL`) when the host/path is not opengraphimg's or a colour is malformed.
    public static func parse(_ string: String) throws(Diagnostic) -> OpenGraphImageURL {
        let trimmed = unquote(string)
        guard let (endpoint, query) = split(string) else {
            throw Diagnostic(
                step: .readURL,
                reason: "'\(trimmed)' is not an opengraphimg URL: expected generator.opengraphimg.com/?…, "
                    + "generator.opengraphimg.com/view?…, opengraphimg.com/opengraph?… "
                    + "or opengraphimg.com/.netlify/functions/generate-opengraph?…")
        }
        var items: [OpenGraphImageQueryItem] = []
        var warnings: [Diagnostic] = []
        for pair in query.split(separator: "&", omittingEmptySubsequences: true) {
            let name: Substring
            let value: Substring
            if let equals = pair.firstIndex(of: "=") {
                name = pair[..<equals]
                value = pair[pair.index(after: equals)...]
            } else {
                name = pair
                value = ""
            }
            let decodedName = FormURLDecoder.decode(name)
            let decodedValue = FormURLDecoder.decode(value)
            if decodedName.invalidUTF8 || decodedValue.invalidUTF8 {
                warnings.append(
                    Diagnostic.urlWarning(
                        parameter: decodedName.value,
                        message: "percent-escapes are not valid UTF-8; bad bytes replaced with U+FFFD"))
            }
            items.append(OpenGraphImageQueryItem(name: decodedName.value, value: decodedValue.value))
        }
        let (parameters, parameterWarnings) = try OpenGraphImageParameters.parse(items, input: trimmed)
        return OpenGraphImageURL(
            original: trimmed, endpoint: endpoint, queryItems: items, parameters: parameters,
            warnings: warnings + parameterWarnings)
    }

    /// Drops surrounding whitespace and one pair of matching quotes (front matter copied raw keeps them).
    private static func unquote(_ string: String) -> String {
        var text = string.trimmingCharacters(in: .whitespacesAndNewlines)
        if text.count >= 2, let first = text.first, first == "\"" || first == "'", text.last == first {
            text = String(text.dropFirst().dropLast())
        }
        return text
    }

    /// Splits into endpoint and raw (still encoded) query, or nil when it is not an opengraphimg URL.
    private static func split(_ string: String) -> (OpenGraphImageEndpoint, Substring)? {
        var rest = Substring(unquote(string))
        // The fragment never reaches the server.
        if let hash = rest.firstIndex(of: "#") { rest = rest[..<hash] }
        let lower = rest.lowercased()
        for scheme in ["https://", "http://", "//"] where lower.hasPrefix(scheme) {
            rest = rest.dropFirst(scheme.count)
            break
        }
        let query: Substring
        let location: Substring
        if let mark = rest.firstIndex(of: "?") {
            location = rest[..<mark]
            query = rest[rest.index(after: mark)...]
        } else {
            location = rest
            query = ""
        }
        let hostEnd = location.firstIndex(of: "/") ?? location.endIndex
        var host = location[..<hostEnd].lowercased()
        // An explicit default port is still the same service.
        if host.hasSuffix(":443") || host.hasSuffix(":80") {
            host = String(host[..<(host.lastIndex(of: ":") ?? host.endIndex)])
        }
        guard let endpoint = OpenGraphImageEndpoint.recognise(host: host, path: String(location[hostEnd...]))
        else { return nil }
        return (endpoint, query)
    }
}
