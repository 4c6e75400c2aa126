import Foundation
import Yams

/// ogcard.yml's own values, read with the reader layout files use too.
extension YAMLNodeReader {
    /// One string or a list of strings.
    func stringList(_ node: Node, key: String) throws(Diagnostic) -> [String] {
        if node.scalar != nil { return [try nonEmptyString(node, key: key)] }
        guard let sequence = node.sequence else {
            throw error(node, key: key, "expected a folder, a glob or a list of them, got \(kind(node))")
        }
        var result: [String] = []
        for item in sequence { result.append(try nonEmptyString(item, key: key)) }
        guard !result.isEmpty else { throw error(node, key: key, "the list must not be empty") }
        return result
    }

    /// A list of folders or globs relative to the site root (see `relativePath`).
    func relativePathList(_ node: Node, key: String) throws(Diagnostic) -> [String] {
        let items = node.sequence.map(Array.init) ?? [node]
        for item in items where item.scalar != nil { _ = try relativePath(item, key: key) }
        return try stringList(node, key: key)
    }

    /// A path relative to the site root: no leading `/`, no `..`, so ogcard never writes outside the site.
    func relativePath(_ node: Node, key: String) throws(Diagnostic) -> String {
        let text = try nonEmptyString(node, key: key)
        if text.hasPrefix("/") || text.hasPrefix("~") {
            throw error(node, key: key, "'\(text)' must be relative to the site root")
        }
        if text.split(separator: "/").contains("..") {
            throw error(node, key: key, "'\(text)' must stay inside the site ('..' is not allowed)")
        }
        return text
    }

