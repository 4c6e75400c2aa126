import Foundation

/// Turns a post and the site's configuration into a `PostCardPlan`.
///
/// The post's front matter is the source of truth for text (title, author, tags); an
/// opengraphimg URL in `image:` contributes only the design.
struct PostCardPlanner: Sendable {
    let config: SiteConfig
    /// The site's design when ogcard.yml names one.
    let siteDesign: OpenGraphImageDesign?
    let siteUsesOGCardDesign: Bool
    /// The site's layout file, when ogcard.yml names one.
    let siteLayoutFile: URL?
    let resolver: SiteURLResolver
    /// Where the generator publishes each post.
    let pages: any PageModel
    /// Replace posts' own pictures too.
    let force: Bool
    /// Local files for remote logo URLs (`logos:` in ogcard.yml), relative to the site root.
    let logoFiles: [String: URL]
    /// Layouts resolved so far, by design.
    let layouts = LayoutResolutionCache()
    /// Folders whose paths are replaced by placeholders in layout digests.
    let layoutLocations: [String: String]

    /// Digests of the images layouts use.
    let files: FileDigests

    init(
        config: SiteConfig, force: Bool = false, files: FileDigests = FileDigests(known: [:]),
        context: PageModelContext = PageModelContext()
    ) throws(Diagnostic) {
        self.config = config
        self.force = force
        self.files = files
        layoutLocations = [
            config.root.standardizedFileURL.path: "<site>",
            ResourceLocator.locate().root.standardizedFileURL.path: "<ogcard>",
        ]
        logoFiles = config.logos.mapValues { config.root.appendingPathComponent($0) }
        siteLayoutFile = config.design.flatMap { design in
            if case .layoutFile(let path) = design { return config.root.appendingPathComponent(path) }
            return nil
        }
        switch config.design {
        case .layoutFile?:
            siteDesign = nil
            siteUsesOGCardDesign = false
        case .style(let style)?:
            var design = OpenGraphImageDesign()
            design.style = style
            siteDesign = design
            siteUsesOGCardDesign = false
        case .parameters(let design)?:
            siteDesign = design
            siteUsesOGCardDesign = false
        case .ogcard?:
            siteDesign = nil
            siteUsesOGCardDesign = true
        case nil:
            siteDesign = nil
            siteUsesOGCardDesign = false
        }
        // A broken site layout would fail every post the same way: say it once, up front.
        for file in config.siteLayoutFiles {
            do {
                _ = try LayoutFile.load(file).layout()
            } catch {
                throw error.located(file: file.path, line: nil)
            }
        }
        do {
            resolver = try config.urlResolver()
            pages = try config.pageModel(context)
        } catch {
            throw error.located(file: config.configFile?.path ?? config.root.path, line: nil)
        }
    }

    /// Plans the card of `post`, read from `source`, with the unique `slug`: its design, its text,
    /// its layout, whether it replaces the post's picture, and its meta tags.
    func plan(
        _ post: Post, source: URL, body: Substring, slug: String, placement given: PagePlacement? = nil,
        alternateLocales: [String] = []
    ) throws(Diagnostic) -> PostCardPlan {
        let relativePath = SitePaths.relative(source, to: config.root)
        let placement: PagePlacement
        if let given { placement = given } else { placement = try pages.place(post, relativePath: relativePath) }
        let language = language(of: post, placement: placement, relativePath: relativePath)
        // Warnings are shown to every user; notes (the URL's text differing) only in verbose output.
        var diagnostics = post.warnings + placement.warnings
        let url = try openGraphImageURL(of: post, relativePath: relativePath, diagnostics: &diagnostics)
        let (design, designSource) = try chooseDesign(post, url: url, relativePath: relativePath)
        var content = cardContent(post, body: body)
        content.language = language
        if let styled = post.styledTitle, styled.plainText == post.title { content.styledTitle = styled }
        if let url { diagnostics += differences(between: url.parameters, and: content, relativePath: relativePath) }
        let (layout, layoutDigest) = try resolveLayout(design, relativePath: relativePath, diagnostics: &diagnostics)
        // The layout's own fields (`field: subtitle`), and only those: see `customFieldNames`.
        content.extraFields = post.extraFields(named: layout.customFieldNames)
        let picture = pictureChoice(post, slug: slug, hasURLDesign: url != nil)
        let meta = try metaTags(
            post, content: content, picture: picture, placement: placement, relativePath: relativePath,
            locale: language.flatMap(OpenGraphLocale.from), alternateLocales: alternateLocales)
        return PostCardPlan(
            post: post, source: source, relativePath: relativePath, slug: slug,
            cardFile: picture.usesCard
                ? config.root.appendingPathComponent(config.output).appendingPathComponent(picture.fileName) : nil,
            imagePath: picture.usesCard ? picture.cardImagePath : nil, content: content, design: design,
            designSource: designSource,
            layout: layout, layoutDigest: layoutDigest, urlDesign: url?.parameters.design,
            rewritesImage: picture.rewritesImage, meta: meta, diagnostics: diagnostics)
    }

