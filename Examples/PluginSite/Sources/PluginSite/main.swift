// A small static-site generator of its own, as a Publish, Ignite or Saga site would be: it
// writes one page per post and an index. OGCardBuildPlugin rendered the posts' cards and meta
// tags during `swift build`; `SocialCards` reads them from this target's resources, and each
// page gets its tags in <head> and its card at the path its og:image names.

import Foundation
import OGCard

/// Stops with a message naming what failed.
func fail(_ what: String, _ error: any Error) -> Never {
    FileHandle.standardError.write(Data("PluginSite: \(what): \(error)\n".utf8))
    exit(1)
}

/// The generator's own HTML escaping (ogcard escapes the tags it gives).
func escaped(_ text: String) -> String {
    text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
        .replacingOccurrences(of: ">", with: "&gt;")
}

/// A post's body: the Markdown after its front matter, as paragraphs (a real generator renders Markdown).
func paragraphs(of post: URL) throws -> String {
    let text = try String(contentsOf: post, encoding: .utf8)
    let parts = text.components(separatedBy: "\n---\n")
    let body = parts.count > 1 ? parts.dropFirst().joined(separator: "\n---\n") : text
    return body.components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        .filter { !$0.isEmpty }.map { "<p>\(escaped($0))</p>" }.joined(separator: "\n")
}

let output = URL(fileURLWithPath: CommandLine.arguments.dropFirst().first ?? "_site", isDirectory: true)
let cards: SocialCards
do {
    cards = try SocialCards(bundle: .module)
} catch {
    fail("reading the cards", error)
}
guard let content = Bundle.module.url(forResource: "Content", withExtension: nil) else {
    fail("reading the content", CocoaError(.fileNoSuchFile))
}

var links: [String] = []
do {
    for post in cards.posts {
        let tags = cards.tags(for: post) ?? []
        let title = tags.first { $0.key == "og:title" }?.content ?? post
        // The page goes where its og:url points, so shared links land on it.
        let url = tags.first { $0.key == "og:url" }?.content ?? ""
        let path = URLComponents(string: url)?.path ?? "/\(post)/"
        let page = output.appendingPathComponent(path, isDirectory: true).appendingPathComponent("index.html")
        let html = """
            <!doctype html>
            <html><head>
            <meta charset="utf-8">
            <title>\(escaped(title))</title>
            \(cards.html(for: post) ?? "")</head>
            <body><h1>\(escaped(title))</h1>
            \(try paragraphs(of: content.appendingPathComponent(post)))
            </body></html>

            """
        try FileManager.default.createDirectory(at: page.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(html.utf8).write(to: page)
        if let card = cards.card(for: post) { try card.write(into: output) }
        links.append("<li><a href=\"\(escaped(path))\">\(escaped(title))</a></li>")
        print("\(path): \(tags.count) tags, card \(cards.card(for: post)?.sitePath ?? "none")")
    }
    let index =
        "<!doctype html>\n<html><head><meta charset=\"utf-8\"><title>Posts</title></head>\n<body><ul>\n"
        + links.joined(separator: "\n") + "\n</ul></body></html>\n"
    try Data(index.utf8).write(to: output.appendingPathComponent("index.html"))
} catch {
    fail("writing the site", error)
}
print("wrote \(cards.posts.count) pages to \(output.path)")
