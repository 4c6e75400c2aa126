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

    @Test func bracketsAndBracesNameAFolderNotAPattern() throws {
        // Only `*` and `?` are wildcards: a folder called `notes[2024]` or `{drafts}` is a folder,
        // for the post listing and for the config's overlap and sweep rules alike.
        let site = try Self.site(posts: "[\"notes[2024]\", \"{drafts}\"]")
        try site.write("notes[2024]/2024-01-01-e.md", "---\ntitle: E\n---\n")
        try site.write("{drafts}/f.md", "---\ntitle: F\n---\n")
        #expect(try Self.built(site) == ["notes[2024]/2024-01-01-e.md", "{drafts}/f.md"])
        #expect(SiteConfig.folderPart(ofGlob: "notes[2024]/*.md") == "notes[2024]")
        #expect(SiteConfig.folderPart(ofGlob: "{drafts}/**/*.md") == "{drafts}")
        // As a folder, it still may not hold ogcard's snippets.
        try site.write(
            "ogcard.yml", "url: https://example.com\nposts: [\"notes[2024]\"]\nsnippets: notes[2024]/ogcard\n")
        #expect(throws: Diagnostic.self) { try site.config() }
    }

    @Test func aGlobPicksPostsByPathFromTheSiteRoot() throws {
        let site = try Self.site(posts: "[_posts, \"_drafts/*.md\"]")
        defer { site.remove() }
        #expect(try Self.built(site) == ["_drafts/b.md", "_posts/2020-01-01-a.md"])
        // Read, but a Jekyll draft is not published, so it gets a card only with --drafts.
        #expect(try !site.read("_drafts/b.md").contains("image:"))
        _ = try site.build(drafts: true)
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
