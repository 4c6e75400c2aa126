import Foundation
import OGCardTestSupport
import Testing

@testable import OGCard

/// `posts:` takes folders and globs, as docs/configuration.md says.
@Suite struct PostGlobTests {
    static func site(posts: String) throws -> TemporarySite {
        let site = try TemporarySite()
        try site.write("ogcard.yml", "url: https://example.com\nadd_missing_image: true\nposts: \(posts)\n")
        try site.write("_posts/2020-01-01-a.md", "---\ntitle: A\n---\n")
        try site.write("_drafts/b.md", "---\ntitle: B\n---\n")
        try site.write("_drafts/c.markdown", "---\ntitle: C\n---\n")
        try site.write("_drafts/old/d.md", "---\ntitle: D\n---\n")
        try site.write("content/trip/index.md", "---\ntitle: Trip\n---\n")
        try site.write("content/trip/notes.md", "---\ntitle: Notes\n---\n")
        return site
    }

    /// The site-relative paths a build read as posts.
    static func built(_ site: TemporarySite) throws -> [String] {
        let summary = try site.build()
        #expect(summary.failures.isEmpty, "\(summary.failures)")
        let manifest = try BuildManifest.load(from: SiteBuild.manifestFile(root: site.root))
        #expect(summary.posts == manifest.posts.count)
        return manifest.posts.keys.sorted()
    }

    @Test func aGlobPicksPostsByPathFromTheSiteRoot() throws {
        let site = try Self.site(posts: "[_posts, \"_drafts/*.md\"]")
        defer { site.remove() }
        #expect(try Self.built(site) == ["_drafts/b.md", "_posts/2020-01-01-a.md"])
        #expect(try site.read("_drafts/b.md").contains("image: /assets/og/b.png"))
    }

    @Test func doubleStarCrossesFolders() throws {
        let site = try Self.site(posts: "[\"content/**/index.md\", \"_drafts/**/*.md\"]")
        defer { site.remove() }
        #expect(try Self.built(site) == ["_drafts/b.md", "_drafts/old/d.md", "content/trip/index.md"])
    }

    @Test func overlappingEntriesBuildAPostOnce() throws {
        let site = try Self.site(posts: "[_drafts, \"_drafts/*.md\"]")
        defer { site.remove() }
        #expect(try Self.built(site) == ["_drafts/b.md", "_drafts/c.markdown", "_drafts/old/d.md"])
    }

    @Test func aGlobWithoutItsFolderMatchesNothingButAMissingFolderIsAnError() throws {
        let site = try Self.site(posts: "[_posts, \"_scheduled/*.md\"]")
        defer { site.remove() }
        #expect(try Self.built(site) == ["_posts/2020-01-01-a.md"])
        try site.write("ogcard.yml", "url: https://example.com\nposts: [_posts, _scheduled]\n")
        #expect {
            try site.build()
        } throws: { error in
            guard let failure = error as? Diagnostic else { return false }
            return failure.file?.hasSuffix("/_scheduled") == true && failure.step == .findPosts
        }
    }
}
