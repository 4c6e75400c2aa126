import Foundation
import OGCardTestSupport
import Testing

@testable import OGCard

/// A build names cards with `PostSlug.uniqued`: a post whose own slug is `foo-2` keeps it even when
/// two earlier posts both want `foo`, and slugs stay put on later builds.
@Suite struct SlugAssignmentTests {
    @Test func collidingSlugsKeepAPostsOwnName() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        try site.write("ogcard.yml", "url: https://example.com\nadd_missing_image: true\n")
        try site.write("_posts/2020-01-01-foo.md", "---\ntitle: One\n---\n")
        try site.write("_posts/2020-01-02-foo.md", "---\ntitle: Two\n---\n")
        try site.write("_posts/2020-01-03-foo-2.md", "---\ntitle: Three\n---\n")
        let summary = try site.build()
        #expect(summary.failures.isEmpty, "\(summary.failures)")
        #expect(try site.read("_posts/2020-01-01-foo.md").contains("image: /assets/og/foo.png"))
        #expect(try site.read("_posts/2020-01-02-foo.md").contains("image: /assets/og/foo-3.png"))
        #expect(try site.read("_posts/2020-01-03-foo-2.md").contains("image: /assets/og/foo-2.png"))
        // A new post wanting a taken slug gets the next free one; the others keep theirs.
        try site.write("_posts/2020-01-04-foo.md", "---\ntitle: Four\n---\n")
        _ = try site.build()
        #expect(try site.read("_posts/2020-01-04-foo.md").contains("image: /assets/og/foo-4.png"))
        #expect(try site.read("_posts/2020-01-02-foo.md").contains("image: /assets/og/foo-3.png"))
        let cards = try FileManager.default.contentsOfDirectory(atPath: site.url("assets/og").path).sorted()
        #expect(cards == ["foo-2.png", "foo-3.png", "foo-4.png", "foo.png"])
    }
}
