import Foundation
import OGCard
import OGCardTestSupport
import Testing

/// `SiteSurvey`: what `ogcard init` finds in Jekyll, Hugo and Eleventy sites, and that the
/// ogcard.yml it writes loads back as the same settings.
@Suite struct SiteSurveyTests {
    static let classicURL =
        "https://generator.opengraphimg.com/?style=classic&title=Hello&author=jo&background=%23112233"
    static let modernURL = "https://generator.opengraphimg.com/?style=modern&title=Hi&tags=a,b&author=jo"

    /// Writes the survey's config into the site and loads it the way every command does.
    func writeAndLoad(_ survey: SiteSurvey, in site: TemporarySite) throws -> SiteConfig {
        let file = try site.write(SiteConfigLoader.fileName, survey.configText())
        return try SiteConfigLoader.load(file: file)
    }

    @Test func jekyllSiteWithOpenGraphImageURLs() throws {
        let site = try TemporarySite()
        try site.write(
            "_config.yml",
            """
            title: "Jo's Notes"
            url: https://notes.example.net/
            baseurl: /blog
            author:
              name: Jo Writer
            twitter:
              username: jonotes
            """)
        try site.write("_posts/2020-01-01-one.md", "---\ntitle: One\nimage: \(Self.classicURL)\n---\nBody\n")
        try site.write("_posts/2020-01-02-two.md", "---\ntitle: Two\nimage: '\(Self.classicURL)'\n---\nBody\n")
        try site.write("_posts/2020-01-03-three.md", "---\ntitle: Three\nimage: \(Self.modernURL)\n---\n")
        try site.write("_posts/2020-01-04-four.md", "---\ntitle: Four\n---\n")

        let survey = try SiteSurvey.inspect(root: site.root)
        #expect(survey.generator == .jekyll)
        #expect(survey.generatorConfig == "_config.yml")
        #expect(survey.url == "https://notes.example.net/blog")
        #expect(survey.name == "Jo's Notes")
        #expect(survey.author == "Jo Writer")
        #expect(survey.twitter == "@jonotes")
        #expect(survey.posts == ["_posts"])
        #expect(survey.postsRead == 4)
        #expect(survey.openGraphImagePosts == 3)
        guard case .parameters(let design) = survey.design else {
            Issue.record("expected the classic URLs' design, got \(survey.design)")
            return
        }
        #expect(design.effectiveStyle == .classic)
        #expect(survey.notes.isEmpty)

        let config = try writeAndLoad(survey, in: site)
        #expect(config.generator == .jekyll)
        #expect(config.url == survey.url)
        #expect(config.name == survey.name)
        #expect(config.author == survey.author)
        #expect(config.twitter == survey.twitter)
        #expect(config.posts == ["_posts"])
        #expect(config.output == "assets/og")
        #expect(config.imageURLPath == "/assets/og")
        #expect(config.snippets == "_includes/ogcard")
        #expect(config.metaJSON == "_data/ogcard.json")
        guard case .parameters(let loaded) = config.design else {
            Issue.record("expected a design mapping, got \(String(describing: config.design))")
            return
        }
        #expect(loaded.canonicalKey == design.canonicalKey)
        #expect(loaded.canonicalKey.contains("background=#112233"))
    }

    @Test func aStyleWithItsDefaultsIsWrittenByName() throws {
        let site = try TemporarySite()
        try site.write("_config.yml", "url: https://a.example.net\n")
        try site.write("_posts/2020-01-03-three.md", "---\ntitle: Three\nimage: \(Self.modernURL)\n---\n")
        let survey = try SiteSurvey.inspect(root: site.root)
        #expect(survey.design == .style(.modern))
        #expect(survey.configText().contains("\ndesign: modern\n"))
        #expect(try writeAndLoad(survey, in: site).design == .style(.modern))
    }

    /// Found by a long `config` fuzz run: a site title holding a C1 control character (TOML
    /// `\u0088`) was written raw into ogcard.yml, which YAML then refused to load.
    @Test func controlCharactersInTheSiteTitleAreWrittenEscaped() throws {
        let site = try TemporarySite()
        try site.write("hugo.toml", "baseURL = \"https://x.example/\"\ntitle = \"Hugo \\u0088 Site\\u2028!\"\n")
        try site.write("content/posts/a.md", "+++\ntitle = \"A\"\n+++\n")
        let survey = try SiteSurvey.inspect(root: site.root)
        #expect(survey.name == "Hugo \u{88} Site\u{2028}!")
        let config = try writeAndLoad(survey, in: site)
        #expect(config.name == "Hugo \u{88} Site\u{2028}!")
    }