    /// The post's language: the generator's answer, else the post's own or its folder's, else the site's.
    func language(of post: Post, placement: PagePlacement, relativePath: String) -> String? {
        if let language = placement.language {
            return config.generator == .hugo ? config.hugo.localeTag(forLanguage: language) : language
        }
        return PostLanguage.of(post, relativePath: relativePath, postsFolders: config.posts).language ?? config.language
    }

    /// The opengraphimg URL in the post's `image:`, its warnings located on that line.
    private func openGraphImageURL(of post: Post, relativePath: String, diagnostics: inout [Diagnostic])
        throws(Diagnostic) -> OpenGraphImageURL?
    {
        guard let image = post.image?.path, OpenGraphImageURL.isOpenGraphImageURL(image) else { return nil }
        let line = post.frontMatter?.location(of: post.imageField.topLevelKey)?.line
        do {
            let url = try OpenGraphImageURL.parse(image)
            diagnostics += url.warnings.map { $0.located(file: relativePath, line: line) }
            return url
        } catch {
            throw error.located(file: relativePath, line: line)
        }
    }

    /// The design, in order: the post's own `ogcard:` mapping, its opengraphimg URL, the site's, the default.
    private func chooseDesign(_ post: Post, url: OpenGraphImageURL?, relativePath: String) throws(Diagnostic) -> (
        CardDesign, DesignSource
    ) {
        if let own = try ownDesign(post, relativePath: relativePath) {
            return (.openGraphImage(Self.resolve(own)), .frontMatter)
        }
        if let url { return (.openGraphImage(Self.resolve(url.parameters.design)), .url) }
        if let siteDesign { return (.openGraphImage(Self.resolve(siteDesign)), .site) }
        if let siteLayoutFile { return (.layoutFile(siteLayoutFile), .site) }
        return (.ogcard, siteUsesOGCardDesign ? .site : .builtIn)
    }

    /// What the card shows, from the front matter (then the site's defaults), each text cut to
    /// its limit before Markdown stripping or shaping can spend time on its length. Tags only:
    /// categories are navigation, and the opengraphimg cards showed tags alone.
    private func cardContent(_ post: Post, body: Substring) -> CardContent {
        let limits = config.limits
        let description =
            (post.description.map { MarkdownTitle.plainText($0.cut(toCharacters: limits.descriptionCharacters * 4)) }
            ?? Self.firstParagraph(body)).cut(toCharacters: limits.descriptionCharacters)
        return CardContent(
            title: post.title,
            author: (post.author?.name ?? config.author ?? "").cut(toCharacters: limits.titleCharacters),
            tags: post.tags, description: description,
            siteName: (config.name ?? "").cut(toCharacters: limits.titleCharacters),
            date: post.date?.displayText ?? "", language: post.lang,
            publicationDate: post.date?.date, publicationUTCOffset: post.date?.utcOffsetSeconds)
    }

