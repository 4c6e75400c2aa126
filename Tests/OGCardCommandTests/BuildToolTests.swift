import Foundation
import OGCardTestSupport
import Testing

/// `OGCardBuildTool`, the command OGCardBuildPlugin puts in `swift build`, run as SwiftPM runs it:
/// its exit statuses, and messages in the compiler's `file:line: error:` form naming the
/// package's files (not the work folder's copy).
@Suite struct BuildToolTests {
    @Test func aBrokenPostFailsAloneWithTheCompilersFormAndStatus1() throws {
        let site = try TemporarySite.copy()
        let work = try TemporarySite()
        let broken = try site.write("_posts/2024-08-01-broken.md", "---\ntitle: [unclosed\n---\nBody.\n")
        let run = try Program.built("OGCardBuildTool").run([site.root.path, work.root.path], in: site.root)
        #expect(run.status == 1, "\(run)")
        let line = try #require(run.stderr.split(separator: "\n").first { $0.contains("broken.md") }, "\(run)")
        #expect(line.hasPrefix(broken.standardizedFileURL.path + ":"), "\(line)")
        #expect(line.contains(": error: "), "\(line)")
        #expect(!run.stderr.contains(work.root.path), "no message names the work folder's copy")
        #expect(run.stdout == "ogcard: 8 posts, 6 cards rendered, 1 up to date, 1 failed\n")
        // The other posts' outputs are written all the same.
        #expect(work.exists("ogcard-cards.json") && work.exists("ogcard-cards.png-pack"))
    }

    @Test func aBadConfigStopsWithStatus2NamingThePackagesFile() throws {
        let site = try TemporarySite.copy()
        let work = try TemporarySite()
        try site.write("ogcard.yml", try site.read("ogcard.yml") + "rewrite: sometimes\n")
        let run = try Program.built("OGCardBuildTool").run([site.root.path, work.root.path], in: site.root)
        #expect(run.status == 2, "\(run)")
        #expect(run.stderr.hasPrefix(site.url("ogcard.yml").standardizedFileURL.path + ":"), "\(run)")
        #expect(run.stderr.contains(": error: checking the config: key 'rewrite'"), "\(run)")
        #expect(!work.exists("ogcard-cards.json"))
    }

    @Test func withoutItsTwoFoldersItSaysHowItIsCalled() throws {
        let folder = try TemporarySite()
        let run = try Program.built("OGCardBuildTool").run([], in: folder.root)
        #expect(run.status == 2)
        #expect(run.stderr == "usage: OGCardBuildTool SITE WORK\n")
    }
}
