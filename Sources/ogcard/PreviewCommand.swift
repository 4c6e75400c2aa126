import ArgumentParser
import Foundation
import OGCard

/// `ogcard preview`: one card, written to a PNG whose path is printed.
struct PreviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "preview",
        abstract: "Render one card to a PNG and print its path.",
        discussion: """
            Examples:
              ogcard preview --title "PyCon US 2017" --author webology --tags pycon --style modern -o output/pycon.png
              ogcard preview 'https://generator.opengraphimg.com/?atSymbol=true&author=webology&style=modern&tags=pycon&title=PyCon+US+2017'
            """)

    @Argument(help: "An opengraphimg URL whose card to draw.")
    var url: String?

    @Option(help: "The title.")
    var title: String?

    @Option(help: "The author.")
    var author: String = ""

    @Option(help: "Tags, separated by commas.")
    var tags: String = ""

    @Option(help: "The design: custom, classic, devto or modern.")
    var style: String = "modern"

    @Flag(help: "Put @ before the author.")
    var atSymbol = false

    @Option(name: [.short, .customLong("output")], help: "Where to write the PNG (default: output/<slug>.png).")
    var output: String?

    @Flag(help: "Draw each layer's outline and name.")
    var debug = false

    func validate() throws {
        if url == nil && title == nil {
            throw ValidationError("Give an opengraphimg URL or --title.")
        }
        if url == nil && OpenGraphImageStyle(rawValue: style) == nil {
            throw ValidationError("Unknown style '\(style)': use custom, classic, devto or modern.")
        }
    }

    func run() throws {
        var design = OpenGraphImageStyleDefaults.resolved(for: OpenGraphImageStyle(rawValue: style) ?? .modern)
        design.atSymbol = atSymbol
        let content = CardContent(
            title: title ?? "",
            author: author,
            tags: tags.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })
        let destination = URL(fileURLWithPath: output ?? "output/\(PreviewCommand.fileSlug(content.title)).png")
        do {
            let renderer = try CardRenderer()
            try renderer.write(content, layout: try OpenGraphImageLayout(design).layout(), to: destination, debugOutlines: debug)
        } catch {
            printError("ogcard: \(error)")
            throw ExitCode(1)
        }
        print(destination.path)
    }

    /// A file name for a preview from its title.
    static func fileSlug(_ title: String) -> String {
        let words = title.lowercased().unicodeScalars.map { scalar -> Character in
            ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) ? Character(scalar) : "-"
        }
        let slug = String(words).split(separator: "-").joined(separator: "-")
        return slug.isEmpty ? "card" : String(slug.prefix(80))
    }
}