    /// Notes where the URL's text differs from the front matter's (the front matter wins).
    private func differences(between url: OpenGraphImageParameters, and content: CardContent, relativePath: String)
        -> [Diagnostic]
    {
        var notes: [String] = []
        if let title = url.title, MetaText.clean(title) != MetaText.clean(content.title) {
            notes.append("the URL's title \"\(title)\" differs from the front matter's; the front matter wins")
        }
        if let tags = url.tags, tags != content.tags {
            notes.append("the URL's tags \(tags) differ from the front matter's \(content.tags); the front matter wins")
        }
        if let author = url.author, !author.isEmpty, author != content.author {
            notes.append("the URL's author \"\(author)\" differs from \"\(content.author)\"")
        }
        return notes.map { Diagnostic(.note, file: relativePath, step: .readURL, reason: $0) }
    }

    /// The design's layout (resolved once per design, then cached) and its digest.
    private func resolveLayout(_ design: CardDesign, relativePath: String, diagnostics: inout [Diagnostic])
        throws(Diagnostic) -> (CardLayout, String)
    {
        do {
            let entry = try layouts.entry(for: design, files: files, locations: layoutLocations) {
                design throws(Diagnostic) in
                containImages(
                    try design.resolve(
                        logoFiles: logoFiles, baseDirectory: config.root,
                        layoutsDirectory: config.layouts.map { config.root.appendingPathComponent($0) },
                        maxImageSide: config.limits.imageSide))
            }
            diagnostics += entry.resolved.warnings.map { $0.located(file: relativePath, line: nil) }
            return (entry.resolved.layout, entry.digest)
        } catch {
            throw Diagnostic(file: relativePath, step: .layOut, reason: error.description)
        }
    }

    /// Whether the post gets a card or keeps its own picture, and whether its `image:` changes.
    private func pictureChoice(_ post: Post, slug: String, hasURLDesign: Bool) -> PictureChoice {
        let existing = post.image?.path
        let keepsOwnPicture = existing.map { !$0.isEmpty && !OpenGraphImageURL.isOpenGraphImageURL($0) } ?? false
        let fileName = SitePaths.fileName(pattern: config.fileName, slug: slug, date: post.date)
        let cardImagePath = SitePaths.join(config.imageURLPath, fileName)
        // A fingerprinted URL (`?v=…`, `slug.<hash>.png`) of the card is still the card.
        let ownedByUs = keepsOwnPicture && existing.map(CardFingerprint.strip) == cardImagePath
        let usesCard = !keepsOwnPicture || ownedByUs || config.rewrite == .all || force
        let rewrites: Bool
        switch config.rewrite {
        case .opengraphimg: rewrites = hasURLDesign || (existing == nil && config.addMissingImage)
        case .missing: rewrites = hasURLDesign || existing == nil || existing?.isEmpty == true
        case .all: rewrites = true
        }
        return PictureChoice(
            usesCard: usesCard, fileName: fileName, cardImagePath: cardImagePath, existing: existing,
            rewritesImage: (rewrites || (force && keepsOwnPicture)) && usesCard)
    }

    /// The post's meta tags, with absolute page and image URLs.
    private func metaTags(
        _ post: Post, content: CardContent, picture: PictureChoice, placement: PagePlacement, relativePath: String,
        locale: String?, alternateLocales: [String]
    ) throws(Diagnostic) -> MetaTags {
        do {
            let imagePath = picture.usesCard ? picture.cardImagePath : picture.existing
            let imageURL = try imagePath.map { path throws(Diagnostic) in try resolver.absolute(path) } ?? ""
            let pageURL = placement.url
            var tags = MetaTags(
                title: post.metaTitle ?? post.title, description: post.metaDescription ?? content.description,
                pageURL: pageURL, siteName: config.name ?? "",
                imageURL: imageURL, imageType: picture.usesCard ? "image/png" : Self.imageType(of: imagePath ?? ""),
                imageWidth: picture.usesCard ? 1200 : 0, imageHeight: picture.usesCard ? 630 : 0,
                imageAlt: post.image?.alt, publishedTime: post.date?.iso8601 ?? "", author: content.author,
                tags: content.tags,
                twitterSite: config.twitter ?? "", twitterCreator: post.author?.twitter ?? config.twitter ?? "",
                limits: config.limits)
            tags.modifiedTime = post.modified?.iso8601 ?? ""
            if post.metaTitle != nil, post.image?.alt == nil {
                // The alt text says what the card shows: its title, not the meta title.
                var drawn = tags
                drawn.title = content.title
                tags.imageAlt = drawn.effectiveImageAlt
            }
            tags.locale = locale ?? ""
            tags.alternateLocales = alternateLocales
            return tags
        } catch {
            throw error.located(file: relativePath, line: nil)
        }
    }

