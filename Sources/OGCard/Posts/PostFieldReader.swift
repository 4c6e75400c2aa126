/// Extracts `Post` fields from front matter, collecting warnings (internal helper).
struct PostFieldReader {
    let path: String
    let frontMatter: FrontMatter?
    /// The body text (after the front matter), used for the last-resort title.
    let body: String
    /// The title length and tag count kept.
    let limits: InputLimits
    /// Where each field is read from.
    let fields: PostFieldMap
    var warnings: [Diagnostic] = []
    /// The fields whose ogcard.yml `fields:` paths were present in this post.
    var matched: Set<PostFieldMap.Field> = []

    init(
        path: String, frontMatter: FrontMatter?, body: String, limits: InputLimits = .default,
        fields: PostFieldMap = PostFieldMap()
    ) {
        self.path = path
        self.frontMatter = frontMatter
        self.body = body
        self.limits = limits
        self.fields = fields
    }

    /// The line of a key or dotted path (its top-level key's line).
    func line(of key: String) -> Int? {
        let top = key.split(separator: ".", maxSplits: 1).first.map(String.init) ?? key
        return frontMatter?.location(of: top)?.line
    }

    /// The value at a dotted path (`seo.description`): a top-level key, then keys of mappings.
    func value(at path: String) -> FrontMatterValue? {
        let keys = path.split(separator: ".", omittingEmptySubsequences: false)
        guard let first = keys.first, var current = frontMatter?[String(first)] else { return nil }
        for key in keys.dropFirst() {
            guard let next = current[String(key)] else { return nil }
            current = next
        }
        return current
    }

    /// The first of `field`'s paths that holds a value (null counts as absent), with that path.
    /// A path holding something of the wrong kind is skipped with a warning, never silently.
    mutating func firstValue(_ field: PostFieldMap.Field, accepting: (FrontMatterValue) -> Bool = { $0.string != nil })
        -> (value: FrontMatterValue, path: String)?
    {
        for path in fields.paths(for: field) {
            guard let value = value(at: path), !value.isNull else { continue }
            if fields.overrides[field] != nil { matched.insert(field) }
            if accepting(value) { return (value, path) }
            warn(
                path,
                "\(path): expected \(field == .image ? "a path, a list of paths or a mapping with path" : "a value"), got \(value.kindDescription); not used for the \(field.rawValue.replacingAll("_", with: " "))"
            )
        }
        return nil
    }

