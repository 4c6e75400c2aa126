// An example of ogcard inside a Swift static-site generator (Publish, Ignite, Saga…), using
// only OGCard's public API: the steps a generator would add to its own pipeline.
//
//   swift run ogcard-example-build OUTPUT [SITE]
//
// copies SITE (default: Examples/site) to OUTPUT, builds its cards there, writes one HTML
// page per post whose <head> holds the post's meta tags, and renders an extra card for the
// index page straight to PNG data.

import Foundation
import OGCard

let arguments = CommandLine.arguments.dropFirst()
guard let output = arguments.first else {
    FileHandle.standardError.write(Data("usage: ogcard-example-build OUTPUT [SITE]\n".utf8))
    exit(2)
}
let exampleSite = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("site")
let source = arguments.dropFirst().first.map { URL(fileURLWithPath: $0) } ?? exampleSite
let root = URL(fileURLWithPath: output, isDirectory: true)

/// Stops with a message naming the step that failed, as a generator's build step would.
func fail(_ step: String, _ error: any Error) -> Never {
    FileHandle.standardError.write(Data("ogcard-example-build: \(step): \(error)\n".utf8))
    exit(1)
}

// 1. The generator's own output folder: a copy of the site, so the example leaves it as written.
do {
    try? FileManager.default.removeItem(at: root)
    try FileManager.default.createDirectory(at: root.deletingLastPathComponent(), withIntermediateDirectories: true)
    try FileManager.default.copyItem(at: source, to: root)
} catch {
    fail("copying \(source.path)", error)
}

// 2. The configuration: ogcard.yml, refined by the generator's own config.
let config: SiteConfig
do {
    config = try SiteConfigLoader.discover(from: root)
} catch {
    fail("loading the configuration", error)
}

// 3. The whole build, with progress reported through the generator's own logging.
let build = SiteBuild(config: config, options: BuildOptions(jobs: 2))
let summary: BuildSummary
do {
    summary = try build.run { progress in
        print("cards: \(progress.done)/\(progress.total) (\(progress.rendered) rendered)")
    }
} catch {
    fail("building cards", error)
}
for failure in summary.failures { print("failed: \(failure)") }
print(
    "built \(summary.posts) posts: \(summary.rendered) rendered, \(summary.skipped) up to date, \(summary.failures.count) failed"
)

/// The generator's own HTML escaping (ogcard escapes the meta tags it writes).
func escaped(_ text: String) -> String {
    text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
        .replacingOccurrences(of: ">", with: "&gt;")
}

// 4. Meta tags for the generator's own pages: one HTML page per post.
let pages = root.appendingPathComponent("_site", isDirectory: true)
do {
    try FileManager.default.createDirectory(at: pages, withIntermediateDirectories: true)
    for folder in config.posts {
        for file in try PostReader.postFiles(in: config.root.appendingPathComponent(folder)) {
            let plan = try build.plan(postAt: file)
            let html = """
                <!doctype html>
                <html><head>
                <title>\(escaped(plan.meta.title))</title>
                \(plan.meta.html())
                </head><body><h1>\(escaped(plan.post.title))</h1></body></html>

                """
            try Data(html.utf8).write(to: pages.appendingPathComponent("\(plan.slug).html"))
        }
    }
} catch {
    fail("writing pages", error)
}

// 5. A card that is not a post's: rendered in memory with ogcard's design, then saved.
do {
    let layout = try LayoutFile.builtIn("ogcard").layout([:])
    let content = CardContent(title: config.name ?? "Home", author: config.author ?? "", siteName: config.name ?? "")
    let card = try CardRenderer().render(content, layout: layout)
    try card.pngData.write(to: pages.appendingPathComponent("index.png"))
    print("index card: \(card.pngData.count) bytes")
} catch {
    fail("rendering the index card", error)
}