    @Test func hugoSiteWithoutURLs() throws {
        let site = try TemporarySite()
        try site.write(
            "hugo.toml",
            """
            baseURL = "https://hugo.example.net/"
            title = "Hugo Field"
            [params]
              author = "Ann Hugo"
              twitter = "https://twitter.com/annhugo"
            """)
        try site.write("content/about.md", "+++\ntitle = \"About\"\n+++\n")
        try site.write("content/posts/first-post.md", "+++\ntitle = \"First\"\ndate = 2024-01-02\n+++\nText\n")

        let survey = try SiteSurvey.inspect(root: site.root)
        #expect(survey.generator == .hugo)
        #expect(survey.generatorConfig == "hugo.toml")
        #expect(survey.url == "https://hugo.example.net")
        #expect(survey.name == "Hugo Field")
        #expect(survey.author == "Ann Hugo")
        #expect(survey.twitter == "@annhugo")
        // The section of posts, not all of content/ (which holds pages too).
        #expect(survey.posts == ["content/posts"])
        #expect(survey.design == .ogcard)
        #expect(survey.postsRead == 1)

        let config = try writeAndLoad(survey, in: site)
        #expect(config.generator == .hugo)
        #expect(config.url == "https://hugo.example.net")
        #expect(config.twitter == "@annhugo")
        #expect(config.posts == ["content/posts"])
        #expect(config.output == "static/assets/og")
        #expect(config.snippets == "layouts/partials/ogcard")
        #expect(config.metaJSON == "data/ogcard.json")
        #expect(config.design == .ogcard)
    }

    @Test func eleventySiteWithInputFolderAndMetadata() throws {
        let site = try TemporarySite()
        try site.write(
            "eleventy.config.js",
            """
            export default function (eleventyConfig) {
              eleventyConfig.addPassthroughCopy("src/assets/og");
            }
            export const config = { dir: { input: "src", output: "_site" } };
            """)
        try site.write(
            "src/_data/metadata.json",
            """
            {"title": "Eleven Notes", "url": "https://eleven.example.net/", "author": {"name": "Eli"}, "twitter": "@eleven"}
            """)
        try site.write("src/blog/2024-05-01-hello.md", "---\ntitle: Hello Eleventy\ntags: [notes]\n---\nHi\n")

        let survey = try SiteSurvey.inspect(root: site.root)
        #expect(survey.generator == .eleventy)
        #expect(survey.generatorConfig == "eleventy.config.js")
        #expect(survey.url == "https://eleven.example.net")
        #expect(survey.name == "Eleven Notes")
        #expect(survey.author == "Eli")
        #expect(survey.twitter == "@eleven")
        #expect(survey.posts == ["src/blog"])
        #expect(survey.output == "src/assets/og")
        #expect(survey.snippets == "src/_includes/ogcard")
        #expect(survey.metaJSON == "src/_data/ogcard.json")
        #expect(survey.design == .ogcard)

        let config = try writeAndLoad(survey, in: site)
        #expect(config.url == "https://eleven.example.net")
        #expect(config.name == "Eleven Notes")
        #expect(config.posts == ["src/blog"])
        #expect(config.output == "src/assets/og")
        #expect(config.imageURLPath == "/assets/og")
        #expect(config.snippets == "src/_includes/ogcard")
        #expect(config.metaJSON == "src/_data/ogcard.json")
        #expect(config.design == .ogcard)

        // The written config is enough for a build: Eleventy has no zero-config defaults.
        let summary = try SiteBuild(config: config, options: BuildOptions(jobs: 1)).run()
        #expect(summary.failures.isEmpty)
        #expect(summary.rendered == 1)
        #expect(
            FileManager.default.fileExists(atPath: site.root.appendingPathComponent("src/assets/og/hello.png").path))
        #expect(
            FileManager.default.fileExists(
                atPath: site.root.appendingPathComponent("src/_includes/ogcard/hello.html").path))
    }

    @Test func eleventyLegacyConfigAtTheProjectRoot() throws {
        let site = try TemporarySite()
        try site.write(".eleventy.js", "module.exports = function (eleventyConfig) { return {}; };\n")
        try site.write("posts/first.md", "---\ntitle: First\n---\n")
        let survey = try SiteSurvey.inspect(root: site.root)
        #expect(survey.generator == .eleventy)
        #expect(survey.posts == ["posts"])
        #expect(survey.output == "assets/og")
        #expect(survey.snippets == "_includes/ogcard")
        #expect(survey.url == nil)
    }

    @Test func whatIsNotFoundIsCommentedOutAndExplained() throws {
        let site = try TemporarySite()
        try site.write("_config.yml", "url: /relative\ntwitter: not a handle!\n")
        let survey = try SiteSurvey.inspect(root: site.root)
        #expect(survey.url == nil)
        #expect(survey.twitter == nil)
        #expect(survey.notes.contains { $0.description.contains("'/relative'") && $0.contains("not an absolute") })
        #expect(survey.notes.contains { $0.description.contains("'not a handle!'") })
        #expect(survey.notes.contains { $0.description.contains("no site URL found") })
        #expect(survey.notes.contains { $0.description.contains("'_posts' does not exist") })
        let text = survey.configText()
        #expect(text.contains("\n# url: https://example.com\n"))
        #expect(text.contains("\n# name: My Site\n"))
        // The file loads; the unusable URL still comes through from _config.yml, where the build reports it.
        let config = try writeAndLoad(survey, in: site)
        #expect(config.name == nil)
        #expect(config.design == .ogcard)
    }

    @Test func placeholderURLsAreFlagged() throws {
        let site = try TemporarySite()
        try site.write("config.toml", "baseURL = 'https://example.org/'\n")
        try site.write("content/post/a.md", "---\ntitle: A\n---\n")
        let survey = try SiteSurvey.inspect(root: site.root)
        #expect(survey.generator == .hugo)
        #expect(survey.generatorConfig == "config.toml")
        #expect(survey.posts == ["content/post"])
        #expect(survey.notes.contains { $0.description.contains("placeholder") })
    }
}
