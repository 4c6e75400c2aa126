import Foundation
import Testing

@testable import OGCard

/// `HugoPageModel` on in-memory posts: what ogcard.yml's `url:` does to Hugo's baseURL, errors
/// Hugo stops on, warnings, languages and translation keys (the URLs themselves are compared with
/// real hugo in OGCardSiteTests).
@Suite struct HugoPageModelTests {
    func model(_ toml: String, url: String?? = .none, allowRelative: Bool = false, now: Date = Date()) throws
        -> any PageModel
    {
        var config = SiteConfig(
            root: URL(fileURLWithPath: "/nonexistent-site"),
            defaults: try GeneratorConfigReader.readHugo(toml: toml, file: "hugo.toml"))
        config.hugo.configFile = "hugo.toml"
        if case .some(let override) = url { config.url = override }
        config.allowRelativeURLs = allowRelative
        return try config.pageModel(PageModelContext(now: now))
    }

    func place(_ model: any PageModel, _ path: String, _ front: String) throws -> PagePlacement {
        let post = try PostReader.parse(Data(("---\n" + front + "\n---\nBody\n").utf8), path: path)
        return try model.place(post, relativePath: path)
    }

    @Test func ogcardsURLReplacesBaseURL() throws {
        let hugo = "baseURL = \"https://X.ORG:443/My Blog/\"\n"
        #expect(
            try place(model(hugo), "content/posts/hi.md", "title: Hi").url == "https://X.ORG:443/My%20Blog/posts/hi/")
        let moved = try model(hugo, url: "https://cdn.example/site")
        #expect(try place(moved, "content/posts/hi.md", "title: Hi").url == "https://cdn.example/site/posts/hi/")
    }

    @Test func withoutABaseURLLinksAreRelativeOnlyWhenAllowed() throws {
        #expect(
            try place(model("title = 'x'\n", allowRelative: true), "content/posts/hi.md", "title: Hi").url
                == "/posts/hi/")
        #expect(throws: Diagnostic.self) { try place(model("title = 'x'\n"), "content/posts/hi.md", "title: Hi") }
    }

    @Test func aPatternHugoRefusesFailsEveryPostNamingTheConfig() throws {
        let model = try model("baseURL = 'https://x.org/'\n[permalinks]\nposts = '/:contentbasename/'\n")
        #expect {
            try place(model, "content/notes/a.md", "title: A")
        } throws: { error in
            guard let error = error as? Diagnostic else { return false }
            return error.file == "content/notes/a.md" && error.reason.contains("hugo.toml")
                && error.reason.contains("permalink ill-formed")
        }
    }

    @Test func theTableFormOfPermalinksIsAnError() throws {
        let model = try model("baseURL = 'https://x.org/'\n[permalinks.page]\nposts = '/:slug/'\n")
        #expect {
            try place(model, "content/posts/a.md", "title: A")
        } throws: { error in
            (error as? Diagnostic)?.reason.contains("[permalinks.page]") == true
        }
    }

    @Test func aURLWithAProtocolIsAnErrorAtItsLine() throws {
        #expect {
            try place(model("baseURL = 'https://x.org/'\n"), "content/posts/a.md", "title: A\nurl: https://elsewhere/")
        } throws: { error in
            guard let error = error as? Diagnostic else { return false }
            return error.line == 3 && error.reason.contains("protocol")
        }
    }

    @Test func warnings() throws {
        let model = try model("baseURL = 'https://x.org/'\n")
        let outside = try place(model, "elsewhere/a.md", "title: A")
        #expect(outside.warnings.contains { $0.reason.contains("content folder") })
        let noSeconds = try place(model, "content/posts/a.md", "title: A\ndate: 2024-03-05 23:30")
        #expect(noSeconds.warnings.contains { $0.line == 3 && $0.reason.contains("`date`") })
        let fragment = try place(model, "content/posts/C# Tips.md", "title: A")
        #expect(fragment.url == "https://x.org/posts/c#-tips/")
        #expect(fragment.warnings.contains { $0.reason.contains("fragment") })
        #expect(try place(model, "content/posts/ok.md", "title: A\ndate: 2024-03-05").warnings.isEmpty)
    }

    @Test func languagesAndTranslationKeys() throws {
        let model = try model(
            "baseURL = 'https://x.org/'\n[languages.en]\nweight = 1\n[languages.es]\nweight = 2\ncontentDir = 'content_es'\n"
        )
        let en = try place(model, "content/posts/hello.md", "title: Hello")
        let es = try place(model, "content_es/posts/hello.md", "title: Hola")
        let suffix = try place(model, "content/posts/hello.es.md", "title: Hola")
        #expect((en.language, es.language, suffix.language) == ("en", "es", "es"))
        #expect(es.url == "https://x.org/es/posts/hello/")
        #expect(en.translationKey == es.translationKey && es.translationKey == suffix.translationKey)
        let keyed = try place(model, "content/posts/other.md", "title: Other\ntranslationKey: hello-post")
        let keyedEs = try place(model, "content_es/posts/otro.md", "title: Otro\ntranslationKey: hello-post")
        #expect(keyed.translationKey == keyedEs.translationKey)
        #expect(keyed.translationKey != en.translationKey)
    }

    @Test func fileNameDatesGiveSlugs() throws {
        let model = try model(
            "baseURL = 'https://x.org/'\n[frontmatter]\ndate = [':filename', ':default']\n[permalinks]\nposts = '/:year/:month/:slug/'\n"
        )
        #expect(
            try place(model, "content/posts/2024-03-05-dated-name.md", "title: T").url
                == "https://x.org/2024/03/dated-name/")
        #expect(
            try place(model, "content/posts/2024-03-05-x.md", "title: T\nslug: own").url == "https://x.org/2024/03/own/"
        )
    }

    @Test func anEmptyTitleTokenIsAWarning() throws {
        let model = try model("baseURL = 'https://x.org/'\n[permalinks]\nposts = '/:year/:slug/'\n")
        let untitled = try place(model, "content/posts/a.md", "date: 2024-03-05")
        #expect(untitled.url == "https://x.org/2024/")
        #expect(untitled.warnings.contains { $0.reason.contains("`:slug`") })
        #expect(try place(model, "content/posts/a.md", "title: ☃ ✓").warnings.count == 1, "nothing left of the title")
        #expect(try place(model, "content/posts/a.md", "title: Fine").warnings.isEmpty)
    }

    @Test func headlessCountsOnlyForBundles() throws {
        let model = try model("baseURL = 'https://x.org/'\n")
        #expect(try place(model, "content/posts/b/index.md", "headless: true").visibility != .published)
        #expect(try place(model, "content/posts/page.md", "headless: true").visibility == .published)
    }

    @Test func futureAndExpiryAgainstTheBuildsNow() throws {
        let now = try #require(HugoDate.parse("2024-06-01T12:00:00Z", in: .gmt)).instant
        let model = try model("baseURL = 'https://x.org/'\n", now: now)
        #expect(try place(model, "content/a.md", "date: 2024-06-01T12:30:00Z").visibility != .published)
        #expect(try place(model, "content/a.md", "date: 2024-06-01T13:30:00+02:00").visibility == .published)
        let expiring = try place(model, "content/a.md", "expiryDate: 2024-06-02")
        #expect(expiring.visibility == .published)
        #expect(expiring.expires == HugoDate.parse("2024-06-02", in: .gmt)?.instant)
        #expect(try place(model, "content/a.md", "expiryDate: 2024-05-31").visibility != .published)
    }
}