    /// The first non-empty text among `field`'s paths.
    mutating func firstText(_ field: PostFieldMap.Field) -> (text: String, path: String)? {
        for path in fields.paths(for: field) {
            guard let value = value(at: path), !value.isNull else { continue }
            if fields.overrides[field] != nil { matched.insert(field) }
            guard let text = value.string?.trimmingSpaces() else {
                warn(
                    path,
                    "\(path): expected text, got \(value.kindDescription); not used for the \(field.rawValue.replacingAll("_", with: " "))"
                )
                continue
            }
            if !text.isEmpty { return (text, path) }
        }
        return nil
    }

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
        let (rawTitle, styledTitle, fromFileName) = readStyledTitle()
        let title = styledTitle.plainText
        let metaTitle = firstText(.metaTitle).map { readMetaText($0.text, path: $0.path) }
        let metaDescription = firstText(.metaDescription).map {
            MarkdownTitle.plainText($0.text.cut(toCharacters: limits.descriptionCharacters * 4))
        }
        let slug = PostSlug.make(frontMatterSlug: text("slug"), path: path)
        if let given = text("slug"), PostSlug.sanitize(given) != given {
            warn("slug", "slug \"\(given)\" is not a safe file name; using \"\(slug)\"")
        }
        let date = readDate()
        let publishedAt = readOptionalDate("published_at")
        let description = firstText(.description)?.text
        let modified = readModified()
        let (image, imageField) = readImage()
        let lang = firstText(.lang)?.text
        var post = Post(
            path: path, frontMatter: frontMatter, rawTitle: rawTitle, title: title,
            isTitleFallback: fromFileName, authors: readAuthors(), tags: readTags(),
            categories: value("categories") != nil ? readList("categories") : readList("category"),
            date: date, description: description, slug: slug, permalink: text("permalink"),
            image: image, publishedAt: publishedAt, lang: lang, warnings: [])
        post.metaTitle = metaTitle
        post.styledTitle = styledTitle
        post.metaDescription = metaDescription
        post.modified = modified
        post.imageField = imageField
        post.matchedFieldOverrides = matched
        post.warnings = warnings
        return post
    }

    /// A meta-only title: Markdown stripped and cut like the title.
    mutating func readMetaText(_ raw: String, path: String) -> String {
        TitleMarkup.plainText(raw.cut(toCharacters: limits.titleCharacters * 4)).cut(
            toCharacters: limits.titleCharacters)
    }

    /// The first parseable date among the `modified` paths.
    mutating func readModified() -> PostDate? {
        for path in fields.paths(for: .modified) {
            guard let value = value(at: path), !value.isNull else { continue }
            if fields.overrides[.modified] != nil { matched.insert(.modified) }
            if let text = value.string, let date = PostDate(parsing: text) { return date }
            warn(
                path,
                "unrecognised date \"\(value.string ?? value.kindDescription)\" in \(path); not used for article:modified_time"
            )
        }
        return nil
    }

    /// The title, or else the file name's base with `-`/`_` as spaces (`2017-06-02-pycon-us-2017.md`
    /// → `pycon us 2017`: readable enough for a card and obviously a placeholder), or else
    /// (file names like `2024-08-03-.md` from untitled micro-blog posts) the body's first
    /// line cut to about 70 characters, or else the hash-based fallback slug.
    /// A front-matter title keeps its inline styles (`<code>`, `<em>`, Markdown); a fallback has none.
    mutating func readStyledTitle() -> (raw: String?, styled: StyledText, isFallback: Bool) {
        if let raw = firstText(.title)?.text {
            // Cut before markup is read (its cost grows with the length) and again after
            // (links, tags and markers shrink the text), so a huge title costs no more than a long one.
            let limit = limits.titleCharacters
            let styled = TitleMarkup.parse(raw.cut(toCharacters: limit * 4))
            let plain = styled.text
            if !plain.isEmpty {
                if plain.isLonger(thanCharacters: limit) || raw.isLonger(thanCharacters: limit * 4) {
                    warn(
                        "title",
                        "the title is longer than \(limit) characters; cut to \(limit) at a word boundary \(InputLimits.hint("title_characters"))"
                    )
                }
                return (raw, styled.cut(toCharacters: limit), false)
            }
        }
        var fallback = String(PostSlug.baseName(ofPath: path).map { $0 == "-" || $0 == "_" ? " " : $0 })
            .trimmingSpaces()
        if fallback.isEmpty { fallback = Self.firstLine(of: body) }
        if fallback.isEmpty { fallback = PostSlug.fallback(forPath: path) }
        let titlePath = fields.paths(for: .title).first { value(at: $0) != nil }
        warn(titlePath, "missing or empty title; using \"\(fallback)\" from the file name")
        return (nil, StyledText(fallback), true)
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
        let source = fields.paths(for: .author).lazy.compactMap { value(at: $0) }.first { !$0.isNull }
        switch source {
        case .list(let items)?: return items.compactMap(author)
        case let single?: return author(single).map { [$0] } ?? []
        case nil: return []
        }
    }

    /// The tags, at most `limits.tags` (each cut like a title): the rest dropped with a warning.
    mutating func readTags() -> [String] {
        var tags: [String] = []
        var tagPath = "tags"
        for path in fields.paths(for: .tags) where value(at: path).map({ !$0.isNull }) ?? false {
            if fields.overrides[.tags] != nil { matched.insert(.tags) }
            tags = readList(path)
            tagPath = path
            if !tags.isEmpty { break }
        }
        if tags.count > limits.tags {
            warn(tagPath, "\(tags.count) tags; keeping the first \(limits.tags) \(InputLimits.hint("tags"))")
        }
        return tags.prefix(limits.tags).map { $0.cut(toCharacters: limits.titleCharacters) }
    }

    /// A list, a flow list, or a comma-separated string; null or missing → empty.
    func readList(_ key: String) -> [String] {
        let items: [String]
        switch value(at: key) {
        case .list(let values)?: items = values.compactMap(\.string)
        case .scalar(let text)?: items = text.split(separator: ",").map(String.init)
        default: items = []
        }
        return items.map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
    }

    mutating func readDate() -> PostDate? {
        var tried: String?
        for key in fields.paths(for: .date) {
            guard let raw = value(at: key), !raw.isNull else { continue }
            if fields.overrides[.date] != nil { matched.insert(.date) }
            if let text = raw.string, let date = PostDate(parsing: text) { return date }
            warn(
                key,
                "unrecognised date \"\(raw.string ?? raw.kindDescription)\" in \(key); trying the next date field or the file name"
            )
            tried = tried ?? key
        }
        if let date = PostDate(fileName: lastComponent(path)) { return date }
        warn(tried, "no date in front matter or file name")
        return nil
    }

    mutating func readOptionalDate(_ key: String) -> PostDate? {
        guard let text = text(key) else { return nil }
        if let date = PostDate(parsing: text) { return date }
        warn(key, "unrecognised date \"\(text)\" in \(key)")
        return nil
    }

    /// The picture and where it sits: a string, the `path` of a mapping, or a list's first item.
    mutating func readImage() -> (PostImage?, ImageField) {
        let found = firstValue(.image) { value in
            switch value {
            case .scalar: true
            case .mapping: value["path"]?.string != nil
            case .list(let items): items.first?.string != nil || items.isEmpty
            case .null: false
            }
        }
        guard let (value, path) = found else {
            return (nil, missingImageField)
        }
        switch value {
        case .scalar(let text):
            let trimmed = text.trimmingSpaces()
            return (trimmed.isEmpty ? nil : PostImage(path: trimmed), Self.imageField(path: path, isList: false))
        case .mapping:
            let text = value["path"]?.string?.trimmingSpaces() ?? ""
            return (
                text.isEmpty ? nil : PostImage(path: text, alt: value["alt"]?.string),
                Self.imageField(path: path, isList: false)
            )
        case .list(let items):
            let text = items.first?.string?.trimmingSpaces() ?? ""
            return (text.isEmpty ? nil : PostImage(path: text), Self.imageField(path: path, isList: true))
        case .null:
            return (nil, .image)
        }
    }

    /// Where a post without a picture gets one (`add_missing_image`): Hugo's templates read the
    /// `images` list; other sites `image`; a `fields: {image: …}` override names its own place.
    var missingImageField: ImageField {
        if let first = fields.overrides[.image]?.first {
            return Self.imageField(path: first, isList: first == "images")
        }
        return fields.generator == .hugo ? .firstItem("images") : .image
    }

    /// The rewriter's name for a picture at `path`: a top-level key, a key one level down, or a list.
    static func imageField(path: String, isList: Bool) -> ImageField {
        let keys = path.split(separator: ".").map(String.init)
        if isList, keys.count == 1 { return .firstItem(keys[0]) }
        if keys.count == 2 { return .nested(keys[0], keys[1]) }
        return .key(keys.first ?? "image")
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
