import Foundation
import Testing

@testable import OGCard

/// Which posts Jekyll publishes (research §1.10, J4/J1): unpublished, drafts and future posts
/// are hidden, each with the key and the flags that would publish it.
@Suite struct JekyllVisibilityTests {
    static let site = JekyllTestSite.j1

    static func reason(_ placement: PagePlacement) -> String? {
        if case .hidden(let reason) = placement.visibility { return reason }
        return nil
    }

    @Test(arguments: ["published: false", "published: no", "published: Off", "published:", "published: ~"])
    func unpublishedPostsAreHidden(frontMatter: String) throws {
        let placement = try Self.site.place("_posts/2024-03-05-u.md", "title: U\n\(frontMatter)")
        let reason = try #require(Self.reason(placement))
        #expect(reason.contains("published:"))
        #expect(reason.contains("--unpublished") && reason.contains("--drafts"))
        var drafts = Self.site
        drafts.includeDrafts = true
        #expect(try drafts.place("_posts/2024-03-05-u.md", "title: U\n\(frontMatter)").visibility == .published)
        let unpublished = JekyllTestSite(config: Self.site.config + "unpublished: true\n")
        #expect(try unpublished.place("_posts/2024-03-05-u.md", "title: U\n\(frontMatter)").visibility == .published)
    }

    @Test(arguments: ["published: \"false\"", "published: 'no'", "published: true", "draft: true", "title: T"])
    func otherValuesArePublished(frontMatter: String) throws {
        #expect(try Self.site.place("_posts/2024-03-05-p.md", frontMatter).visibility == .published)
    }

    @Test func futurePostsAreHiddenToTheSecond() throws {
        var site = Self.site
        site.now = try #require(ISO8601DateFormatter().date(from: "2024-03-05T12:00:00Z"))
        #expect(try site.place("_posts/2024-03-05-today.md").visibility == .published)
        #expect(try site.place("_posts/2024-03-05-d.md", "date: 2024-03-05 12:00:00 +0000").visibility == .published)
        let later = try site.place("_posts/2024-03-05-d.md", "date: 2024-03-05 12:00:01 +0000")
        #expect(Self.reason(later)?.contains("--future") == true)
        #expect(Self.reason(try site.place("_posts/2024-03-06-tomorrow.md")) != nil)
        site.includeDrafts = true
        #expect(try site.place("_posts/2024-03-06-tomorrow.md").visibility == .published)
        var future = JekyllTestSite(config: Self.site.config + "future: true\n")
        future.now = site.now
        #expect(try future.place("_posts/2024-03-06-tomorrow.md").visibility == .published)
        // `time:` in _config.yml is the build's "now".
        let pinned = JekyllTestSite(config: Self.site.config + "time: 2020-01-01 00:00:00 +0000\n")
        #expect(Self.reason(try pinned.place("_posts/2024-03-05-x.md")) != nil)
    }

    @Test func draftsAreHiddenUnlessAskedForAndKeepTheirFileNameDate() throws {
        let draft = try Self.site.place("_drafts/2020-01-02-dated-draft.md", "title: D")
        #expect(Self.reason(draft)?.contains("_drafts") == true)
        #expect(draft.url.hasSuffix("/2024/03/05/dated-draft.html") == false)
        var drafts = Self.site
        drafts.includeDrafts = true
        let shown = try drafts.place("_drafts/2020-01-02-dated-draft.md", "title: D")
        #expect(shown.visibility == .published)
        #expect(shown.url == "https://example.com/blog/2020/01/02/dated-draft.html")
        let inFolder = try drafts.place("news/_drafts/folder-draft.md", "date: 2022-02-03")
        #expect(inFolder.url == "https://example.com/blog/news/2022/02/03/folder-draft.html")
        let showDrafts = JekyllTestSite(config: Self.site.config + "show_drafts: true\n")
        #expect(try showDrafts.place("_drafts/2020-01-02-dated-draft.md", "title: D").visibility == .published)
        // A future draft stays out even with --drafts in Jekyll; ogcard's --drafts shows everything.
        let futureDraft = JekyllTestSite(config: Self.site.config + "show_drafts: true\n")
        #expect(Self.reason(try futureDraft.place("_drafts/future-draft.md", "date: 2099-01-01")) != nil)
    }

    @Test func aPostJekyllCannotBuildIsOnlyAnErrorWhenPublished() throws {
        let hidden = try Self.site.place("_posts/2024-03-05-bad.md", "published: false\nslug: 42")
        #expect(!hidden.visibility.isPublished)
        #expect(Self.site.failure("_posts/2024-03-05-bad.md", "slug: 42") != nil)
    }
}