    /// `resolved` drawing only images from the site, ogcard's own assets, or a `logos:` entry the
    /// site owner wrote; anything else (a post's `logoUrl=/home/…`) is left out with a warning.
    func containImages(_ resolved: ResolvedCardLayout) -> ResolvedCardLayout {
        let site = SiteContainment(config: config)
        let assets = SiteContainment.resolve(ResourceLocator.locate().root.standardizedFileURL.path)
        let mapped = Set(logoFiles.values.map { SiteContainment.resolve($0.standardizedFileURL.path) })
        let (layout, refused) = resolved.layout.keepingImages { file in
            let path = SiteContainment.resolve(file.standardizedFileURL.path)
            return mapped.contains(path) || SiteContainment.isInside(path, site.root)
                || SiteContainment.isInside(path, assets)
        }
        let warnings = refused.map { file in
            Diagnostic(
                .warning, step: .layOut,
                reason:
                    "image '\(file.path)' is outside the site; only the site's files (or a `logos:` entry in ogcard.yml) are drawn. The card is drawn without it"
            )
        }
        return ResolvedCardLayout(layout: layout, warnings: resolved.warnings + warnings)
    }

    /// A post's own design: an `ogcard:` mapping of opengraphimg parameters in its front matter.
    func ownDesign(_ post: Post, relativePath: String) throws(Diagnostic) -> OpenGraphImageDesign? {
        guard let value = post.frontMatter?["ogcard"], let entries = value.entries else { return nil }
        let items = entries.compactMap { entry -> OpenGraphImageQueryItem? in
            guard let text = entry.value.string else { return nil }
            return OpenGraphImageQueryItem(name: entry.key, value: text)
        }
        guard !items.isEmpty else { return nil }
        let line = post.frontMatter?.location(of: "ogcard")?.line
        do {
            return try OpenGraphImageParameters.parse(items, input: "ogcard:").parameters.design
        } catch {
            throw error.located(file: relativePath, line: line)
        }
    }

    static func resolve(_ design: OpenGraphImageDesign) -> OpenGraphImageResolvedParameters {
        OpenGraphImageParameters(title: nil, tags: nil, author: nil, design: design).resolved()
    }

    /// The first prose paragraph of a Markdown body, as plain text, cut to about 200 characters.
    static func firstParagraph(_ body: Substring) -> String {
        let blocks = body.replacingOccurrences(of: "\r\n", with: "\n").components(separatedBy: "\n\n")
        for block in blocks {
            let text = block.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !text.isEmpty, let first = text.first, !"#<{![>|-=`*".contains(first) else { continue }
            // Only the start of a long paragraph can survive the cut below.
            let plain = MarkdownTitle.plainText(String(text.prefix(1000)).replacingOccurrences(of: "\n", with: " "))
            guard plain.count > 200 else { return plain }
            let cut = plain.prefix(200)
            let end = cut.lastIndex(of: " ") ?? cut.endIndex
            return String(cut[..<end]) + "…"
        }
        return ""
    }

    static func imageType(of path: String) -> String {
        switch (path.split(separator: "?").first.map(String.init) ?? path).lowercased().split(separator: ".").last {
        case "jpg", "jpeg": "image/jpeg"
        case "gif": "image/gif"
        case "webp": "image/webp"
        case "svg": "image/svg+xml"
        default: "image/png"
        }
    }
}
