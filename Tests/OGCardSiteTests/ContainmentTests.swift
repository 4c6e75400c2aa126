import Foundation
import OGCardTestSupport
import Synchronization
import Testing

@testable import OGCard

/// Issue 19: whatever a post, config or manifest says, ogcard writes and deletes only inside
/// the folder each kind of file belongs to, draws only the site's images, and loses no edit.
@Suite struct ContainmentTests {
    /// A folder beside the site, standing for `~/.ssh` or any other file of the machine.
    private static func victim(beside site: TemporarySite) throws -> URL {
        let folder = site.root.deletingLastPathComponent().appendingPathComponent("victim-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("secret\n".utf8).write(to: folder.appendingPathComponent("id_rsa"))
        return folder
    }

    private static func relativePath(from site: TemporarySite, to url: URL) -> String {
        let depth = site.root.standardizedFileURL.pathComponents.count - 1
        return String(repeating: "../", count: depth) + url.standardizedFileURL.path.dropFirst()
    }

    @Test func aTamperedManifestCannotPruneOutsideTheCardFolders() throws {
        let site = try TemporarySite.copy()
        defer { site.remove() }
        let victim = try Self.victim(beside: site)
        defer { try? FileManager.default.removeItem(at: victim) }
        _ = try site.build()
        // A gone post whose card is the victim folder and whose snippet is a file in it, plus one
        // pointing at a post (a file of the site, but not ogcard's).
        var manifest = try BuildManifest.load(from: SiteBuild.manifestFile(root: site.root))
        manifest.posts["_posts/2000-01-01-gone.md"] = BuildManifest.Entry(
            source: "0", slug: "gone", card: Self.relativePath(from: site, to: victim),
            snippet: Self.relativePath(from: site, to: victim.appendingPathComponent("id_rsa")), digest: "x")
        manifest.posts["_posts/2000-01-02-gone.md"] = BuildManifest.Entry(
            source: "0", slug: "gone2", card: "_posts/2017-06-02-pycon-us-2017.md", snippet: "ogcard.yml", digest: "x")
        manifest.posts["_posts/2000-01-03-gone.md"] = BuildManifest.Entry(
            source: "0", slug: "gone3", card: "assets/og", snippet: "_includes/ogcard", digest: "x")
        try AtomicFileWriter.write(manifest.encoded(), to: SiteBuild.manifestFile(root: site.root))

        let summary = try site.build(prune: true)
        #expect(FileManager.default.fileExists(atPath: victim.appendingPathComponent("id_rsa").path))
        #expect(try site.read("_posts/2017-06-02-pycon-us-2017.md").contains("title: PyCon US 2017"))
        #expect(FileManager.default.fileExists(atPath: site.url("ogcard.yml").path))
        #expect(FileManager.default.fileExists(atPath: site.url("assets/og/pycon-us-2017.png").path))
        #expect(FileManager.default.fileExists(atPath: site.url("_includes/ogcard/pycon-us-2017.html").path))
        #expect(summary.warnings.filter { $0.description.contains("not pruned") }.count >= 4, "\(summary.warnings)")
    }

    @Test func pruneStillDeletesTheCardAndSnippetOfAGonePost() throws {
        let site = try TemporarySite.copy()
        defer { site.remove() }
        _ = try site.build()
        try FileManager.default.removeItem(at: site.url("_posts/2021-03-26-emoji-in-titles.md"))
        let summary = try site.build(prune: true)
        #expect(summary.warnings.filter { $0.description.contains("not pruned") }.isEmpty, "\(summary.warnings)")
        #expect(!FileManager.default.fileExists(atPath: site.url("assets/og/emoji-in-titles.png").path))
        #expect(!FileManager.default.fileExists(atPath: site.url("_includes/ogcard/emoji-in-titles.html").path))
    }

    @Test func aTamperedManifestSlugCannotNameFilesOutsideTheSite() throws {
        let site = try TemporarySite.copy()
        defer { site.remove() }
        _ = try site.build()
        var manifest = try BuildManifest.load(from: SiteBuild.manifestFile(root: site.root))
        manifest.posts["_posts/2017-06-02-pycon-us-2017.md"]?.slug =
            "../../../../../../tmp/escaped-\(UUID().uuidString)"
        manifest.posts["_posts/2017-06-02-pycon-us-2017.md"]?.source = "changed"
        try AtomicFileWriter.write(manifest.encoded(), to: SiteBuild.manifestFile(root: site.root))
        let summary = try site.build()
        #expect(summary.failures.isEmpty, "\(summary.failures)")
        let rebuilt = try BuildManifest.load(from: SiteBuild.manifestFile(root: site.root))
        #expect(rebuilt.posts["_posts/2017-06-02-pycon-us-2017.md"]?.slug == "pycon-us-2017")
    }

    @Test(arguments: [
        ("meta_json: _posts/2024-01-01-a.md", "meta_json"),
        ("meta_json: _config.yml", "meta_json"),
        ("meta_json: ogcard.yml", "meta_json"),
        ("meta_json: .ogcard-manifest.json", "meta_json"),
        ("snippets: _posts", "snippets"),
        ("snippets: _posts/ogcard", "snippets"),
        ("output: _includes/ogcard", "output"),
        ("output: .", "output"),
        ("output: _includes", "output"),
        ("posts: ../outside", "posts"),
        ("posts: \"_posts/../../outside\"", "posts"),
        ("posts: [_posts, /etc]", "posts"),
        ("meta_json: assets/og/index.json", "meta_json"),
    ])
    func configPathsThatWouldDestroyFilesAreRejectedWithTheirLine(line: String, key: String) throws {
        let site = try TemporarySite()
        defer { site.remove() }
        try site.write("_config.yml", "url: https://example.org\n")
        try site.write("ogcard.yml", "name: Site\noutput: assets/og\n\(line)\n")
        #expect {
            _ = try SiteConfigLoader.discover(from: site.root)
        } throws: { error in
            guard let error = error as? Diagnostic else { return false }
            return error.line == 3 && error.key == key && error.description.contains("ogcard.yml:3")
        }
    }

