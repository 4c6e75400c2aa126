import Foundation
import OGCard
import OGCardTestSupport
import Testing

/// `Examples/PublishStyleBuild`: a Swift site generator's use of the public API, run as built.
@Suite struct ExampleBuildTests {
    @Test func buildsTheExampleSiteIntoAFolder() throws {
        let output = try TemporarySite()
        defer { output.remove() }
        let site = output.url("site")
        let run = try Program.built("ogcard-example-build").run([site.path], in: PackageRoot.url)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("built 7 posts: 6 rendered, 1 up to date, 0 failed"))
        #expect(run.stdout.contains("cards: 7/7"))
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("assets/og/pycon-us-2017.png").path))
        let page = try String(contentsOf: site.appendingPathComponent("_site/pycon-us-2017.html"), encoding: .utf8)
        #expect(
            MetaSnippet.content(of: "og:image", in: page).map(MetaSnippet.withoutFingerprint) == [
                "https://fieldnotes.example.org/assets/og/pycon-us-2017.png"
            ])
        let index = try Data(contentsOf: site.appendingPathComponent("_site/index.png"))
        #expect(index.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        // The example leaves the site it copied as written.
        #expect(
            !FileManager.default.fileExists(
                atPath: PackageRoot.appending("Examples/site/assets").path))
    }
}
