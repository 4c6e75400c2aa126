import Foundation
import OGCardTestSupport
import Synchronization
import Testing

@testable import OGCard

/// What ends up published, and what ogcard warns about: `_ogcard.yml` (which Jekyll never
/// publishes) as well as `ogcard.yml`, the config written where it exists, a published
/// `ogcard.yml`, layouts printing tags twice, and the lock file `build --watch` removes.
@Suite struct SitePublicationTests {
    static let openGraphImageURL =
        "https://generator.opengraphimg.com/?atSymbol=true&author=webology&authorSize=text-2xl&style=modern&tags=pycon&title=PyCon+US+2017"

    static func jekyllSite(config: String = "") throws -> TemporarySite {
        let site = try TemporarySite()
        try site.write("_config.yml", "title: Pub\nurl: https://pub.example.org\n" + config)
        try site.write("_posts/2024-01-02-hello.md", "---\ntitle: Hello\n---\nBody.\n")
        return site
    }

    @Test func underscoreConfigIsReadLikeOgcardYml() throws {
        let site = try Self.jekyllSite()
        defer { site.remove() }
        try site.write("_ogcard.yml", "name: From Underscore\n")
        try site.write("_posts/deep/", "")
        let config = try SiteConfigLoader.discover(from: site.url("_posts/deep"))
        #expect(config.name == "From Underscore")
        #expect(config.configFile?.lastPathComponent == "_ogcard.yml")
    }

