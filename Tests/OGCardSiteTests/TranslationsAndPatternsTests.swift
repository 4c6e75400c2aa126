import Foundation
import OGCardTestSupport
import Testing

@testable import OGCard

/// Sites whose generator ogcard does not read (a bilingual Next.js/MDX blog here): `url_pattern:`
/// gives og:url, language folders give each post its language and translations, and a
/// translation keeps its slug in its language's folder instead of becoming `foo-2`.
@Suite struct TranslationsAndPatternsTests {
    private func bilingualSite(pattern: String = "/:lang/blog/:slug", language: String? = "en") throws
        -> TemporarySite
    {
        let site = try TemporarySite()
        try site.write("package.json", "{\"name\": \"blog\", \"private\": true}\n")
        try site.write(
            "ogcard.yml",
            "url: https://example.com\nposts: [content]\nurl_pattern: \(pattern)\n"
                + (language.map { "language: \($0)\n" } ?? ""))
        try site.write("content/en/foo.mdx", "---\ntitle: Hello\ndate: 2024-03-05\n---\nBody.\n")
        try site.write("content/es/foo.mdx", "---\ntitle: Hola\ndate: 2024-03-05\n---\nCuerpo.\n")
        try site.write("content/en/only.mdx", "---\ntitle: Only in English\n---\n")
        return site
    }

    private func tags(_ site: TemporarySite, _ snippet: String) throws -> [String: [String]] {
        MetaSnippet.parse(try site.read("_includes/ogcard/\(snippet).html"))
    }

