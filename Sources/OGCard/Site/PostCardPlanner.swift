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

    init(config: SiteConfig, force: Bool = false, files: FileDigests = FileDigests(known: [:])) throws(BuildFailure) {
        self.config = config
        self.force = force
        self.files = files
        layoutLocations = [
            config.root.standardizedFileURL.path: "<site>", ResourceLocator.locate().root.standardizedFileURL.path: "<ogcard>",
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
                throw BuildFailure(path: error.path ?? file.path, line: error.line, step: "reading layout", reason: error.reason)
            }
        }
        do {
            resolver = try config.urlResolver()
        } catch {
            throw BuildFailure(path: config.configFile?.path ?? config.root.path, step: "reading config", reason: "\(error)")
        }
    }

    /// Plans the card of `post`, read from `source`, with the unique `slug`.
    func plan(_ post: Post, source: URL, body: Substring, slug: String) throws -> PostCardPlan {
        let relativePath = SitePaths.relative(source, to: config.root)
        // Warnings are shown to every user; notes (the URL's text differing) only in verbose output.
        var warnings = post.warnings.map(\.description)
        var notes: [String] = []

        // The design: the post's own `ogcard:` mapping, its opengraphimg URL, the site's, the default.
        var urlDesign: OpenGraphImageDesign?
        var urlParameters: OpenGraphImageParameters?
        if let image = post.image?.path, OpenGraphImageURL.isOpenGraphImageURL(image) {
            let url: OpenGraphImageURL
            do {
                url = try OpenGraphImageURL.parse(image)
            } catch {
                throw error.located(file: relativePath, line: post.frontMatter?.location(of: "image")?.line)
            }
            urlDesign = url.parameters.design
            urlParameters = url.parameters
            warnings += url.warnings.map { "\(relativePath): opengraphimg URL: \($0)" }
        }
        let design: CardDesign
        let source_: DesignSource
        if let own = try ownDesign(post, relativePath: relativePath) {
            design = .openGraphImage(Self.resolve(own))
            source_ = .frontMatter
        } else if let urlDesign {
            design = .openGraphImage(Self.resolve(urlDesign))
            source_ = .url
        } else if let siteDesign {
            design = .openGraphImage(Self.resolve(siteDesign))
            source_ = .site
        } else if let siteLayoutFile {
            design = .layoutFile(siteLayoutFile)
            source_ = .site
        } else {
            design = .ogcard
            source_ = siteUsesOGCardDesign ? .site : .builtIn
        }

        // The text, from the front matter (then site defaults), each cut to its limit before
        // Markdown stripping or shaping can spend time on its length.
        let limits = config.limits
        let author = (post.author?.name ?? config.author ?? "").cut(toCharacters: limits.titleCharacters)
        // Tags only: categories are navigation, and the opengraphimg cards showed tags alone.
        let tags = post.tags
        let description = (post.description.map { MarkdownTitle.plainText($0.cut(toCharacters: limits.descriptionCharacters * 4)) }
            ?? Self.firstParagraph(body)).cut(toCharacters: limits.descriptionCharacters)
        if let urlParameters {
            if let urlTitle = urlParameters.title, MetaText.clean(urlTitle) != MetaText.clean(post.title) {
                notes.append("\(relativePath): the URL's title \"\(urlTitle)\" differs from the front matter's; the front matter wins")
            }
            if let urlTags = urlParameters.tags, urlTags != tags {
                notes.append("\(relativePath): the URL's tags \(urlTags) differ from the front matter's \(tags); the front matter wins")
            }
            if let urlAuthor = urlParameters.author, !urlAuthor.isEmpty, urlAuthor != author {
                notes.append("\(relativePath): the URL's author \"\(urlAuthor)\" differs from \"\(author)\"")
            }
        }
        let dateText = post.date?.displayText ?? ""
        var content = CardContent(
            title: post.title, author: author, tags: tags, description: description,
            siteName: (config.name ?? "").cut(toCharacters: limits.titleCharacters), date: dateText, language: post.lang,
            publicationDate: post.date?.date, publicationUTCOffset: post.date?.utcOffsetSeconds)
        let resolved: ResolvedCardLayout
        let layoutDigest: String
        do {
            let entry = try layouts.entry(for: design, files: files, locations: layoutLocations) { design throws(OGCardError) in
                containImages(try design.resolve(
                    logoFiles: logoFiles, baseDirectory: config.root,
                    layoutsDirectory: config.layouts.map { config.root.appendingPathComponent($0) },
                    maxImageSide: config.limits.imageSide))
            }
            resolved = entry.resolved
            layoutDigest = entry.digest
        } catch {
            throw BuildFailure(path: relativePath, step: "laying out the card", reason: error.description)
        }
        warnings += resolved.warnings.map { "\(relativePath): \($0)" }
        // The layout's own fields (`field: subtitle`), and only those: see `customFieldNames`.
        content.extraFields = post.extraFields(named: resolved.layout.customFieldNames)

        // Own picture or card.
        let existing = post.image?.path
        let keepsOwnPicture = existing.map { !$0.isEmpty && !OpenGraphImageURL.isOpenGraphImageURL($0) } ?? false
        let fileName = SitePaths.fileName(pattern: config.fileName, slug: slug, date: post.date)
        let cardImagePath = SitePaths.join(config.imageURLPath, fileName)
        let ownedByUs = keepsOwnPicture && existing == cardImagePath
        let useCard = !keepsOwnPicture || ownedByUs || config.rewrite == .all || force
        let rewrites: Bool
        switch config.rewrite {
        case .opengraphimg: rewrites = urlDesign != nil || (existing == nil && config.addMissingImage)
        case .missing: rewrites = urlDesign != nil || existing == nil || existing?.isEmpty == true
        case .all: rewrites = true
        }
        let rewritesImage = rewrites || (force && keepsOwnPicture)
        let imagePath = useCard ? cardImagePath : existing
        let imageURL = try imagePath.map { path throws(SiteURLError) in try resolver.absolute(path) } ?? ""
        let pageURL = try resolver.absolute(post.permalink ?? SitePaths.defaultPermalink(for: post, slug: slug, generator: config.generator))
        let meta = MetaTags(
            title: post.title, description: description, pageURL: pageURL, siteName: config.name ?? "",
            imageURL: imageURL, imageType: useCard ? "image/png" : Self.imageType(of: imagePath ?? ""),
            imageWidth: useCard ? 1200 : 0, imageHeight: useCard ? 630 : 0,
            imageAlt: post.image?.alt, publishedTime: post.date?.iso8601 ?? "", author: author, tags: tags,
            twitterSite: config.twitter ?? "", twitterCreator: post.author?.twitter ?? config.twitter ?? "",
            limits: limits)
        return PostCardPlan(
            post: post, source: source, relativePath: relativePath, slug: slug,
            cardFile: useCard ? config.root.appendingPathComponent(config.output).appendingPathComponent(fileName) : nil,
            imagePath: useCard ? cardImagePath : nil, content: content, design: design, designSource: source_,
            layout: resolved.layout, layoutDigest: layoutDigest,
            urlDesign: urlDesign, rewritesImage: rewritesImage && useCard, meta: meta, warnings: warnings, notes: notes)
    }

    /// `resolved` drawing only images from the site, ogcard's own assets, or a `logos:` entry the
    /// site owner wrote; anything else (a post's `logoUrl=/home/…`) is left out with a warning.
    func containImages(_ resolved: ResolvedCardLayout) -> ResolvedCardLayout {
        let site = SiteContainment.resolve(config.root.standardizedFileURL.path)
        let assets = SiteContainment.resolve(ResourceLocator.locate().root.standardizedFileURL.path)
        let mapped = Set(logoFiles.values.map { SiteContainment.resolve($0.standardizedFileURL.path) })
        let (layout, refused) = resolved.layout.keepingImages { file in
            let path = SiteContainment.resolve(file.standardizedFileURL.path)
            return mapped.contains(path) || SiteContainment.isInside(path, site) || SiteContainment.isInside(path, assets)
        }
        let warnings = refused.map { file in
            LayoutWarning(
                kind: .imageOutsideSite,
                message: "image '\(file.path)' is outside the site; only the site's files (or a `logos:` entry in ogcard.yml) are drawn. The card is drawn without it")
        }
        return ResolvedCardLayout(layout: layout, warnings: resolved.warnings + warnings)
    }

    /// A post's own design: an `ogcard:` mapping of opengraphimg parameters in its front matter.
    func ownDesign(_ post: Post, relativePath: String) throws -> OpenGraphImageDesign? {
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
