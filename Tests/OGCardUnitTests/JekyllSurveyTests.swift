import Foundation
import OGCardTestSupport
import Testing

@testable import OGCard

/// `ogcard init` and zero-config loading of a Jekyll site whose posts are in several folders.
@Suite struct JekyllSurveyTests {
    @Test func initLeavesPostsToJekyllAndListsWhatItFound() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        try site.write(
            "_config.yml", "url: https://example.com\ncollections:\n  recipes:\n    output: true\n  misc: {}\n")
        try site.write("_posts/2024-01-02-one.md", "---\ntitle: One\n---\n")
        try site.write("news/_posts/2024-01-03-two.md", "---\ntitle: Two\n---\n")
        try site.write("_drafts/idea.md", "---\ntitle: Idea\n---\n")
        try site.write("_recipes/soup.md", "---\ntitle: Soup\n---\n")
        try site.write("_misc/x.md", "---\ntitle: X\n---\n")
        try site.write("_site/2024/01/02/one.html", "<p>built</p>\n")

        let survey = try SiteSurvey.inspect(root: site.root)
        #expect(survey.posts == ["_drafts", "_posts", "_recipes", "news/_posts"])
        let text = survey.configText()
        #expect(text.contains("\n# posts:\n#   - _drafts\n#   - _posts\n"))
        #expect(!text.contains("\nposts:"))

        let config = try SiteConfigLoader.load(file: site.write(SiteConfigLoader.fileName, text))
        #expect(config.postsFollowGenerator)
        #expect(config.posts == survey.posts)
        let found = try SiteBuild(config: config).findPosts().map { SitePaths.relative($0, to: site.root) }
        #expect(
            found.sorted() == [
                "_drafts/idea.md", "_posts/2024-01-02-one.md", "_recipes/soup.md", "news/_posts/2024-01-03-two.md",
            ])
    }

    @Test func aSiteWithoutPostsStillNamesTheMissingFolder() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        try site.write("_config.yml", "url: https://example.com\n")
        let survey = try SiteSurvey.inspect(root: site.root)
        #expect(survey.posts == ["_posts"])
        #expect(survey.notes.contains { $0.description.contains("'_posts' does not exist") })
    }
}
