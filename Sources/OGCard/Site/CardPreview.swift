package import Foundation

/// One card as `ogcard preview` draws it: from a post (planned as a build would, with the
/// site's config), from an opengraphimg URL, or from the options alone, with the request's
/// overrides applied. The command parses its arguments into a `CardPreviewRequest`, makes this,
/// writes it and prints; every decision is here.
package struct CardPreview: Sendable {
    /// The text drawn.
    package var content: CardContent
    /// The layout drawn.
    package var layout: CardLayout
    /// Names the default output file: the post's slug, or the title's.
    package var slug: String
    /// The post's meta tags as HTML; nil when the card is not a post's.
    package var metaHTML: String?
    /// What was tolerated (a URL parameter ignored, a logo left out), one line each.
    package var warnings: [Diagnostic]
    /// The site's limits for a post (its ogcard.yml may raise them); the defaults otherwise.
    package var limits: InputLimits

    /// Where the PNG goes when no output is given: `output/<slug>.png` under the current folder.
    package var defaultOutputPath: String { "output/\(slug).png" }

    /// Reads what `request` names and lays the card out.
    /// - Throws: the error of the step that failed: `Diagnostic` for a post that is missing or
    ///   invalid, `Diagnostic`, `OpenGraphImageError`, `Diagnostic` for a layout, or the
    ///   build's `BuildFailure`.
    package init(_ request: CardPreviewRequest) throws {
        switch request.sourceKind {
        case .url(let text): try self.init(url: text, request: request)
        case .post(let path): try self.init(post: path, request: request)
        case .options: try self.init(options: request)
        }
    }

    /// Draws the card into a PNG at `file`.
    package func write(to file: URL, debugOutlines: Bool = false) throws(Diagnostic) {
        _ = try CardRenderer(limits: limits).write(content, layout: layout, to: file, debugOutlines: debugOutlines)
    }

    // MARK: Sources

    private init(url text: String, request: CardPreviewRequest) throws {
        let url = try OpenGraphImageURL.parse(text)
        var design = url.parameters.design
        if let name = request.design, let style = OpenGraphImageStyle(rawValue: name) { design.style = style }
        if request.atSymbol { design.atSymbol = true }
        content = request.overriding(
            CardContent(
                title: url.parameters.title ?? OpenGraphImageStyleDefaults.defaultTitle,
                author: url.parameters.author ?? "", tags: url.parameters.tags ?? []))
        let chosen = try Self.layout(
            for: OpenGraphImageParameters(title: nil, tags: nil, author: nil, design: design).resolved(),
            request: request)
        layout = chosen.layout
        slug = Self.slug(forTitle: content.title)
        metaHTML = nil
        warnings = url.warnings + chosen.warnings
        limits = .default
    }

    private init(post path: String, request: CardPreviewRequest) throws {
        let file = URL(fileURLWithPath: path)
        guard FileManager.default.fileExists(atPath: file.path) else {
            throw Diagnostic(file: path, step: .readPost, reason: "no such post file (and not an opengraphimg URL)")
        }
        var config =
            try request.configFile.map { try SiteConfigLoader.load(file: URL(fileURLWithPath: $0)) }
            ?? SiteConfigLoader.discover(from: file.deletingLastPathComponent())
        // A preview should work before the site URL is configured.
        if config.url == nil { config.allowRelativeURLs = true }
        let plan = try SiteBuild(config: config).plan(postAt: file)
        layout = plan.layout
        warnings = plan.diagnostics.filter { $0.severity == .warning }
        if request.design != nil || request.layoutFile != nil {
            let parameters: OpenGraphImageResolvedParameters
            if case .openGraphImage(let resolved) = plan.design {
                parameters = resolved
            } else {
                parameters = OpenGraphImageStyleDefaults.resolved(for: .modern)
            }
            let chosen = try Self.layout(for: parameters, request: request)
            layout = chosen.layout
            warnings += chosen.warnings
        }
        content = request.overriding(plan.content)
        slug = plan.slug
        metaHTML = plan.meta.html()
        limits = config.limits
    }

    private init(options request: CardPreviewRequest) throws {
        var design = OpenGraphImageStyleDefaults.resolved(
            for: request.design.flatMap(OpenGraphImageStyle.init(rawValue:)) ?? .modern)
        design.atSymbol = request.atSymbol
        content = request.overriding(CardContent(title: ""))
        let chosen = try Self.layout(for: design, request: request)
        layout = chosen.layout
        slug = Self.slug(forTitle: content.title)
        metaHTML = nil
        warnings = chosen.warnings
        limits = .default
    }

    // MARK: Parts

    /// The request's layout file, ogcard's design, or the opengraphimg style of `design`. The
    /// `--set` bindings go to layout files (ogcard's included); an opengraphimg style takes its
    /// parameters from `design`.
    private static func layout(
        for design: OpenGraphImageResolvedParameters, request: CardPreviewRequest
    ) throws(Diagnostic) -> (layout: CardLayout, warnings: [Diagnostic]) {
        if let file = request.layoutFile {
            return (try LayoutFile.load(URL(fileURLWithPath: file)).layout(request.bindings), [])
        }
        if case .ogcard? = request.design.flatMap(CardDesign.named) {
            return (try LayoutFile.builtIn("ogcard").layout(request.bindings), [])
        }
        let resolved = try OpenGraphImageLayout(design).resolve()
        return (resolved.layout, resolved.warnings)
    }

    /// A file name for a card that is not a post's, from its title; `card` when nothing is left.
    private static func slug(forTitle title: String) -> String {
        PostSlug.sanitize(title) ?? "card"
    }
}
