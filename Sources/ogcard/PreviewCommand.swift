import ArgumentParser
import Foundation
import OGCard

/// `ogcard preview`: one card, written to a PNG whose path is printed.
struct PreviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "preview",
        abstract: "Render one card (from a post, an opengraphimg URL or options) and print its path.",
        discussion: """
            For a post, also prints its meta tags. The PNG goes under output/ unless -o says otherwise.

            Examples:
              ogcard preview _posts/2017-06-02-pycon-us-2017.md
              ogcard preview 'https://generator.opengraphimg.com/?atSymbol=true&author=webology&style=modern&tags=pycon&title=PyCon+US+2017'
              ogcard preview --title "PyCon US 2017" --author webology --tags pycon --style modern -o output/pycon.png
              ogcard preview --style ogcard --title "Hello" --site "My Blog" --date 2024-05-01 --author Jane --tags swift
              ogcard preview --layout my-layout.yml --title "Hello" --set titleColor=#ff0000 --debug
            """)

    @Argument(help: "A post file or an opengraphimg URL.")
    var source: String?

    @Option(help: "The title (overrides the post's or URL's).")
    var title: String?

    @Option(help: "The author.")
    var author: String?

    @Option(help: "Tags, separated by commas.")
    var tags: String?

    @Option(help: "The site name (ogcard design and layout files).")
    var site: String?

    @Option(help: "The date, YYYY-MM-DD (ogcard design and layout files).")
    var date: String?

    @Option(help: "The design: ogcard, custom, classic, devto or modern (default: modern, or the post's).")
    var style: String?

    @Option(help: "A layout file (YAML) to draw instead of a built-in design.")
    var layout: String?

    @Option(name: .customLong("set"), help: "A layout parameter, NAME=VALUE (repeatable), e.g. --set titleColor=#ff0000.")
    var parameters: [String] = []

    @Flag(help: "Put @ before the author.")
    var atSymbol = false

    @Option(name: [.short, .customLong("output")], help: "Where to write the PNG (default: output/<slug>.png).")
    var output: String?

    @Flag(help: "Draw each layer's outline and name.")
    var debug = false

    @Option(help: "The ogcard.yml to use for a post (default: found by walking up from the post).")
    var config: String?

    func validate() throws {
        if source == nil && title == nil {
            throw ValidationError("Give a post, an opengraphimg URL, or --title.")
        }
        if let style, style != "ogcard", OpenGraphImageStyle(rawValue: style) == nil {
            throw ValidationError("Unknown style '\(style)': use ogcard, custom, classic, devto or modern.")
        }
        if let date, Self.parseDate(date) == nil {
            throw ValidationError("--date '\(date)' is not YYYY-MM-DD.")
        }
        for parameter in parameters where !parameter.contains("=") {
            throw ValidationError("--set '\(parameter)' is not NAME=VALUE.")
        }
    }

    func run() throws {
        let card: Card
        do {
            if let source, OpenGraphImageURL.isOpenGraphImageURL(source) {
                card = try fromURL(source)
            } else if let source {
                card = try fromPost(source)
            } else {
                card = try fromOptions()
            }
        } catch {
            DiagnosticReport.print(error)
            throw ExitStatus.failures
        }
        for warning in card.warnings { printError("ogcard: warning: \(warning)") }
        let destination = URL(fileURLWithPath: output ?? "output/\(card.slug).png")
        do {
            try CardRenderer(limits: card.limits).write(card.content, layout: card.layout, to: destination, debugOutlines: debug)
        } catch {
            DiagnosticReport.print(error)
            throw ExitStatus.failures
        }
        print(destination.path)
        if let meta = card.meta { print(meta, terminator: meta.hasSuffix("\n") ? "" : "\n") }
    }

    /// What to draw.
    private struct Card {
        var content: CardContent
        var layout: CardLayout
        var slug: String
        var meta: String?
        var warnings: [String]
        /// The site's limits for a post (its ogcard.yml may raise them); the defaults otherwise.
        var limits: InputLimits = .default
    }

    private func fromURL(_ text: String) throws -> Card {
        let url = try OpenGraphImageURL.parse(text)
        var design = url.parameters.design
        if let style, let chosen = OpenGraphImageStyle(rawValue: style) { design.style = chosen }
        if atSymbol { design.atSymbol = true }
        let content = overridden(CardContent(
            title: url.parameters.title ?? OpenGraphImageStyleDefaults.defaultTitle,
            author: url.parameters.author ?? "", tags: url.parameters.tags ?? []))
        let (layout, warnings) = try chosenLayout(
            OpenGraphImageParameters(title: nil, tags: nil, author: nil, design: design).resolved())
        return Card(content: content, layout: layout, slug: Self.fileSlug(content.title), meta: nil,
                    warnings: url.warnings.map(\.description) + warnings)
    }

    private func fromPost(_ path: String) throws -> Card {
        let file = URL(fileURLWithPath: path)
        guard FileManager.default.fileExists(atPath: file.path) else {
            throw ValidationError("\(path): no such post file (and not an opengraphimg URL)")
        }
        var config = try config.map { try SiteConfigLoader.load(file: URL(fileURLWithPath: $0)) }
            ?? SiteConfigLoader.discover(from: file.deletingLastPathComponent())
        // A preview should work before the site URL is configured.
        if config.url == nil { config.allowRelativeURLs = true }
        let plan = try SiteBuild(config: config).plan(postAt: file)
        var layout = plan.layout
        var warnings = plan.diagnostics.filter { $0.severity == .warning }.map(\.description)
        if style != nil || self.layout != nil {
            let parameters: OpenGraphImageResolvedParameters
            if case .openGraphImage(let resolved) = plan.design { parameters = resolved } else {
                parameters = OpenGraphImageStyleDefaults.resolved(for: .modern)
            }
            let chosen = try chosenLayout(parameters)
            layout = chosen.layout
            warnings += chosen.warnings
        }
        return Card(
            content: overridden(plan.content), layout: layout, slug: plan.slug, meta: plan.meta.html(), warnings: warnings,
            limits: config.limits)
    }

    private func fromOptions() throws -> Card {
        var design = OpenGraphImageStyleDefaults.resolved(for: OpenGraphImageStyle(rawValue: style ?? "modern") ?? .modern)
        design.atSymbol = atSymbol
        let content = overridden(CardContent(title: ""))
        let (layout, warnings) = try chosenLayout(design)
        return Card(content: content, layout: layout, slug: Self.fileSlug(content.title), meta: nil, warnings: warnings)
    }

    /// The layout file, ogcard's design, or the opengraphimg style, with `--set` parameters.
    private func chosenLayout(_ design: OpenGraphImageResolvedParameters) throws -> (layout: CardLayout, warnings: [String]) {
        let bindings = Dictionary(parameters.map { parameter -> (String, LayoutValue) in
            // Empty parts kept: `--set =` must give an empty name, not an empty array to index.
            let parts = parameter.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            return (parts[0], Self.value(parts.count > 1 ? parts[1] : ""))
        }, uniquingKeysWith: { $1 })
        if let layout {
            return (try LayoutFile.load(URL(fileURLWithPath: layout)).layout(bindings), [])
        }
        if style == "ogcard" {
            return (try LayoutFile.builtIn("ogcard").layout(bindings), [])
        }
        let resolved = try OpenGraphImageLayout(design).resolve()
        return (resolved.layout, resolved.warnings.map(\.description))
    }

    /// The content with the command line's --title, --author, --tags, --site and --date applied.
    private func overridden(_ content: CardContent) -> CardContent {
        var content = content
        if let title { content.title = title }
        if let author { content.author = author }
        if let tags { content.tags = Self.splitTags(tags) }
        if let site { content.siteName = site }
        if let date {
            content.date = date
            content.publicationDate = Self.parseDate(date)
        }
        return content
    }

    static func splitTags(_ text: String) -> [String] {
        text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// A parameter value from the command line: a number, a colour, or text.
    static func value(_ text: String) -> LayoutValue {
        if let number = Double(text) { return .number(number) }
        if text.hasPrefix("#"), let color = RGBAColor(hex: text) { return .color(color) }
        return .text(text)
    }

    /// Midnight UTC of a YYYY-MM-DD date.
    static func parseDate(_ text: String) -> Date? {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2]))
    }

    /// A file name for a preview from its title.
    static func fileSlug(_ title: String) -> String {
        PostSlug.sanitize(title).map { String($0.prefix(80)) } ?? "card"
    }
}
