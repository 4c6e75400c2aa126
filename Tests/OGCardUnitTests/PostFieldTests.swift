import Foundation
import Testing

@testable import OGCard

@Suite struct PostFieldTests {
    @Test func authorShapes() throws {
        #expect(
            try PostTestSupport.post("---\ntitle: A\nauthor: Jane Doe\n---\n").authors == [PostAuthor(name: "Jane Doe")]
        )
        #expect(
            try PostTestSupport.post("---\ntitle: A\nauthor:\n  - Jane\n  - name: Joe\n    twitter: '@joe'\n---\n")
                .authors
                == [PostAuthor(name: "Jane"), PostAuthor(name: "Joe", twitter: "@joe")])
        let mapping = try PostTestSupport.post("---\ntitle: A\nauthor:\n  name: Jane\n  twitter: jane\n---\n")
        #expect(mapping.author == PostAuthor(name: "Jane", twitter: "jane"))
        #expect(try PostTestSupport.post("---\ntitle: A\n---\n").authors.isEmpty)
    }

    @Test(arguments: [
        ("tags:\n- python\n- django\n", ["python", "django"]),
        ("tags: [python, django]\n", ["python", "django"]),
        ("tags: python, django ,\n", ["python", "django"]),
        ("tags:\n", []),
        ("tags: ~\n", []),
    ])
    func tagShapes(yaml: String, expected: [String]) throws {
        #expect(try PostTestSupport.post("---\ntitle: A\n\(yaml)---\n").tags == expected)
    }

    @Test func categories() throws {
        #expect(
            try PostTestSupport.post("---\ntitle: A\ncategories: [a, b]\ncategory: c\n---\n").categories == ["a", "b"])
        #expect(try PostTestSupport.post("---\ntitle: A\ncategory: TIL\n---\n").categories == ["TIL"])
    }

    @Test func missingTitleWarnsAndFallsBack() throws {
        for text in ["---\nlayout: post\n---\n", "---\ntitle: ''\n---\n", "---\ntitle:\n---\n", "no front matter\n"] {
            let post = try PostTestSupport.post(text)
            #expect(post.title == "pycon us 2017")
            #expect(post.isTitleFallback)
            #expect(post.rawTitle == nil)
            #expect(
                post.warnings.contains {
                    $0.file == "_posts/2017-06-02-pycon-us-2017.md" && $0.reason.contains("title")
                })
        }
    }

    @Test func untitledPostWithoutFileNameSlugUsesBody() throws {
        let post = try PostTestSupport.post(
            "---\ntitle: \"\"\n---\n\n**Kingdom** of the [Apes](https://x) - a good night to just veg out and watch a film or two.\n",
            path: "2024-08-03-.md")
        #expect(post.title == "Kingdom of the Apes - a good night to just veg out and watch a film…")
        #expect(post.isTitleFallback)
        #expect(post.slug == PostSlug.fallback(forPath: "2024-08-03-.md"))
    }

    @Test(arguments: [
        ("Testing [my blog](https://example.com) now", "Testing my blog now"),
        ("Use `pytest.set_trace` to debug", "Use pytest.set_trace to debug"),
        ("**Bold** and _em_ and *star*", "Bold and em and star"),
        ("snake_case_name stays", "snake_case_name stays"),
        ("<b>HTML</b> &amp; decoded, Vec<T> kept", "HTML & decoded, Vec<T> kept"),  // as themes print it
        ("What’s up? [rough cut]", "What’s up? [rough cut]"),
        ("🚜 On Django's `auth.User` model", "🚜 On Django's auth.User model"),
        ("5 * 3 * 2", "5 * 3 * 2"),
    ])
    func markdownTitles(raw: String, expected: String) throws {
        let post = try PostTestSupport.post("---\ntitle: \"\(raw)\"\n---\n")
        #expect(post.title == expected)
        #expect(post.rawTitle == raw)
    }

    @Test func descriptionOrderAndOtherFields() throws {
        let post = try PostTestSupport.post(
            """
            ---
            title: A
            subtitle: Sub
            excerpt: Excerpt
            summary: Summary
            permalink: /a/
            lang: fr
            image:
              path: /img/a.png
              alt: An A
            weather: sunny
            list: [x, y]
            ---
            """)
        #expect(post.description == "Excerpt")
        #expect(post.permalink == "/a/")
        #expect(post.lang == "fr")
        #expect(post.image == PostImage(path: "/img/a.png", alt: "An A"))
        #expect(post.field("weather") == "sunny")
        #expect(post.field("list") == "x, y")
        #expect(post.field("missing") == nil)
        #expect(try PostTestSupport.post("---\ntitle: A\nimage: /x.png\n---\n").image == PostImage(path: "/x.png"))
    }
}
