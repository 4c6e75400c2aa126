import Foundation
import OGCardTestSupport
import Testing

@testable import OGCard

/// Fields as real front matter spells them: the defaults read `published_at`, `lastmod`,
/// `seo.description`, `seo.title`, Hugo's `images` list and `cover.image`; ogcard.yml's
/// `fields:` overrides them; a field present but unusable is a warning naming its line; a
/// `fields:` path no post has is an error at its ogcard.yml line.
@Suite struct PostFieldsTests {
    private func snippet(_ site: TemporarySite, _ name: String) throws -> [String: [String]] {
        MetaSnippet.parse(try site.read("_includes/ogcard/\(name).html"))
    }

    @Test func defaultSpellingsReachTheTags() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        try site.write("ogcard.yml", "url: https://example.com\nposts: [posts]\n")
        try site.write(
            "posts/a.md",
            """
            ---
            title: "Card *title*"
            published_at: 2024-03-05T10:00:00+01:00
            updated: 2024-04-01
            seo:
              title: A better title for search
              description: Written for search results.
            description: Shown on the card.
            ---
            First paragraph.
            """)
        let summary = try site.build()
        #expect(summary.failures.isEmpty, "\(summary.failures)")
        let tags = try snippet(site, "a")
        #expect(tags["og:title"] == ["A better title for search"])
        #expect(tags["twitter:title"] == ["A better title for search"])
        #expect(tags["og:description"] == ["Written for search results."])
        #expect(tags["article:published_time"] == ["2024-03-05T10:00:00+01:00"])
        #expect(tags["article:modified_time"]?.first?.hasPrefix("2024-04-01") == true, "\(tags)")
        // The card shows the card title; the alt text says what the card shows.
        #expect(tags["og:image:alt"] == ["Social card: Card title"])
    }

    @Test func fieldsMapOverridesAndUnusableValuesWarn() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        try site.write(
            "ogcard.yml",
            "url: https://example.com\nposts: [posts]\nfields:\n  date: meta.when\n  description: [teaser, summary]\n")
        try site.write(
            "posts/b.md",
            "---\ntitle: B\ndate: 2020-01-01\nmeta:\n  when: 2023-02-03\nteaser: [not, text]\nsummary: The summary.\n---\n"
        )
        let summary = try site.build()
        #expect(summary.failures.isEmpty, "\(summary.failures)")
        let tags = try snippet(site, "b")
        #expect(tags["article:published_time"]?.first?.hasPrefix("2023-02-03") == true, "\(tags)")
        #expect(tags["og:description"] == ["The summary."])
        let warning = summary.warnings.first { $0.reason.contains("teaser") }
        #expect(warning?.file == "posts/b.md")
        #expect(warning?.line == 6, "\(summary.warnings)")
    }

    @Test func aFieldsPathNoPostHasIsAnErrorAtItsLine() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        try site.write("ogcard.yml", "url: https://example.com\nposts: [posts]\nfields:\n  date: publshed_at\n")
        try site.write("posts/c.md", "---\ntitle: C\npublished_at: 2024-01-01\n---\n")
        let summary = try site.build()
        let error = summary.failures.first
        #expect(error?.file == "ogcard.yml" && error?.line == 4, "\(summary.failures)")
        #expect(error?.reason.contains("publshed_at") == true)
        // The post itself was built, and the error stays until the typo is fixed.
        #expect(FileManager.default.fileExists(atPath: site.url("assets/og/c.png").path))
        #expect(try site.build().failures.count == 1)
        try site.write("ogcard.yml", "url: https://example.com\nposts: [posts]\nfields:\n  date: published_at\n")
        #expect(try site.build().failures.isEmpty)
    }

    @Test func badFieldsConfigNamesTheLine() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        try site.write("ogcard.yml", "url: https://example.com\nfields:\n  colour: x\n")
        #expect { try site.config() } throws: { error in
            guard let diagnostic = error as? Diagnostic else { return false }
            return diagnostic.line == 3 && diagnostic.reason.contains("unknown field 'colour'")
        }
        try site.write("ogcard.yml", "url: https://example.com\nfields:\n  image: a.b.c\n")
        #expect { try site.config() } throws: { error in
            (error as? Diagnostic)?.line == 3
        }
    }

    @Test func pictureInHugoImagesListOrCoverIsRead() throws {
        let yaml =
            "---\ntitle: T\nimages:\n  - https://generator.opengraphimg.com/?title=T&style=modern\n  - /other.png\n---\n"
        let hugo = try PostReader.parse(
            Data(yaml.utf8), path: "content/posts/t.md", fields: PostFieldMap(generator: .hugo))
        #expect(hugo.image?.path == "https://generator.opengraphimg.com/?title=T&style=modern")
        #expect(hugo.imageField == .firstItem("images"))
        let cover = try PostReader.parse(
            Data("---\ntitle: T\ncover:\n  image: /img/c.png\n  alt: A cover\n---\n".utf8), path: "p.md")
        #expect(cover.image?.path == "/img/c.png")
        #expect(cover.imageField == .nested("cover", "image"))
        let both = try PostReader.parse(Data("---\nimage: /a.png\nimages: [/b.png]\n---\n".utf8), path: "p.md")
        #expect(both.image?.path == "/a.png")
        let hugoBoth = try PostReader.parse(
            Data("---\nimage: /a.png\nimages: [/b.png]\n---\n".utf8), path: "p.md",
            fields: PostFieldMap(generator: .hugo))
        #expect(hugoBoth.image?.path == "/b.png")
    }
}

/// The picture is replaced where the post keeps it.
@Suite struct PictureFieldBuildTests {
    @Test func theCardReplacesTheURLWhereThePostKeepsIt() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        try site.write("ogcard.yml", "url: https://example.com\nposts: [posts]\n")
        let url = "https://generator.opengraphimg.com/?title=X&style=modern"
        try site.write("posts/list.md", "---\ntitle: List\nimages:\n  - \(url)\n  - /second.png\n---\nBody.\n")
        try site.write("posts/cover.md", "---\ntitle: Cover\ncover:\n  image: \"\(url)\"\n  alt: A cover\n---\nBody.\n")
        try site.write("posts/og.md", "---\ntitle: OG\nog_image: \(url)\n---\nBody.\n")
        let summary = try site.build()
        #expect(summary.failures.isEmpty, "\(summary.failures)")
        #expect(summary.rewritten == 3)
        #expect(
            try site.read("posts/list.md")
                == "---\ntitle: List\nimages:\n  - /assets/og/list.png\n  - /second.png\n---\nBody.\n")
        #expect(
            try site.read("posts/cover.md")
                .hasPrefix("---\ntitle: Cover\ncover:\n  image: \"/assets/og/cover.png\"\n  alt: A cover\n---\n"))
        #expect(try site.read("posts/og.md").contains("og_image: /assets/og/og.png\n"))
        // The URL's design was kept in ogcard.yml before the URL was replaced.
        #expect(try site.read("ogcard.yml").contains("design"))
        #expect(try site.build().rewritten == 0)
    }
}
