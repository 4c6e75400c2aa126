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
              ogcard preview --style ogcard --title "Hello" --site "My Blog" --date 2024-05-01 --author Jane --tags swift
              ogcard preview --layout my-layout.yml --title "Hello" --set titleColor=#ff0000 --debug
            """)

    @Argument(help: "An opengraphimg URL whose card to draw (its title, tags and author too, unless given below).")
    var url: String?

    @Option(help: "The title.")
    var title: String?

    @Option(help: "The author.")
    var author: String?

    @Option(help: "Tags, separated by commas.")
    var tags: String?

    @Option(help: "The site name (ogcard design and layout files).")
    var site: String = ""

    @Option(help: "The date, YYYY-MM-DD (ogcard design and layout files).")
    var date: String?

    @Option(help: "The design: ogcard, custom, classic, devto or modern.")
    var style: String = "modern"

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

    func validate() throws {
        if url == nil && title == nil {
            throw ValidationError("Give an opengraphimg URL or --title.")
        }
        if url == nil, layout == nil, style != "ogcard", OpenGraphImageStyle(rawValue: style) == nil {
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
        do {
            let (cardLayout, content, warnings) = try resolve()
            for warning in warnings { printError("ogcard: warning: \(warning)") }
            let destination = URL(fileURLWithPath: output ?? "output/\(PreviewCommand.fileSlug(content.title)).png")
            let renderer = try CardRenderer()
            try renderer.write(content, layout: cardLayout, to: destination, debugOutlines: debug)
            print(destination.path)
        } catch let error as OGCardError {
            printError("ogcard: \(error)")
            throw ExitCode(1)
        } catch let error as OpenGraphImageError {
            printError("ogcard: \(error)")
            throw ExitCode(1)
        }
    }

    /// The layout, the content and any warnings, from the URL, the options or a layout file.
    private func resolve() throws -> (CardLayout, CardContent, [String]) {
        var design = OpenGraphImageStyleDefaults.resolved(for: OpenGraphImageStyle(rawValue: style) ?? .modern)
        var warnings: [String] = []
        if let url {
            let parsed = try OpenGraphImageURL.parse(url)
            design = parsed.parameters.resolved()
            warnings += parsed.warnings.map(\.description)
        }
        if atSymbol { design.atSymbol = true }
        let content = CardContent(
            title: title ?? design.title, author: author ?? design.author,
            tags: tags.map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } }
                ?? design.tags,
            siteName: site, date: date ?? "", publicationDate: date.flatMap(Self.parseDate))
        let bindings = Dictionary(parameters.map { parameter -> (String, LayoutValue) in
            let parts = parameter.split(separator: "=", maxSplits: 1).map(String.init)
            return (parts[0], Self.value(parts.count > 1 ? parts[1] : ""))
        }, uniquingKeysWith: { $1 })
        if let layout {
            let file = try LayoutFile.load(URL(fileURLWithPath: layout))
            return (try file.layout(bindings), content, warnings)
        }
        if url == nil, style == "ogcard" {
            return (try LayoutFile.builtIn("ogcard").layout(bindings), content, warnings)
        }
        let resolved = try OpenGraphImageLayout(design).resolve()
        return (resolved.layout, content, warnings + resolved.warnings.map(\.description))
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
        let words = title.lowercased().unicodeScalars.map { scalar -> Character in
            ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) ? Character(scalar) : "-"
        }
        let slug = String(words).split(separator: "-").joined(separator: "-")
        return slug.isEmpty ? "card" : String(slug.prefix(80))
    }
}
