import Foundation
import Testing

@testable import OGCard

/// What ogcard reads from `_config.yml` for URLs and publication, and Addressable's normalize.
@Suite struct JekyllConfigTests {
    @Test func everySettingIsRead() throws {
        let defaults = try GeneratorConfigReader.readJekyll(
            yaml: """
                url: https://example.com/
                baseurl: /blog/
                permalink: /:categories/:title/
                timezone: Europe/Paris
                future: true
                unpublished: yes
                show_drafts: "false"
                collections_dir: my_collections
                markdown_ext: "md, txt"
                time: 2024-01-01 00:00:00 +0000
                exclude: [drafts-old, "*.tmp"]
                destination: public
                collections:
                  recipes: {output: true, permalink: /r/:name/}
                  notes: {output: false}
                defaults:
                  - scope: {path: news, type: post}
                    values: {permalink: /n/:title/, published: "no"}
                """, file: "_config.yml")
        let settings = defaults.jekyll
        #expect(defaults.url == "https://example.com/blog")
        #expect(settings.url == "https://example.com/")
        #expect(settings.baseURL == "/blog/")
        #expect(settings.permalink == "/:categories/:title/")
        #expect(settings.timezone == "Europe/Paris")
        #expect(settings.future && settings.unpublished)
        // Ruby truthiness: the string "false" is true.
        #expect(settings.showDrafts)
        #expect(settings.collectionsDir == "my_collections")
        #expect(settings.markdownExtensions == ["md", "txt"])
        #expect(settings.time == "2024-01-01 00:00:00 +0000")
        #expect(settings.exclude == ["drafts-old", "*.tmp"])
        #expect(settings.destination == "public")
        #expect(
            settings.collections == [
                JekyllCollection(name: "recipes", output: true, permalink: "/r/:name/"),
                JekyllCollection(name: "notes", output: false),
            ])
        #expect(settings.defaults.count == 1)
        #expect(settings.defaults.first?.path == "news")
        #expect(settings.defaults.first?.type == "posts")
        #expect(settings.defaults.first?.quotedKeys == ["published"])
    }

    @Test func collectionsMayBeAList() throws {
        let settings = try GeneratorConfigReader.readJekyll(yaml: "collections: [a, b]\n", file: "_config.yml").jekyll
        #expect(settings.collections.map(\.name) == ["a", "b"])
        #expect(settings.collections.allSatisfy { !$0.output })
        let none = try GeneratorConfigReader.readJekyll(yaml: "title: x\n", file: "_config.yml").jekyll
        #expect(!none.future && !none.unpublished && !none.showDrafts && none.timezone == nil)
    }

    @Test(arguments: [
        ("https://Example.COM:443//blog/x", "https://example.com//blog/x"),
        ("http://x.org:80/a", "http://x.org/a"),
        ("http://x.org:8080/a", "http://x.org:8080/a"),
        ("https://x.org/%41%7e%2f%c3%a9", "https://x.org/A~%2F%C3%A9"),
        ("https://x.org/a b/Ünï", "https://x.org/a%20b/%C3%9Cn%C3%AF"),
        ("https://example.com/2024/03/05/cafe%CC%81-nfd.html", "https://example.com/2024/03/05/caf%C3%A9-nfd.html"),
        ("https://x.org/x%C2%B2", "https://x.org/x2"),
        ("https://x.org/a/./b/../c/", "https://x.org/a/c/"),
        ("https://x.org/q&a?/2024/x.html", "https://x.org/q&a?/2024/x.html"),
        ("https://x.org", "https://x.org/"),
    ])
    func addressableNormalize(url: String, normalized: String) {
        #expect(JekyllURLNormalizer.normalize(url) == normalized)
    }

    @Test func absoluteURLIsJekyllsFilterAndSeoTagStripsIndexHTML() {
        #expect(
            JekyllURLNormalizer.absoluteURL("/a/", url: "https://example.com/", baseURL: "blog")
                == "https://example.com//blog/a/")
        #expect(JekyllURLNormalizer.absoluteURL("/a/", url: nil, baseURL: "/blog/") == "/blog/a/")
        #expect(
            JekyllURLNormalizer.absoluteURL("/a/", url: "https://x.org/root", baseURL: "/") == "https://x.org/root/a/")
        #expect(
            JekyllURLNormalizer.seoURL(pageURL: "/foo/index.html", url: "https://x.org", baseURL: nil)
                == "https://x.org/foo/")
        #expect(
            JekyllURLNormalizer.seoURL(pageURL: "/foo/index.htm", url: "https://x.org", baseURL: nil)
                == "https://x.org/foo/index.htm")
    }

    @Test(arguments: [
        ("false", false, JekyllYAMLScalar.Kind.boolean(false)),
        ("NO", false, .boolean(false)),
        ("false", true, .string),
        ("42", false, .integer),
        ("4.2", false, .float),
        ("2024-03-05", false, .date),
        ("2024-03-05 23:30:00", false, .time),
        ("2024-03-05 23:30", false, .string),
        ("~", false, .null),
        ("hello", false, .string),
        (":sym", false, .symbol),
    ])
    func psychTypesScalars(text: String, quoted: Bool, kind: JekyllYAMLScalar.Kind) {
        #expect(JekyllYAMLScalar(text: text, isQuoted: quoted).kind == kind)
    }

    @Test func quotedTopLevelKeysAreRecorded() throws {
        let post = try PostReader.parse(
            Data("---\ndate: \"2024-03-05 10:00:00\"\npublished: 'no'\nslug: plain\n---\n".utf8), path: "a.md")
        #expect(post.frontMatter?.quotedKeys == ["date", "published"])
    }
}
