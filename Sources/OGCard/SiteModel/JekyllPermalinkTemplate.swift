import Foundation

/// Jekyll's permalink styles and its `URL#generate_url_from_drop` + `sanitize_url`.
package enum JekyllPermalinkTemplate {
    /// The built-in styles (`permalink: pretty` in `_config.yml`).
    package static let styles: [String: String] = [
        "date": "/:categories/:year/:month/:day/:title:output_ext",
        "pretty": "/:categories/:year/:month/:day/:title/",
        "ordinal": "/:categories/:year/:y_day/:title:output_ext",
        "weekdate": "/:categories/:year/W:week/:short_day/:title:output_ext",
        "none": "/:categories/:title:output_ext",
    ]

    /// `style_to_permalink`: a style's template, any other text as it is.
    package static func template(forStyle style: String) -> String {
        styles[style] ?? style
    }

    /// `add_permalink_suffix` for a collection without its own `permalink`: `/` for `pretty` (or a
    /// site template ending `/`), `:output_ext` for `date`, `ordinal`, `none` (or one ending so).
    package static func addSuffix(to template: String, siteStyle style: String) -> String {
        switch style {
        case "pretty": return template + "/"
        case "date", "ordinal", "none": return template + ":output_ext"
        default:
            var result = template
            if style.hasSuffix("/") { result += "/" }
            if style.hasSuffix(":output_ext") { result += ":output_ext" }
            return result
        }
    }

    /// Expands `template`: every `:name` (lowercase letters and `_`; a name ending `_` also tries
    /// it without) replaced by its escaped value, literal text left alone, then sanitized.
    /// - Throws: for a placeholder Jekyll does not know (it stops the build) or a value
    ///   `escape_path` refuses.
    package static func expand(_ template: String, placeholders: [String: String])
        throws(JekyllBuildFailure) -> String
    {
        var result = ""
        var rest = Substring(template)
        while let colon = rest.firstIndex(of: ":") {
            result += rest[..<colon]
            let nameStart = rest.index(after: colon)
            let nameEnd =
                rest[nameStart...].firstIndex { !($0 == "_" || ($0.isASCII && $0.isLowercase)) } ?? rest.endIndex
            var name = String(rest[nameStart..<nameEnd])
            guard !name.isEmpty else {
                result += ":"
                rest = rest[nameStart...]
                continue
            }
            var consumedEnd = nameEnd
            var pool = [name]
            if name.hasSuffix("_") { pool.append(String(name.dropLast())) }
            guard let winner = pool.first(where: { placeholders[$0] != nil }), let value = placeholders[winner] else {
                throw JekyllBuildFailure(
                    key: "permalink",
                    reason: "unknown permalink placeholder ':\(pool.joined(separator: "` or `:"))' in '\(template)'; "
                        + "Jekyll cannot build this URL either (\"The URL template doesn't have "
                        + "\(pool.joined(separator: " or ")) keys\")")
            }
            if winner != name {
                // `:month_` matched as `:month`: the `_` stays literal text.
                consumedEnd = rest.index(before: nameEnd)
                name = winner
            }
            result += try JekyllPathEscaping.escapePath(value)
            rest = rest[consumedEnd...]
        }
        result += rest
        return JekyllPathEscaping.sanitize(result)
    }
}
