import Foundation
import OGCardTestSupport
import Testing

@testable import OGCard

/// og:url of every page ogcard places in a Hugo site equals the `.Permalink` Debian's `hugo`
/// 0.111 prints for it (and the file it writes), on small sites covering
/// docs/research/generator-urls-and-drafts.md §2.
@Suite(
    .enabled(
        if: TestEnvironment.runs(needing: Program.onPath("hugo") != nil),
        "Debian's hugo is not installed (scripts/setup installs it)"))
struct HugoURLTests {
    static let kinds = "disableKinds = [\"RSS\", \"sitemap\", \"taxonomy\", \"term\", \"404\"]\n"

    static func page(_ fields: String) -> String { "---\n" + fields + "\n---\nBody.\n" }

    @Test func defaultURLsBundlesSlugsAndURLs() throws {
        let site = try HugoSite(
            config: "baseURL = \"https://Example.org/blog\"\ntitle = \"T\"\n" + Self.kinds,
            files: [
                "content/_index.md": Self.page("title: Home"),
                "content/posts/_index.md": Self.page("title: Posts"),
                "content/posts/hello-world.md": Self.page("title: Hello World\ndate: 2024-03-05"),
                "content/posts/My File Name.md": Self.page("title: \"C++ & Rust: a Tale!\""),
                "content/posts/Café Ünïcode (v2), ok?.md": Self.page("title: Café"),
                "content/posts/C# Tips & Tricks.md": Self.page("title: C#"),
                "content/posts/custom.md": Self.page("title: x\nslug: \"Custom Slug! Über\""),
                "content/posts/lead.md": Self.page("title: x\nslug: \"-Lead Trail-\""),
                "content/posts/plus.md": Self.page("title: x\nslug: \"C++ tips %41\""),
                "content/posts/my-bundle/index.md": Self.page("title: Bundle"),
                "content/posts/my-bundle/notes.md": Self.page("title: resource, not a page"),
                "content/posts/slugged-bundle/index.md": Self.page("title: B\nslug: bundle-slug"),
                "content/posts/2024/sub/deep.md": Self.page("title: Deep"),
                "content/Blog Posts/Sub Dir/s.md": Self.page("title: S"),
                "content/docs/_index.md": Self.page("title: Docs"),
                "content/docs/guides/_index.md": Self.page("title: Guides"),
                "content/docs/guides/intro.md": Self.page("title: Intro ΣΑΣ İstanbul"),
                "content/urls/path-here.md": Self.page("title: u\nurl: /custom/Path Here/"),
                "content/urls/rel.md": Self.page("title: u\nurl: rel/thing"),
                "content/urls/file.md": Self.page("title: u\nurl: /file.html"),
                "content/urls/_index.md": Self.page("title: U\nurl: /all-urls/"),
                "content/about.md": Self.page("title: About"),
                "content/_under.md": Self.page("title: Under"),
                "content/posts/#ignored.md": Self.page("title: ignored"),
                "content/posts/backup.md~": Self.page("title: ignored"),
            ])
        try site.expectSamePages(bases: ["": "https://Example.org/blog/"])
    }
}
