import Foundation
import OGCardTestSupport
import Testing

@testable import OGCard

/// What ogcard writes into a site is published with it, so a post the generator leaves out gets
/// nothing: no card, no snippet, no meta-JSON entry; and what it had while public is removed.
/// (The generators' own rules are proved against real Jekyll and Hugo in their suites; this one
/// uses the shared `draft:`/`published:` convention of the generators ogcard does not read.)
@Suite struct PublicationTests {
    private func site() throws -> TemporarySite {
        let site = try TemporarySite()
        try site.write("ogcard.yml", "url: https://example.com\nposts: [posts]\nadd_missing_image: true\n")
        try site.write("posts/public.md", "---\ntitle: Public\n---\nBody.\n")
        try site.write("posts/draft.md", "---\ntitle: Secret plans\ndraft: true\n---\nBody.\n")
        try site.write("posts/unpublished.md", "---\ntitle: Not yet\npublished: no\n---\nBody.\n")
        return site
    }

    private func metaKeys(_ site: TemporarySite) throws -> [String] {
        let data = try Data(contentsOf: site.url("ogcard-meta.json"))
        let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
        return object.keys.sorted()
    }

    @Test func draftsAndUnpublishedPostsGetNothing() throws {
        let site = try site()
        defer { site.remove() }
        let before = try site.read("posts/draft.md")
        let summary = try site.build()
        #expect(summary.failures.isEmpty, "\(summary.failures)")
        #expect(summary.hidden == 2)
        #expect(try FileManager.default.contentsOfDirectory(atPath: site.url("assets/og").path) == ["public.png"])
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: site.url("_includes/ogcard").path) == ["public.html"])
        #expect(try metaKeys(site) == ["posts/public.md"])
        // The draft's file is left exactly as it was: no image: line added for a card that does not exist.
        #expect(try site.read("posts/draft.md") == before)
        let notes = summary.notes.filter { $0.file == "posts/draft.md" }.map(\.reason)
        #expect(notes.contains { $0.contains("not published") && $0.contains("draft: true") }, "\(notes)")
        // A second build reads the hidden posts again (time alone can publish a post) and changes nothing.
        let again = try site.build()
        #expect(again.rendered == 0 && again.snippetsWritten == 0 && again.hidden == 2)
    }

    @Test func aPostThatBecomesADraftLosesItsCardSnippetAndMetaEntry() throws {
        let site = try site()
        defer { site.remove() }
        _ = try site.build()
        #expect(FileManager.default.fileExists(atPath: site.url("assets/og/public.png").path))
        try site.write("posts/public.md", "---\ntitle: Public\nimage: /assets/og/public.png\ndraft: true\n---\nBody.\n")
        let summary = try site.build(.check)
        #expect(summary.stale.contains { $0.contains("posts/public.md") && $0.contains("remove") }, "\(summary.stale)")
        _ = try site.build()
        #expect(!FileManager.default.fileExists(atPath: site.url("assets/og/public.png").path))
        #expect(!FileManager.default.fileExists(atPath: site.url("_includes/ogcard/public.html").path))
        #expect(try metaKeys(site) == [])
        // Published again: the card comes back.
        try site.write(
            "posts/public.md", "---\ntitle: Public\nimage: /assets/og/public.png\ndraft: false\n---\nBody.\n")
        _ = try site.build()
        #expect(FileManager.default.fileExists(atPath: site.url("assets/og/public.png").path))
        #expect(try metaKeys(site) == ["posts/public.md"])
    }

    @Test func draftsFlagGivesEveryPostACard() throws {
        let site = try site()
        defer { site.remove() }
        let summary = try site.build(drafts: true)
        #expect(summary.hidden == 0)
        let cards = try FileManager.default.contentsOfDirectory(atPath: site.url("assets/og").path).sorted()
        #expect(cards == ["draft.png", "public.png", "unpublished.png"])
        // The next build without the flag takes them away again.
        _ = try site.build()
        #expect(try FileManager.default.contentsOfDirectory(atPath: site.url("assets/og").path) == ["public.png"])
    }

    @Test func aDraftTakesNoSlugFromAPublishedPost() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        try site.write("ogcard.yml", "url: https://example.com\nposts: [posts]\n")
        try site.write("posts/a/same.md", "---\ntitle: Draft\ndraft: true\n---\n")
        try site.write("posts/b/same.md", "---\ntitle: Public\n---\n")
        _ = try site.build()
        #expect(try FileManager.default.contentsOfDirectory(atPath: site.url("assets/og").path) == ["same.png"])
    }

    @Test func booleanSpellings() {
        #expect(FrontMatterBoolean.parse("Yes") == true)
        #expect(FrontMatterBoolean.parse(" off ") == false)
        #expect(FrontMatterBoolean.parse("TRUE") == true)
        #expect(FrontMatterBoolean.parse("maybe") == nil)
        #expect(FrontMatterBoolean.parse("") == nil)
    }
}
