/// Extracts `Post` fields from front matter, collecting warnings (internal helper).
struct PostFieldReader {
    let path: String
    let frontMatter: FrontMatter?
    /// The body text (after the front matter), used for the last-resort title.
    let body: String
    /// The title length and tag count kept.
    let limits: InputLimits
    var warnings: [Diagnostic] = []

    init(path: String, frontMatter: FrontMatter?, body: String, limits: InputLimits = .default) {
        self.path = path
        self.frontMatter = frontMatter
        self.body = body
        self.limits = limits
    }

    func line(of key: String) -> Int? { frontMatter?.location(of: key)?.line }

    mutating func warn(_ key: String?, _ message: String) {
        warnings.append(
            Diagnostic(
                .warning, file: path, line: key.flatMap(line(of:)) ?? frontMatter?.openingLine, step: .readFields,
                reason: message))
    }

    func value(_ key: String) -> FrontMatterValue? { frontMatter?[key] }

    /// A non-empty trimmed scalar.
    func text(_ key: String) -> String? {
        guard let text = value(key)?.string?.trimmingSpaces(), !text.isEmpty else { return nil }
        return text
    }

    mutating func post() -> Post {
        if frontMatter == nil { warn(nil, "no front matter; using fallbacks from the file name") }
        let (rawTitle, title, fromFileName) = readTitle()
        let slug = PostSlug.make(frontMatterSlug: text("slug"), path: path)
        if let given = text("slug"), PostSlug.sanitize(given) != given {
            warn("slug", "slug \"\(given)\" is not a safe file name; using \"\(slug)\"")
        }
        let date = readDate()
        let publishedAt = readOptionalDate("published_at")
        let description = ["description", "excerpt", "summary", "subtitle"].compactMap { text($0) }.first
        return Post(
            path: path, frontMatter: frontMatter, rawTitle: rawTitle, title: title,
            isTitleFallback: fromFileName, authors: readAuthors(), tags: readTags(),
            categories: value("categories") != nil ? readList("categories") : readList("category"),
            date: date, description: description, slug: slug, permalink: text("permalink"),
            image: readImage(), publishedAt: publishedAt, lang: text("lang"), warnings: warnings)
    }

    /// The title, or else the file name's base with `-`/`_` as spaces (`2017-06-02-pycon-us-2017.md`
    /// → `pycon us 2017`: readable enough for a card and obviously a placeholder), or else
    /// (file names like `2024-08-03-.md` from untitled micro-blog posts) the body's first
    /// line cut to about 70 characters, or else the hash-based fallback slug.
    mutating func readTitle() -> (String?, String, Bool) {
        if let raw = text("title") {
            // Cut before Markdown is stripped (its cost grows with the length) and again after
            // (links and markers shrink the text), so a huge title costs no more than a long one.
            let limit = limits.titleCharacters
            let plain = MarkdownTitle.plainText(raw.cut(toCharacters: limit * 4))
            if !plain.isEmpty {
                if plain.isLonger(thanCharacters: limit) || raw.isLonger(thanCharacters: limit * 4) {
                    warn(
                        "title",
                        "the title is longer than \(limit) characters; cut to \(limit) at a word boundary \(InputLimits.hint("title_characters"))"
                    )
                }
                return (raw, plain.cut(toCharacters: limit), false)
            }
        }
        var fallback = String(PostSlug.baseName(ofPath: path).map { $0 == "-" || $0 == "_" ? " " : $0 })
            .trimmingSpaces()
        if fallback.isEmpty { fallback = Self.firstLine(of: body) }
        if fallback.isEmpty { fallback = PostSlug.fallback(forPath: path) }
        warn(value("title") == nil ? nil : "title", "missing or empty title; using \"\(fallback)\" from the file name")
        return (nil, fallback, true)
    }

    func readAuthors() -> [PostAuthor] {
        func author(_ value: FrontMatterValue) -> PostAuthor? {
            switch value {
            case .scalar(let name):
                let trimmed = name.trimmingSpaces()
                return trimmed.isEmpty ? nil : PostAuthor(name: trimmed)
            case .mapping:
                guard let name = value["name"]?.string?.trimmingSpaces(), !name.isEmpty else { return nil }
                let twitter = value["twitter"]?.string?.trimmingSpaces()
                return PostAuthor(name: name, twitter: twitter?.isEmpty == false ? twitter : nil)
            default:
                return nil
            }
        }
        let source = value("author") ?? value("authors")
        switch source {
        case .list(let items)?: return items.compactMap(author)
        case let single?: return author(single).map { [$0] } ?? []
        case nil: return []
        }
    }

    /// The tags, at most `limits.tags` (each cut like a title): the rest dropped with a warning.
    mutating func readTags() -> [String] {
        let tags = readList("tags")
        if tags.count > limits.tags {
            warn("tags", "\(tags.count) tags; keeping the first \(limits.tags) \(InputLimits.hint("tags"))")
        }
        return tags.prefix(limits.tags).map { $0.cut(toCharacters: limits.titleCharacters) }
    }

    /// A list, a flow list, or a comma-separated string; null or missing → empty.
    func readList(_ key: String) -> [String] {
        let items: [String]
        switch value(key) {
        case .list(let values)?: items = values.compactMap(\.string)
        case .scalar(let text)?: items = text.split(separator: ",").map(String.init)
        default: items = []
        }
        return items.map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
    }

    mutating func readDate() -> PostDate? {
        if let raw = value("date") {
            if let text = raw.string, let date = PostDate(parsing: text) { return date }
            if !raw.isNull { warn("date", "unrecognised date \"\(raw.string ?? "")\"; trying the file name") }
        }
        if let date = PostDate(fileName: lastComponent(path)) { return date }
        warn(value("date") == nil ? nil : "date", "no date in front matter or file name")
        return nil
    }

    mutating func readOptionalDate(_ key: String) -> PostDate? {
        guard let text = text(key) else { return nil }
        if let date = PostDate(parsing: text) { return date }
        warn(key, "unrecognised date \"\(text)\" in \(key)")
        return nil
    }

    func readImage() -> PostImage? {
        switch value("image") {
        case .scalar(let path)?:
            let trimmed = path.trimmingSpaces()
            return trimmed.isEmpty ? nil : PostImage(path: trimmed)
        case .mapping?:
            guard let path = value("image")?["path"]?.string?.trimmingSpaces(), !path.isEmpty else { return nil }
            return PostImage(path: path, alt: value("image")?["alt"]?.string)
        default:
            return nil
        }
    }

    /// The first non-empty body line as plain text, shortened at a word boundary.
    static func firstLine(of body: String, limit: Int = 70) -> String {
        guard
            let line = body.split(whereSeparator: \.isNewline).lazy
                .map({ MarkdownTitle.plainText(String($0)) }).first(where: { !$0.isEmpty })
        else { return "" }
        guard line.count > limit else { return line }
        let cut = line.prefix(limit)
        let words = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
        return String(words).trimmingSpaces() + "…"
    }

    func lastComponent(_ path: String) -> String {
        path.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? path
    }
}