    @Test func bothConfigNamesAreAClearError() throws {
        let site = try Self.jekyllSite()
        defer { site.remove() }
        try site.write("_ogcard.yml", "name: One\n")
        try site.write("ogcard.yml", "name: Two\n")
        #expect {
            try SiteConfigLoader.discover(from: site.root)
        } throws: { error in
            let diagnostic = error as? Diagnostic
            return diagnostic?.reason.hasPrefix("both ogcard.yml and _ogcard.yml are here; keep one") == true
                && diagnostic?.step == .readConfig
        }
    }

    @Test(arguments: [
        ("_config.yml", "", "_ogcard.yml"), ("hugo.toml", "", "ogcard.yml"),
        ("_config.yml", "ogcard.yml", "ogcard.yml"),
    ])
    func theKeptDesignGoesToTheConfigThatExistsOrTheUnpublishedName(
        generatorConfig: String, existing: String, expected: String
    ) throws {
        let site = try TemporarySite()
        defer { site.remove() }
        let hugo = generatorConfig == "hugo.toml"
        try site.write(
            generatorConfig, hugo ? "baseURL = \"https://pub.example.org/\"\n" : "url: https://pub.example.org\n")
        if !existing.isEmpty { try site.write(existing, "name: Existing\n") }
        try site.write(
            (hugo ? "content/posts/" : "_posts/") + "2017-06-02-pycon.md",
            "---\ntitle: PyCon US 2017\nimage: \(Self.openGraphImageURL)\n---\nBody.\n")
        let summary = try site.build()
        #expect(summary.failures.isEmpty, "\(summary.failures)")
        #expect(summary.configWritten == expected)
        let written = try SiteConfigLoader.load(file: site.url(expected))
        #expect(written.design != nil)
        let other = expected == "ogcard.yml" ? "_ogcard.yml" : "ogcard.yml"
        #expect(site.exists(other) == (existing == other))
    }

    @Test(arguments: [
        ("ogcard.yml", "", true), ("ogcard.yml", "exclude: [ogcard.yml]\n", false),
        ("ogcard.yml", "exclude:\n  - \"/*.yml\"\n", false), ("ogcard.yml", "exclude: [other.yml]\n", true),
        ("_ogcard.yml", "", false),
    ])
    func aPublishedConfigIsWarnedAboutOnce(name: String, exclude: String, warned: Bool) throws {
        let site = try Self.jekyllSite(config: exclude)
        defer { site.remove() }
        try site.write(name, "name: Pub\n")
        let warnings = try site.build().warnings.filter { $0.reason.hasPrefix("Jekyll publishes this file") }
        #expect(warnings.count == (warned ? 1 : 0), "\(warnings)")
        #expect(warnings.allSatisfy { $0.file == name })
    }

    @Test func aHugoSiteNeverPublishesItsRootConfig() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        try site.write("hugo.toml", "baseURL = \"https://pub.example.org/\"\n")
        try site.write("ogcard.yml", "name: Pub\n")
        try site.write("content/posts/hello.md", "---\ntitle: Hello\ndate: 2024-01-02\n---\nBody.\n")
        let warnings = try site.build().warnings
        #expect(warnings.isEmpty, "\(warnings)")
    }

    @Test func aLayoutReachingSeoAndTheIncludeIsWarnedAboutOnceWithBothLines() throws {
        let site = try Self.jekyllSite()
        defer { site.remove() }
        try site.write(
            "_layouts/default.html", "<html><head>\n<meta charset=utf-8>\n{%- seo -%}\n{% include head.html %}\n")
        try site.write("_includes/head.html", "<link rel=x>\n{% include ogcard/{{ page.slug }}.html %}\n")
        // A child layout reaches the same two tags: still one warning.
        try site.write("_layouts/post.html", "---\nlayout: default\n---\n{{ content }}\n")
        // Only one of the two: nothing to say.
        try site.write("_layouts/plain.html", "<html><head>{% seo %}</head></html>\n")
        let warnings = try site.build().warnings.filter { $0.reason.contains("uses both") }
        try #require(warnings.count == 1, "\(warnings)")
        #expect(warnings[0].file == "_layouts/default.html")
        #expect(warnings[0].line == 3)
        #expect(warnings[0].reason.contains("{% seo %} (_layouts/default.html:3)"))
        #expect(warnings[0].reason.contains("ogcard's include (_includes/head.html:2)"))
    }

    @Test func initWarnsAboutSeoAndTheIncludeAndWritesTheUnderscoreConfig() throws {
        let site = try Self.jekyllSite()
        defer { site.remove() }
        try site.write("_layouts/default.html", "{% seo %}\n{% include ogcard-meta.html %}\n")
        let run = try Program.ogcard.run(["init"], in: site.root, timeout: .seconds(120))
        #expect(run.status == 0, "\(run)")
        #expect(site.exists("_ogcard.yml") && !site.exists("ogcard.yml"))
        #expect(run.stderr.contains("warning: _layouts/default.html:1: checking the config: this layout uses both"))
        // {% seo %} is jekyll-seo-tag: the config sets what it needs.
        #expect(try SiteConfigLoader.discover(from: site.root).addMissingImage)
        let again = try Program.ogcard.run(["init"], in: site.root, timeout: .seconds(120))
        #expect(again.status == 1 && again.stderr.contains("_ogcard.yml already exists"), "\(again)")
    }

    @Test(arguments: [
        ("plugins: [jekyll-seo-tag]\n", "", true), ("gems:\n  - jekyll-seo-tag\n", "", true),
        ("", "<head>{%- seo title=false -%}</head>", true),
        ("plugins: [jekyll-feed]\n", "<head>{{ seo }}</head>", false),
    ])
    func initSetsAddMissingImageOnlyForSeoTagSites(config: String, layout: String, seo: Bool) throws {
        let site = try Self.jekyllSite(config: config)
        defer { site.remove() }
        if !layout.isEmpty { try site.write("_layouts/default.html", layout) }
        let survey = try SiteSurvey.inspect(root: site.root)
        #expect(survey.usesSeoTag == seo)
        let file = try site.write("_ogcard.yml", survey.configText())
        #expect(try SiteConfigLoader.load(file: file).addMissingImage == seo)
    }

    @Test func theLockFileIsRemovedOnlyWhenNoBuildHoldsIt() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        let path = SiteLock.file(root: site.root)
        do {
            let held = try SiteLock(root: site.root, waiting: {})
            SiteLock.removeFile(root: site.root)
            #expect(FileManager.default.fileExists(atPath: path), "removed under a build that holds it")
            withExtendedLifetime(held) {}
        }
        SiteLock.removeFile(root: site.root)
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func aBuildWaitingOnADeletedLockFileLocksTheNewOne() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        let path = SiteLock.file(root: site.root)
        var first: SiteLock? = try SiteLock(root: site.root, waiting: {})
        let waiting = DispatchSemaphore(value: 0)
        let release = DispatchSemaphore(value: 0)
        let done = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            let second = try? SiteLock(root: site.root) { waiting.signal() }
            release.wait()
            withExtendedLifetime(second) {}
            done.signal()
        }
        #expect(waiting.wait(timeout: .now() + 30) == .success)
        // What `removeFile` does, with the waiter already blocked on the old file.
        unlink(path)
        first = nil
        // The waiter must now hold a lock on a file at the path, so removal leaves it there.
        #expect(Eventually.holds(within: .seconds(10)) { FileManager.default.fileExists(atPath: path) })
        SiteLock.removeFile(root: site.root)
        #expect(FileManager.default.fileExists(atPath: path), "the waiter held a lock on a deleted file")
        release.signal()
        done.wait()
        withExtendedLifetime(first) {}
    }
}
