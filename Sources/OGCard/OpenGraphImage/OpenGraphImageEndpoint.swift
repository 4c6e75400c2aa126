/// The host and path forms under which the opengraphimg service was reachable.
/// All of them take the same parameters; the form only matters for reporting.
public enum OpenGraphImageEndpoint: String, Hashable, Sendable, CaseIterable {
    /// `generator.opengraphimg.com/?…`, the cached form.
    case generator
    /// `generator.opengraphimg.com/view?…`, the uncached form.
    case generatorView
    /// `opengraphimg.com/opengraph?…`, an older form.
    case legacyOpengraph
    /// `opengraphimg.com/.netlify/functions/generate-opengraph?…`, the oldest form.
    case netlifyFunction

    /// Recognises a lower-cased host and a path (without query), or returns nil.
    static func recognise(host: String, path: String) -> OpenGraphImageEndpoint? {
        // A trailing slash is harmless to the service's router, so it is ignored here too.
        var path = path
        while path.count > 1, path.hasSuffix("/") { path.removeLast() }
        let bareHost = host.hasPrefix("www.") ? String(host.dropFirst(4)) : host
        switch (bareHost, path) {
        case ("generator.opengraphimg.com", ""), ("generator.opengraphimg.com", "/"): return .generator
        case ("generator.opengraphimg.com", "/view"): return .generatorView
        case ("opengraphimg.com", "/opengraph"): return .legacyOpengraph
        case ("opengraphimg.com", "/.netlify/functions/generate-opengraph"): return .netlifyFunction
        default: return nil
        }
    }
}