    @Test func postsAtTheSiteRootMayHoldTheCardFolderButNotTheSnippets() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        try site.write(
            "ogcard.yml", "url: https://example.org\nposts: .\noutput: assets/og\nsnippets: _includes/ogcard\n")
        #expect(throws: Diagnostic.self) { _ = try SiteConfigLoader.discover(from: site.root) }
        try site.write(
            "ogcard.yml",
            "url: https://example.org\nposts: .\noutput: assets/og\nsnippets: _includes/ogcard\nmeta_json:\n")
        #expect(throws: Diagnostic.self) { _ = try SiteConfigLoader.discover(from: site.root) }
        try site.write("ogcard.yml", "url: https://example.org\nposts: posts\noutput: og\nsnippets: _includes/ogcard\n")
        #expect(try SiteConfigLoader.discover(from: site.root).output == "og")
    }

    @Test func symlinkedCardAndSnippetFoldersLeadingOutsideReceiveNothing() throws {
        let site = try TemporarySite.copy()
        defer { site.remove() }
        let victim = try Self.victim(beside: site)
        defer { try? FileManager.default.removeItem(at: victim) }
        try FileManager.default.createDirectory(at: site.url("assets"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: site.url("_includes"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: site.url("assets/og"), withDestinationURL: victim)
        try FileManager.default.createSymbolicLink(at: site.url("_includes/ogcard"), withDestinationURL: victim)
        let before = try FileManager.default.contentsOfDirectory(atPath: victim.path)
        let summary = try site.build()
        #expect(try FileManager.default.contentsOfDirectory(atPath: victim.path) == before)
        #expect(summary.failures.count == 7, "\(summary.failures)")
        #expect(summary.failures.allSatisfy { $0.reason.contains("outside the site") }, "\(summary.failures)")
        // Posts keep their opengraphimg URLs: a post changes only once its card exists.
        #expect(try site.read("_posts/2017-06-02-pycon-us-2017.md").contains("generator.opengraphimg.com"))
    }

    @Test func aSymlinkedLockFileCreatesNothingOutside() throws {
        let site = try TemporarySite.copy()
        defer { site.remove() }
        let victim = try Self.victim(beside: site)
        defer { try? FileManager.default.removeItem(at: victim) }
        let target = victim.appendingPathComponent("created-by-lock")
        try FileManager.default.createSymbolicLink(at: site.url(".ogcard.lock"), withDestinationURL: target)
        #expect(throws: Diagnostic.self) { _ = try site.build() }
        #expect(!FileManager.default.fileExists(atPath: target.path))
    }

    @Test func aSymlinkedPostOutsideTheSiteIsReadButNotRewritten() throws {
        let site = try TemporarySite.copy()
        defer { site.remove() }
        let victim = try Self.victim(beside: site)
        defer { try? FileManager.default.removeItem(at: victim) }
        let outside = victim.appendingPathComponent("2023-01-01-outside.md")
        let text =
            "---\ntitle: Outside\nimage: https://generator.opengraphimg.com/?style=modern&title=Outside\n---\nBody\n"
        try Data(text.utf8).write(to: outside)
        try FileManager.default.createSymbolicLink(
            at: site.url("_posts/2023-01-01-outside.md"), withDestinationURL: outside)
        let summary = try site.build()
        #expect(summary.failures.isEmpty, "\(summary.failures)")
        #expect(try String(contentsOf: outside, encoding: .utf8) == text)
        #expect(
            summary.warnings.contains {
                $0.description.contains("2023-01-01-outside.md") && $0.description.contains("outside the site")
            }, "\(summary.warnings)")
        // Its card and tags exist: reading is fine.
        #expect(FileManager.default.fileExists(atPath: site.url("assets/og/outside.png").path))
    }

    @Test func aPostCannotDrawOrPublishALocalFileOutsideTheSite() throws {
        let site = try TemporarySite.copy()
        defer { site.remove() }
        let victim = try Self.victim(beside: site)
        defer { try? FileManager.default.removeItem(at: victim) }
        // A bright red PNG outside the site, as a logo.
        let logo = victim.appendingPathComponent("private.png")
        let red = try CardRenderer().render(
            CardContent(title: ""),
            layout: CardLayout(
                name: "red", width: 64, height: 64, background: RGBAColor(red: 255, green: 0, blue: 0), layers: []))
        try red.pngData.write(to: logo)
        for (index, reference) in [logo.path, "file://" + logo.path, Self.relativePath(from: site, to: logo)]
            .enumerated()
        {
            let query =
                "style=modern&title=Logo&author=me&logoUrl=" + reference.addingPercentEncoding(
                    withAllowedCharacters: .alphanumerics)!
            try site.write(
                "_posts/2023-02-0\(index + 1)-logo-\(index).md",
                "---\ntitle: Logo \(index)\nimage: https://generator.opengraphimg.com/?\(query)\n---\nBody\n")
        }
        let summary = try site.build()
        #expect(summary.failures.isEmpty, "\(summary.failures)")
        for index in 0..<3 {
            let card = try DecodedImage(png: site.bytes("assets/og/logo-\(index).png"))
            var redPixels = 0
            for y in stride(from: 0, to: 630, by: 2) {
                for x in stride(from: 0, to: 1200, by: 2) where card.pixel(x, y) == Pixel(hex: "FF0000") {
                    redPixels += 1
                }
            }
            #expect(redPixels == 0, "card \(index) drew the private logo")
        }
        #expect(
            summary.warnings.filter { $0.description.contains("outside the site") }.count >= 3, "\(summary.warnings)")
        let config = try site.read("ogcard.yml")
        #expect(!config.contains(victim.lastPathComponent), "\(config)")
        for index in 0..<3 {
            #expect(!(try site.read("_posts/2023-02-0\(index + 1)-logo-\(index).md")).contains("private.png"))
        }
    }

    @Test func aReadOnlyPostIsLeftAloneWithAWarning() throws {
        let site = try TemporarySite.copy()
        defer { site.remove() }
        let path = site.url("_posts/2017-06-02-pycon-us-2017.md")
        let before = try Data(contentsOf: path)
        #expect(chmod(path.path, 0o444) == 0)
        let summary = try site.build()
        #expect(try Data(contentsOf: path) == before)
        #expect(
            summary.warnings.contains {
                $0.description.contains("2017-06-02-pycon-us-2017.md") && $0.description.contains("read-only")
            }, "\(summary.warnings)")
        #expect(FileManager.default.fileExists(atPath: site.url("assets/og/pycon-us-2017.png").path))
        // Made writable, the next build finishes the job.
        #expect(chmod(path.path, 0o644) == 0)
        let next = try site.build()
        #expect(next.rewritten == 1)
        #expect(try site.read("_posts/2017-06-02-pycon-us-2017.md").contains("image: /assets/og/pycon-us-2017.png"))
    }

    @Test func everyTemporaryFileOgcardCanLeaveIsSweptAndNothingElse() throws {
        let site = try TemporarySite.copy()
        defer { site.remove() }
        _ = try site.build()
        let leftovers = [
            "_posts/.2017-06-02-pycon-us-2017.md.ogcard-a1B2c3", ".ogcard.yml.ogcard-Xy12Z9",
            "..ogcard-manifest.json.ogcard-000abc", "_data/.ogcard.json.ogcard-QwErTy",
            "assets/og/.pycon-us-2017.png.ogcard-zzzzzz", "_includes/ogcard/.pycon-us-2017.html.ogcard-123456",
        ]
        let kept = [
            "_posts/.notes.ogcard-keep", "_posts/.draft.md.ogcard-12345", "_data/ogcard.json.ogcard-abcdef", ".hidden",
        ]
        for path in leftovers + kept { try site.write(path, "partial") }
        _ = try site.build()
        for path in leftovers { #expect(!FileManager.default.fileExists(atPath: site.url(path).path), "\(path)") }
        for path in kept { #expect(FileManager.default.fileExists(atPath: site.url(path).path), "\(path)") }
    }

    @Test func aPostChangedAfterItWasReadIsNotReplaced() throws {
        // Straight at the writer: the file differs from what the caller parsed.
        let site = try TemporarySite()
        defer { site.remove() }
        try site.write("post.md", "---\ntitle: A\n---\nbody\n")
        let parsed = try site.bytes("post.md")
        try site.write("post.md", "---\ntitle: A\n---\nbody\nappended\n")
        #expect {
            try AtomicFileWriter.write(Data("replaced".utf8), to: site.url("post.md"), replacing: parsed)
        } throws: { error in
            (error as? Diagnostic)?.step == .checkUnchanged
        }
        #expect(try site.read("post.md") == "---\ntitle: A\n---\nbody\nappended\n")
        // Unchanged, it is replaced.
        try AtomicFileWriter.write(Data("replaced".utf8), to: site.url("post.md"), replacing: try site.bytes("post.md"))
        #expect(try site.read("post.md") == "replaced")
    }

    @Test func appendingToAPostWhileBuildsRunLosesNothing() throws {
        let site = try TemporarySite.copy()
        defer { site.remove() }
        var rewritten = 0
        for round in 1...8 {
            // A new post with an opengraphimg URL each round, so each build reads and rewrites one.
            let post = site.url("_posts/2018-01-0\(round)-append-\(round).md")
            try site.write(
                "_posts/2018-01-0\(round)-append-\(round).md",
                "---\ntitle: Append \(round)\nimage: https://generator.opengraphimg.com/?style=modern&title=A\n---\nBody\n"
            )
            let appended = Mutex((count: 0, stop: false))
            let writer = Thread {
                while appended.withLock({ !$0.stop && $0.count < 5000 }) {
                    guard let handle = FileHandle(forWritingAtPath: post.path) else { continue }
                    handle.seekToEndOfFile()
                    let line = appended.withLock { $0.count }
                    handle.write(Data("line \(line)\n".utf8))
                    try? handle.close()
                    appended.withLock { $0.count += 1 }
                    usleep(100)
                }
            }
            writer.start()
            while appended.withLock({ $0.count < 20 }) { usleep(200) }  // appending is under way
            let summary = try site.build(jobs: 1)
            rewritten += summary.rewritten
            appended.withLock { $0.stop = true }
            while !writer.isFinished { usleep(1000) }
            let text = try String(contentsOf: post, encoding: .utf8)
            let count = appended.withLock { $0.count }
            #expect(count > 0)
            for line in 0..<count {
                #expect(text.contains("line \(line)\n"), "round \(round): line \(line) of \(count) was lost")
            }
            #expect(text.hasPrefix("---\ntitle: Append \(round)\n"))
        }
        // The example's 6 posts, then each append post once its writer stopped (in its own round
        // when it won the race, else in the next): a refused post is finished by the next build.
        #expect(rewritten >= 13)
    }
}
