import Foundation
import OGCardTestSupport
import Testing

@testable import OGCard

/// `ogcard build --watch` as users run it: the built executable on a temporary Jekyll site,
/// edited while it runs, then stopped with SIGINT. Once with inotify, once polling
/// (`OGCARD_WATCH_POLL=1`, what it falls back to where inotify is missing).
@Suite struct WatchCommandTests {
    static let config = "title: Watched\nurl: https://watch.example.org\n"

    static func post(_ title: String, date: String = "2024-01-02") -> String {
        "---\ntitle: \"\(title)\"\ndate: \(date)\n---\nBody.\n"
    }

    @Test(arguments: [false, true])
    func rebuildsWhatChangesAndStopsCleanly(polling: Bool) throws {
        let site = try TemporarySite()
        defer { site.remove() }
        try site.write("_config.yml", Self.config)
        try site.write("_posts/2024-01-02-first.md", Self.post("First title"))
        let watch = try Program.ogcard.start(
            ["build", "--watch"], in: site.root, environment: polling ? ["OGCARD_WATCH_POLL": "1"] : [:])
        defer { watch.kill() }
        func stderr() -> String { watch.standardErrorSoFar }
        func waitFor(_ text: String) -> Bool {
            Eventually.holds(within: .seconds(30)) { stderr().contains(text) }
        }
        try #require(waitFor("ogcard: watching"), "the watch never started: \(stderr())")
        #expect(stderr().contains(polling ? "(polling)" : "(inotify)"))
        let firstCard = try site.bytes("assets/og/first.png")

        // An edited title: the card is drawn again and the tags follow.
        try site.write("_posts/2024-01-02-first.md", Self.post("A new first title"))
        #expect(waitFor("_posts/2024-01-02-first.md: card rendered (assets/og/first.png)"), "\(stderr())")
        let editedCard = try site.bytes("assets/og/first.png")
        #expect(editedCard != firstCard)
        #expect(try DecodedImage(png: editedCard).width == 1200)
        #expect(try site.read("_includes/ogcard/first.html").contains("content=\"A new first title\""))

        // A new post, in a new subfolder.
        try site.write("_posts/more/2024-02-03-second.md", Self.post("Second", date: "2024-02-03"))
        #expect(waitFor("_posts/more/2024-02-03-second.md: card rendered (assets/og/second.png)"), "\(stderr())")
        #expect(site.exists("assets/og/second.png"))
        // Only what changed is rendered: the first post once, for its edit.
        #expect(stderr().components(separatedBy: "_posts/2024-01-02-first.md: card rendered").count == 2)
        #expect(try site.bytes("assets/og/first.png") == editedCard)

        // A broken post: its error line, and its last card kept.
        try site.write("_posts/2024-01-02-first.md", "---\ntitle: [broken\n---\nBody.\n")
        #expect(waitFor("error: _posts/2024-01-02-first.md:2: parsing YAML front matter"), "\(stderr())")
        #expect(try site.bytes("assets/og/first.png") == editedCard)

        // An invalid config is reported, and the watch goes on.
        try site.write("_ogcard.yml", "nmae: Typo\n")
        #expect(
            waitFor("_ogcard.yml:1: checking the config: key 'nmae': unknown key; did you mean 'name'?"), "\(stderr())")

        // The config: a new site name is drawn on every card of ogcard's design.
        let secondCard = try site.bytes("assets/og/second.png")
        try site.write("_ogcard.yml", "name: Renamed Site\n")
        #expect(waitFor("_ogcard.yml: changed"), "\(stderr())")
        #expect(waitFor("_posts/more/2024-02-03-second.md: card rendered"), "\(stderr())")
        #expect(try site.bytes("assets/og/second.png") != secondCard)

        // A layout file: the cards that use it are drawn again.
        let layout = try String(contentsOf: PackageRoot.appending("Assets/layouts/ogcard.yml"), encoding: .utf8)
        try site.write("card-layouts/ogcard.yml", layout)
        try site.write("_ogcard.yml", "name: Renamed Site\nlayouts: card-layouts\n")
        #expect(waitFor("card-layouts/ogcard.yml: changed"), "\(stderr())")
        let beforeLayoutEdit = stderr().count
        let sameCard = try site.bytes("assets/og/second.png")
        try site.write("card-layouts/ogcard.yml", layout.replacingOccurrences(of: "#0B1120", with: "#7F1D1D"))
        #expect(
            Eventually.holds(within: .seconds(30)) {
                stderr().dropFirst(beforeLayoutEdit).contains("_posts/more/2024-02-03-second.md: card rendered")
            }, "\(stderr())")
        #expect(try site.bytes("assets/og/second.png") != sameCard)

        // Its own writes start no build: the output stays still once the rebuild is done.
        Thread.sleep(forTimeInterval: 1.5)
        let settled = stderr()
        Thread.sleep(forTimeInterval: 1.5)
        #expect(stderr() == settled, "builds went on with no edit")

        watch.kill(SIGINT)
        let result = try watch.wait(timeout: .seconds(60))
        #expect(result.status == 0 && !result.signaled, "\(result)")
        #expect(result.stderr.hasSuffix("ogcard: stopped watching\n"), "\(result)")
        let leftovers = try FileManager.default.subpathsOfDirectory(atPath: site.root.path).filter {
            let name = ($0 as NSString).lastPathComponent
            return AtomicFileWriter.isTemporaryName(name) || name == ".ogcard.lock"
        }
        #expect(leftovers.isEmpty, "left behind: \(leftovers)")
    }

    @Test func sigtermDuringTheFirstBuildFinishesItAndStops() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        try site.write("_config.yml", Self.config)
        for day in 1...9 {
            try site.write("_posts/2024-01-0\(day)-post-\(day).md", Self.post("Post \(day)", date: "2024-01-0\(day)"))
        }
        let watch = try Program.ogcard.start(["build", "--watch", "--jobs", "1"], in: site.root)
        defer { watch.kill() }
        try #require(Eventually.holds(within: .seconds(30)) { site.exists("assets/og") })
        watch.kill(SIGTERM)
        let result = try watch.wait(timeout: .seconds(60))
        #expect(result.status == 0 && !result.signaled, "\(result)")
        // The build it was running finished: every card, the manifest, and nothing temporary.
        for day in 1...9 { #expect(site.exists("assets/og/post-\(day).png")) }
        let manifest = try BuildManifest.load(from: site.url(".ogcard-manifest.json"))
        #expect(manifest.posts.count == 9)
        let names = try FileManager.default.subpathsOfDirectory(atPath: site.root.path).map {
            ($0 as NSString).lastPathComponent
        }
        #expect(!names.contains(where: AtomicFileWriter.isTemporaryName))
        #expect(!names.contains(".ogcard.lock"))
    }

    @Test func watchRefusesModesThatWriteNothing() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        for flag in ["--check", "--dry-run", "--json"] {
            let run = try Program.ogcard.run(["build", "--watch", flag], in: site.root, timeout: .seconds(60))
            #expect(run.status == 64 || run.status == 2, "\(run)")
            #expect(run.stderr.contains("--watch builds"), "\(run)")
        }
    }
}
