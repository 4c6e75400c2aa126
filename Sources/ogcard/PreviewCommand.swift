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
              ogcard preview 'https://generator.opengraphimg.com/?style=modern&title=Hi'
              ogcard preview --title "PyCon US 2017" --tags pycon -o output/pycon.png
              ogcard preview --style ogcard --title "Hello" --date 2024-05-01
              ogcard preview --style ogcard --title "<code>document</code> 对象" --lang zh-Hans
              ogcard preview --layout card.yml --title "Hi" --set titleColor=#ff0000
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

    @Option(help: "The date, e.g. 2024-05-01 (ogcard design and layout files).")
    var date: String?

    @Option(help: "The language, e.g. ja or ar: Han glyph forms, the date's language, right-to-left mirroring.")
    var lang: String?

    @Option(help: "The design: \(CardDesign.nameList) (default: modern, or the post's).")
    var style: String?

    @Option(help: "A layout file (YAML) to draw instead of a built-in design.")
    var layout: String?

    @Option(
        name: .customLong("set"), help: "A layout parameter, NAME=VALUE (repeatable), e.g. --set titleColor=#ff0000.")
    var parameters: [String] = []

    @Flag(help: "Put @ before the author.")
    var atSymbol = false

    @Option(name: [.short, .customLong("output")], help: "Where to write the PNG (default: output/<slug>.png).")
    var output: String?

    @Flag(help: "Draw each layer's outline and name.")
    var debug = false

    @Option(help: "The ogcard.yml to use for a post (default: found by walking up from the post).")
    var config: String?

    /// The arguments, for the library.
    private var request: CardPreviewRequest {
        CardPreviewRequest(
            source: source, title: title, author: author, tags: tags, siteName: site, date: date, design: style,
            layoutFile: layout, settings: parameters, atSymbol: atSymbol, configFile: config, language: lang)
    }

    func validate() throws {
        if let problem = request.usageProblem { throw ValidationError(problem) }
    }

    func run() throws {
        let preview: CardPreview
        do {
            preview = try CardPreview(request)
        } catch {
            DiagnosticReport.print(error)
            throw ExitStatus.failures
        }
        DiagnosticReport.print(preview.warnings)
        let destination = URL(fileURLWithPath: output ?? preview.defaultOutputPath)
        do {
            try preview.write(to: destination, debugOutlines: debug)
        } catch {
            DiagnosticReport.print(error)
            throw ExitStatus.failures
        }
        print(destination.path)
        if let meta = preview.metaHTML { print(meta, terminator: meta.hasSuffix("\n") ? "" : "\n") }
    }
}