    @Test func translationsKeepTheirSlugAndLinkEachOther() throws {
        let site = try bilingualSite()
        defer { site.remove() }
        let summary = try site.build()
        #expect(summary.failures.isEmpty, "\(summary.failures)")
        let english = try tags(site, "foo")
        let spanish = try tags(site, "es/foo")
        #expect(english["og:url"] == ["https://example.com/blog/foo"])
        #expect(spanish["og:url"] == ["https://example.com/es/blog/foo"])
        #expect(english["og:locale"] == ["en_US"])
        #expect(english["og:locale:alternate"] == ["es_ES"])
        #expect(spanish["og:locale"] == ["es_ES"])
        #expect(spanish["og:locale:alternate"] == ["en_US"])
        #expect(
            spanish["og:image"]?.map(MetaSnippet.withoutFingerprint) == ["https://example.com/assets/og/es/foo.png"])
        #expect(try tags(site, "only")["og:locale:alternate"] == nil)
        let cards = FileManager.default.subpaths(atPath: site.url("assets/og").path)?.sorted()
        #expect(cards == ["es", "es/foo.png", "foo.png", "only.png"])
    }

    @Test func aNewTranslationUpdatesTheUnchangedOriginal() throws {
        let site = try bilingualSite()
        defer { site.remove() }
        _ = try site.build()
        try site.write("content/fr/only.mdx", "---\ntitle: Seulement\n---\n")
        let summary = try site.build()
        #expect(summary.failures.isEmpty, "\(summary.failures)")
        #expect(try tags(site, "only")["og:locale:alternate"] == ["fr_FR"])
        #expect(try tags(site, "fr/only")["og:locale:alternate"] == ["en_US"])
        // Nothing else changes on the next build.
        let again = try site.build()
        #expect(again.rendered == 0 && again.snippetsWritten == 0, "\(again)")
    }

    @Test func withoutADefaultLanguageTheFirstKeepsThePlainName() throws {
        let site = try bilingualSite(language: nil)
        defer { site.remove() }
        _ = try site.build()
        let cards = FileManager.default.subpaths(atPath: site.url("assets/og").path)?.sorted()
        #expect(cards == ["es", "es/foo.png", "foo.png", "only.png"])
        // No default language: :lang is the post's own.
        #expect(try tags(site, "foo")["og:url"] == ["https://example.com/en/blog/foo"])
    }

    @Test func patternTokensAndAPostsOwnURLWins() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        try site.write(
            "ogcard.yml", "url: https://example.com/base\nposts: [posts]\nurl_pattern: /:section/:year/:month/:slug/\n")
        try site.write("posts/notes/2024-03-05-a-b.md", "---\ntitle: A B\n---\n")
        try site.write("posts/top.md", "---\ntitle: Top\ndate: 2023-12-01\n---\n")
        try site.write("posts/own.md", "---\ntitle: Own\ncanonical_url: https://other.example/own/\n---\n")
        try site.write("posts/own2.md", "---\ntitle: Own 2\nurl: /custom/path/\n---\n")
        _ = try site.build()
        #expect(try tags(site, "a-b")["og:url"] == ["https://example.com/base/notes/2024/03/a-b/"])
        #expect(try tags(site, "top")["og:url"] == ["https://example.com/base/2023/12/top/"])
        #expect(try tags(site, "own")["og:url"] == ["https://other.example/own/"])
        #expect(try tags(site, "own2")["og:url"] == ["https://example.com/base/custom/path/"])
    }

    @Test func badPatternsAreConfigErrorsAtTheirLine() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        for (pattern, words) in [("/:year/:nope/", "unknown token ':nope'"), ("/blog/:year/", "names the page")] {
            try site.write("ogcard.yml", "url: https://example.com\nurl_pattern: \(pattern)\n")
            #expect { try site.config() } throws: { error in
                guard let diagnostic = error as? Diagnostic else { return false }
                return diagnostic.line == 2 && diagnostic.reason.contains(words)
            }
        }
    }

    @Test func hugoTranslationsShareTheirSlugAndUseLanguageCodes() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        try site.write(
            "hugo.toml",
            """
            baseURL = "https://example.org/"
            title = "Two languages"
            defaultContentLanguage = "en"
            [languages.en]
            languageCode = "en-GB"
            weight = 1
            [languages.es]
            weight = 2
            """)
        try site.write("content/posts/hello.md", "---\ntitle: Hello\ndate: 2024-03-05\n---\nBody.\n")
        try site.write("content/posts/hello.es.md", "---\ntitle: Hola\ndate: 2024-03-05\n---\nCuerpo.\n")
        let summary = try site.build()
        #expect(summary.failures.isEmpty, "\(summary.failures)")
        let english = MetaSnippet.parse(try site.read("layouts/partials/ogcard/hello.html"))
        let spanish = MetaSnippet.parse(try site.read("layouts/partials/ogcard/es/hello.html"))
        #expect(english["og:url"] == ["https://example.org/posts/hello/"])
        #expect(spanish["og:url"] == ["https://example.org/es/posts/hello/"])
        #expect(english["og:locale"] == ["en_GB"])
        #expect(english["og:locale:alternate"] == ["es_ES"])
        #expect(spanish["og:locale:alternate"] == ["en_GB"])
        #expect(FileManager.default.fileExists(atPath: site.url("static/assets/og/es/hello.png").path))
    }

    @Test func openGraphLocales() {
        #expect(OpenGraphLocale.from("es") == "es_ES")
        #expect(OpenGraphLocale.from("en-us") == "en_US")
        #expect(OpenGraphLocale.from("pt_BR") == "pt_BR")
        #expect(OpenGraphLocale.from("ja") == "ja_JP")
        #expect(OpenGraphLocale.from("zh-Hant") == "zh_TW")
        #expect(OpenGraphLocale.from("") == nil)
        #expect(OpenGraphLocale.from("1x") == nil)
    }

    @Test func languageFolders() {
        #expect(
            PostLanguage.folderLanguage(relativePath: "content/es/a/b.md", postsFolders: ["content"])?.language == "es")
        #expect(
            PostLanguage.folderLanguage(relativePath: "content/es/a/b.md", postsFolders: ["content"])?.key
                == "content/a/b")
        #expect(
            PostLanguage.folderLanguage(relativePath: "content/pt-br/b.md", postsFolders: ["content"])?.language
                == "pt-br")
        #expect(PostLanguage.folderLanguage(relativePath: "content/api/b.md", postsFolders: ["content"]) == nil)
        #expect(PostLanguage.folderLanguage(relativePath: "content/posts/b.md", postsFolders: ["content"]) == nil)
        #expect(PostLanguage.folderLanguage(relativePath: "content/es.md", postsFolders: ["content"]) == nil)
    }
}
