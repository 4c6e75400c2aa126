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
            """)

    @Argument(help: "A post file or an opengraphimg URL.")
    var source: String?

    @Option(help: "The title (instead of a post or URL).")
    var title: String?

    @Option(help: "The author.")
    var author: String?

    @Option(help: "Tags, separated by commas.")
    var tags: String?

    @Option(help: "The design: custom, classic, devto or modern.")
    var style: String?

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
        if let style, OpenGraphImageStyle(rawValue: style) == nil {
            throw ValidationError("Unknown style '\(style)': use custom, classic, devto or modern.")
        }
    }

    func run() throws {
        let card: (content: CardContent, layout: CardLayout, slug: String, meta: String?)
        do {
            if let source, OpenGraphImageURL.isOpenGraphImageURL(source) {
                card = try fromURL(source)
            } else if let source {
                card = try fromPost(source)
            } else {
                card = fromOptions()
            }
        } catch {
            printError("ogcard: \(error)")
            throw ExitCode(1)
        }
        let destination = URL(fileURLWithPath: output ?? "output/\(card.slug).png")
        do {
            try CardRenderer().write(card.content, layout: card.layout, to: destination, debugOutlines: debug)
        } catch {
            printError("ogcard: \(error)")
            throw ExitCode(1)
        }
        print(destination.path)
        if let meta = card.meta { print(meta, terminator: meta.hasSuffix("\n") ? "" : "\n") }
    }

    private func fromURL(_ text: String) throws -> (CardContent, CardLayout, String, String?) {
        let url = try OpenGraphImageURL.parse(text)
        for warning in url.warnings { printError("warning: \(warning)") }
        var design = url.parameters.resolved()
        if let style { design = OpenGraphImageParameters(title: nil, tags: nil, author: nil, design: { var d = url.parameters.design; d.style = OpenGraphImageStyle(rawValue: style); return d }()).resolved() }
        let content = CardContent(
            title: title ?? url.parameters.title ?? OpenGraphImageStyleDefaults.defaultTitle,
            author: author ?? url.parameters.author ?? "",
            tags: tags.map(Self.splitTags) ?? url.parameters.tags ?? [])
        return (content, OpenGraphImageLayout(design).layout(), Self.fileSlug(content.title), nil)
    }

    private func fromPost(_ path: String) throws -> (CardContent, CardLayout, String, String?) {
        let file = URL(fileURLWithPath: path)
        guard FileManager.default.fileExists(atPath: file.path) else {
            throw ValidationError("\(path): no such post file (or not an opengraphimg URL)")
        }
        var config = try config.map { try SiteConfigLoader.load(file: URL(fileURLWithPath: $0)) }
            ?? SiteConfigLoader.discover(from: file.deletingLastPathComponent())
        // A preview should work before the site URL is configured.
        if config.url == nil { config.allowRelativeURLs = true }
        let plan = try SiteBuild(config: config).plan(postAt: file)
        for note in plan.notes { printError("note: \(note)") }
        var content = plan.content
        if let title { content.title = title }
        if let author { content.author = author }
        if let tags { content.tags = Self.splitTags(tags) }
        return (content, plan.layout, plan.slug, plan.meta.html())
    }

    private func fromOptions() -> (CardContent, CardLayout, String, String?) {
        var design = OpenGraphImageStyleDefaults.resolved(for: OpenGraphImageStyle(rawValue: style ?? "modern") ?? .modern)
        design.atSymbol = atSymbol
        let content = CardContent(title: title ?? "", author: author ?? "", tags: tags.map(Self.splitTags) ?? [])
        return (content, OpenGraphImageLayout(design).layout(), Self.fileSlug(content.title), nil)
    }

    static func splitTags(_ text: String) -> [String] {
        text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// A file name for a preview from its title.
    static func fileSlug(_ title: String) -> String {
        PostSlug.sanitize(title).map { String($0.prefix(80)) } ?? "card"
    }
}
