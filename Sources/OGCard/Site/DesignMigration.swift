import Foundation

/// Keeps what opengraphimg URLs said about the design when they are replaced by local cards.
///
/// The design most URL posts share (and their author, when the site has none) becomes the
/// site's default in ogcard.yml; a post whose URL described another design gets an `ogcard:`
/// line in its own front matter. Text (title, tags) is not kept: the front matter already has it.
struct DesignMigration {
    /// What the site config gains.
    struct ConfigAdditions: Equatable {
        var design: OpenGraphImageDesign?
        var author: String?
        var isEmpty: Bool { design == nil && author == nil }

        /// `config` as it reads once ogcard.yml has these additions.
        func applied(to config: SiteConfig) -> SiteConfig {
            var config = config
            if let design { config.design = .parameters(design) }
            if let author { config.author = author }
            return config
        }
    }

    /// Decides what ogcard.yml gains from `posts` (those whose image is an opengraphimg URL).
    static func configAdditions(for posts: [(post: Post, url: OpenGraphImageURL)], config: SiteConfig)
        -> ConfigAdditions
    {
        var additions = ConfigAdditions()
        if config.design == nil,
            let design = majority(posts.map { keepable($0.url.parameters.design) }, key: \.canonicalKey)
        {
            additions.design = design
        }
        let authorsWithoutOwn = posts.filter { $0.post.author == nil }.compactMap { $0.url.parameters.author }
            .filter { !$0.isEmpty }
        if config.author == nil, let author = majority(authorsWithoutOwn, key: { $0 }) {
            additions.author = author
        }
        return additions
    }

    /// `design` as a file of the site may keep it: a `logoUrl` that is a local path outside the
    /// site (absolute, `file:`, `~`, or climbing with `..`) is dropped. A post's URL must not
    /// publish a machine's private path, nor make ogcard.yml point cards at it.
    static func keepable(_ design: OpenGraphImageDesign) -> OpenGraphImageDesign {
        guard let logo = design.logoUrl?.trimmingCharacters(in: .whitespaces) else { return design }
        let remote = logo.hasPrefix("http://") || logo.hasPrefix("https://") || logo.hasPrefix("//")
        let outside =
            logo.hasPrefix("/") || logo.hasPrefix("~") || logo.lowercased().hasPrefix("file:")
            || logo.split(separator: "/").contains("..")
        var kept = design
        if !remote && outside { kept.logoUrl = nil }
        return kept
    }

    /// The most common element (ties: the one seen first).
    static func majority<T>(_ items: [T], key: (T) -> String) -> T? {
        var counts: [String: (count: Int, first: Int, item: T)] = [:]
        for (index, item) in items.enumerated() {
            let k = key(item)
            if let existing = counts[k] {
                counts[k] = (existing.count + 1, existing.first, existing.item)
            } else {
                counts[k] = (1, index, item)
            }
        }
        return counts.values.max { a, b in a.count < b.count || (a.count == b.count && a.first > b.first) }?.item
    }

    /// The text ogcard.yml gains, as YAML lines.
    static func configText(_ additions: ConfigAdditions, lineEnding: String) -> String {
        var lines: [String] = []
        if let design = additions.design {
            lines.append("# The design the posts' opengraphimg URLs described, kept when ogcard replaced them.")
            lines.append("design:")
            for item in design.canonicalItems {
                lines.append("  \(item.name): \(YAMLScalarStyle.doubleQuoted.render(item.value))")
            }
        }
        if let author = additions.author {
            lines.append("author: \(YAMLScalarStyle.doubleQuoted.render(author))")
        }
        return lines.map { $0 + lineEnding }.joined()
    }

    /// Adds `additions` to the site's ogcard.yml (creating it at the site root when absent),
    /// atomically. Returns the file written.
    static func writeConfig(_ additions: ConfigAdditions, config: SiteConfig, containment: SiteContainment) throws
        -> URL
    {
        let file = try containment.checked(
            config.configFileToWrite, in: .config)
        var text: String
        if let existing = try? String(contentsOf: file, encoding: .utf8) {
            let ending = existing.contains("\r\n") ? "\r\n" : "\n"
            text = existing
            if !text.isEmpty, !text.hasSuffix("\n") { text += ending }
            text += configText(additions, lineEnding: ending)
        } else {
            text =
                "# ogcard settings. `ogcard build` wrote this file when it replaced opengraphimg URLs;\n"
                + "# see the README's configuration reference for every key.\n"
                + configText(additions, lineEnding: "\n")
        }
        try AtomicFileWriter.write(Data(text.utf8), to: file)
        return file
    }

    /// The `ogcard:` line a post gains when its URL's design differs from the site's; nil when
    /// the site's default already draws it the same. The URL's author is not kept per post: the
    /// front matter (then the site's `author`) is the source of truth for text.
    static func postDesignItems(url: OpenGraphImageURL, config: SiteConfig) -> [OpenGraphImageQueryItem]? {
        let siteKey: String
        switch config.design {
        case .parameters(let design)?: siteKey = design.canonicalKey
        case .style(let style)?:
            var design = OpenGraphImageDesign()
            design.style = style
            siteKey = design.canonicalKey
        case .ogcard?, .layoutFile?, nil: siteKey = ""
        }
        var items: [OpenGraphImageQueryItem] = []
        let design = keepable(url.parameters.design)
        if design.canonicalKey != siteKey { items += design.canonicalItems }
        return items.isEmpty ? nil : items
    }

    /// Adds `ogcard: {…}` before the end of a YAML front-matter block. Only YAML is edited;
    /// TOML and JSON posts are reported instead.
    static func addingDesignLine(
        _ items: [OpenGraphImageQueryItem], to data: Data, path: String, limits: InputLimits = .default
    ) throws(Diagnostic) -> Data {
        let bytes = [UInt8](data)
        guard let frontMatter = try FrontMatterParser.parse(bytes: bytes, path: path, limits: limits) else {
            throw Diagnostic(file: path, step: .rewritePost, reason: "no front matter to keep the card's design in")
        }
        guard frontMatter.format == .yaml else {
            throw Diagnostic(
                file: path, step: .rewritePost,
                reason:
                    "its opengraphimg URL's design differs from the site's; add it as an `ogcard` table by hand (only YAML is edited)"
            )
        }
        guard frontMatter.location(of: "ogcard") == nil else { return data }
        let lines = SourceLine.split(bytes)
        let closing = lines[frontMatter.closingLine - 1]
        let ending = frontMatter.closingLine >= 2 ? lines[frontMatter.closingLine - 2].ending(in: bytes) : "\n"
        let mapping = items.map { "\($0.name): \(YAMLScalarStyle.doubleQuoted.render($0.value))" }.joined(
            separator: ", ")
        var result = bytes
        result.insert(
            contentsOf: Array("ogcard: {\(mapping)}\(ending.isEmpty ? "\n" : ending)".utf8), at: closing.start)
        guard let reparsed = try FrontMatterParser.parse(bytes: result, path: path, limits: limits),
            reparsed.entries.filter({ $0.key != "ogcard" }) == frontMatter.entries,
            reparsed["ogcard"]?.entries?.count == items.count
        else {
            throw Diagnostic(
                file: path, line: closing.number, step: .rewritePost,
                reason: "refusing: adding the ogcard line would change other keys")
        }
        return Data(result)
    }
}