    /// A `file_name` pattern: ends in `.png`, no folders, only known placeholders, at least one of them.
    func fileNamePattern(_ node: Node, key: String) throws(Diagnostic) -> String {
        let text = try nonEmptyString(node, key: key)
        guard text.lowercased().hasSuffix(".png") else {
            throw error(node, key: key, "'\(text)' must end in .png")
        }
        guard !text.contains("/"), !text.contains("\\") else {
            throw error(node, key: key, "'\(text)' must be a file name, not a path (set 'output' for the folder)")
        }
        var placeholders: [String] = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            guard let close = rest[open...].firstIndex(of: "}") else {
                throw error(node, key: key, "'\(text)' has a '{' without '}'")
            }
            placeholders.append(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        let allowed = SiteConfig.fileNamePlaceholders.sorted().map { "{\($0)}" }.joined(separator: ", ")
        if let unknown = placeholders.first(where: { !SiteConfig.fileNamePlaceholders.contains($0) }) {
            throw error(node, key: key, "unknown placeholder '{\(unknown)}'; use \(allowed)")
        }
        // Without a placeholder every post would overwrite the same file.
        guard !placeholders.isEmpty else {
            throw error(node, key: key, "'\(text)' needs a placeholder such as {slug}; use \(allowed)")
        }
        return text
    }

    /// A Twitter handle: 1–15 letters, digits or `_`, with or without `@`.
    func twitterHandle(_ node: Node, key: String) throws(Diagnostic) -> String {
        let text = try nonEmptyString(node, key: key)
        let bare = text.hasPrefix("@") ? text.dropFirst() : Substring(text)
        guard (1...15).contains(bare.count),
            bare.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") })
        else {
            throw error(node, key: key, "'\(text)' is not a Twitter handle (1–15 letters, digits or _)")
        }
        return text
    }

    /// `design:` as a name, an opengraphimg URL, or a mapping of opengraphimg parameters.
    /// Anything the URL parser would only warn about is an error here: a config is written today, so typos should stop.
    func design(_ node: Node, key: String) throws(Diagnostic) -> SiteDesign {
        if node.scalar != nil {
            let text = try nonEmptyString(node, key: key)
            if text == "ogcard" { return .ogcard }
            if let style = OpenGraphImageStyle(rawValue: text) { return .style(style) }
            if text.hasSuffix(".yml") || text.hasSuffix(".yaml") {
                guard !text.hasPrefix("/"), !text.split(separator: "/").contains("..") else {
                    throw error(node, key: key, "a layout file must be a path inside the site, not '\(text)'")
                }
                return .layoutFile(text)
            }
            if OpenGraphImageURL.isOpenGraphImageURL(text) {
                let url: OpenGraphImageURL
                do {
                    url = try OpenGraphImageURL.parse(text)
                } catch let failure {
                    throw error(node, key: key, failure.reason)
                }
                if let warning = url.warnings.first { throw error(node, key: key, warning.reason) }
                return .parameters(url.parameters.design)
            }
            throw error(
                node, key: key,
                "'\(text)' is not one of \(SiteDesign.names.joined(separator: ", ")), a layout file (.yml), an opengraphimg URL or a mapping"
            )
        }
        guard let mapping = node.mapping else {
            throw error(
                node, key: key, "expected a style name or a mapping of opengraphimg parameters, got \(kind(node))")
        }
        var items: [OpenGraphImageQueryItem] = []
        var lines: [String: Node] = [:]
        for (nameNode, valueNode) in mapping {
            let name = try nonEmptyString(nameNode, key: key)
            let nested = "\(key).\(name)"
            if ["title", "tags", "author"].contains(name) {
                throw error(nameNode, key: nested, "'\(name)' is per-post content, not design; it comes from each post")
            }
            guard lines[name] == nil else { throw error(nameNode, key: nested, "given twice") }
            lines[name] = nameNode
            guard let scalar = valueNode.scalar else {
                throw error(valueNode, key: nested, "expected a value, got \(kind(valueNode))")
            }
            items.append(OpenGraphImageQueryItem(name: name, value: scalar.string))
        }
        let parsed: (parameters: OpenGraphImageParameters, warnings: [Diagnostic])
        do {
            parsed = try OpenGraphImageParameters.parse(items)
        } catch let failure {
            let name = failure.key ?? ""
            throw error(lines[name] ?? node, key: "\(key).\(name)", failure.reason)
        }
        if let warning = parsed.warnings.first {
            let name = warning.key ?? ""
            throw error(lines[name] ?? node, key: "\(key).\(name)", warning.reason)
        }
        return .parameters(parsed.parameters.design)
    }

    /// `fields`: field name → a dotted front-matter path or a list of them, tried in order.
    func fields(_ node: Node, key: String, into map: inout PostFieldMap) throws(Diagnostic) {
        guard let mapping = node.mapping else {
            throw error(
                node, key: key,
                "expected a mapping such as {date: published_at, description: seo.description}, got \(kind(node))")
        }
        let names = PostFieldMap.Field.allCases.map(\.rawValue).joined(separator: ", ")
        var seen = Set<String>()
        for (nameNode, valueNode) in mapping {
            let name = try nonEmptyString(nameNode, key: key)
            let nested = "\(key).\(name)"
            guard let field = PostFieldMap.Field(rawValue: name) else {
                throw error(nameNode, key: nested, "unknown field '\(name)'; use \(names)")
            }
            guard seen.insert(name).inserted else { throw error(nameNode, key: nested, "given twice") }
            let paths = try stringList(valueNode, key: nested)
            for path in paths where !PostFieldMap.isValidPath(path) {
                throw error(
                    valueNode, key: nested,
                    "'\(path)' is not a front-matter path (keys joined with '.', e.g. seo.description)")
            }
            if field == .image, let deep = paths.first(where: { $0.split(separator: ".").count > 2 }) {
                throw error(
                    valueNode, key: nested,
                    "'\(deep)': the picture can be a top-level key or one level down (cover.image), not deeper")
            }
            map.set(field, to: paths, line: nameNode.mark?.line)
        }
    }

    /// `logos`: a mapping of remote logo URL → local path.
    func logos(_ node: Node, key: String) throws(Diagnostic) -> [String: String] {
        guard let mapping = node.mapping else {
            throw error(node, key: key, "expected a mapping of logo URL → local file, got \(kind(node))")
        }
        var result: [String: String] = [:]
        for (urlNode, pathNode) in mapping {
            let url = try nonEmptyString(urlNode, key: key)
            guard SiteURLResolver.isAbsoluteHTTP(url) || url.hasPrefix("//") else {
                throw error(urlNode, key: "\(key).\(url)", "'\(url)' is not an http(s) URL")
            }
            guard result[url] == nil else { throw error(urlNode, key: "\(key).\(url)", "given twice") }
            result[url] = try nonEmptyString(pathNode, key: "\(key).\(url)")
        }
        return result
    }
}

extension YAMLNodeReader {
    /// `inject:`: the card folder, include and exclude globs, and designs by glob.
    func inject(_ node: Node, key: String) throws(Diagnostic) -> InjectSettings {
        var settings = InjectSettings()
        let entries = try mapping(node, key: key, allowed: InjectSettings.keys)
        if let cards = entries["cards"] { settings.cards = try relativePath(cards, key: "\(key).cards") }
        if let include = entries["include"] { settings.include = try stringList(include, key: "\(key).include") }
        if let exclude = entries["exclude"] { settings.exclude = try stringList(exclude, key: "\(key).exclude") }
        if let designs = entries["designs"] {
            guard let mapping = designs.mapping else {
                throw error(
                    designs, key: "\(key).designs", "expected a mapping of globs to designs, got \(kind(designs))")
            }
            for (globNode, value) in mapping {
                let glob = try nonEmptyString(globNode, key: "\(key).designs")
                settings.designs.append(
                    InjectSettings.DesignRule(glob: glob, design: try design(value, key: "\(key).designs.\(glob)")))
            }
        }
        return settings
    }
}
