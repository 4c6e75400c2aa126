import Foundation
import Testing

@testable import OGCard

/// Everything `HugoSiteSettings` holds, read from hugo.toml, hugo.yaml or hugo.json with Hugo's
/// case-insensitive keys; a zero-config Hugo site's posts are its content folders.
@Suite struct HugoSiteSettingsTests {
    static let toml = """
        BaseURL = "https://x.org/blog/"
        contentdir = "./site-content/"
        DefaultContentLanguage = "ES"
        defaultContentLanguageInSubdir = true
        timeZone = "Asia/Tokyo"
        buildDrafts = true
        BUILDFUTURE = "true"
        removePathAccents = true
        disablePathToLower = true
        disableLanguages = ["fr"]
        [Permalinks]
        "/Posts/" = "/:year/:slug/"
        [uglyURLs]
        Notes = true
        [frontmatter]
        date = [":filename", ":default"]
        expiryDate = ["Ends"]
        [languages.es]
        weight = 1
        locale = "es-ES"
        [languages.pt-BR]
        weight = 2
        contentDir = "content_pt"
        baseURL = "https://pt.x.org/"
        languageCode = "pt-BR"
        timeZone = "America/Sao_Paulo"
        [languages.fr]
        weight = 3
        """

    func check(_ settings: HugoSiteSettings) {
        #expect(settings.baseURL == "https://x.org/blog/")
        #expect(settings.contentDir == "site-content")
        #expect(settings.defaultContentLanguage == "es")
        #expect(settings.defaultContentLanguageInSubdir)
        #expect(settings.timeZone == "Asia/Tokyo")
        #expect(settings.buildDrafts && settings.buildFuture && !settings.buildExpired)
        #expect(settings.sanitizer == HugoPathSanitizer(removePathAccents: true, disablePathToLower: true))
        #expect(settings.permalinks == ["posts": "/:year/:slug/"])
        #expect(!settings.uglyURLs && settings.isUgly(section: "notes") && !settings.isUgly(section: "posts"))
        #expect(
            settings.dateKeys == [":filename", "date", "publishdate", "pubdate", "published", "lastmod", "modified"])
        #expect(settings.publishDateKeys == ["publishdate", "pubdate", "published", "date"])
        #expect(settings.expiryDateKeys == ["ends"])
        #expect(settings.languages.map(\.code) == ["es", "pt-br", "fr"])
        #expect(settings.languages.map(\.disabled) == [false, false, true])
        #expect(settings.language("PT-BR")?.languageCode == "pt-BR")
        #expect(settings.language("es")?.languageCode == "es-ES")
        #expect(settings.language("pt-br")?.baseURL == "https://pt.x.org/")
        #expect(settings.isMultilingual && settings.isMultihost)
        #expect(settings.contentDirectories == ["site-content", "content_pt"])
        #expect(settings.zone(for: "pt-br")?.identifier == "America/Sao_Paulo")
        #expect(settings.zone(for: "es")?.identifier == "Asia/Tokyo")
    }

    @Test func toml() throws {
        check(try GeneratorConfigReader.readHugo(toml: Self.toml, file: "hugo.toml").hugo)
    }

    @Test func yaml() throws {
        let yaml = """
            baseURL: https://x.org/blog/
            contentDir: ./site-content/
            defaultContentLanguage: ES
            defaultContentLanguageInSubdir: yes
            timeZone: Asia/Tokyo
            buildDrafts: true
            buildFuture: "true"
            removePathAccents: true
            disablePathToLower: on
            disableLanguages: [fr]
            permalinks:
              /Posts/: /:year/:slug/
            uglyURLs: {notes: true}
            frontmatter:
              date: [":filename", ":default"]
              expiryDate: Ends
            languages:
              es: {weight: 1, locale: es-ES}
              pt-BR:
                weight: 2
                contentDir: content_pt
                baseURL: https://pt.x.org/
                languageCode: pt-BR
                timeZone: America/Sao_Paulo
              fr: {weight: 3}
            """
        check(try GeneratorConfigReader.readHugo(text: yaml, file: "hugo.yaml").hugo)
    }

    @Test func json() throws {
        let json = """
            {"baseURL": "https://x.org/blog/", "contentDir": "site-content", "defaultContentLanguage": "es",
             "defaultContentLanguageInSubdir": true, "timeZone": "Asia/Tokyo", "buildDrafts": true,
             "buildFuture": true, "removePathAccents": true, "disablePathToLower": true, "disableLanguages": ["fr"],
             "permalinks": {"posts": "/:year/:slug/"}, "uglyURLs": {"notes": true},
             "frontmatter": {"date": [":filename", ":default"], "expiryDate": ["ends"]},
             "languages": {"es": {"weight": 1, "locale": "es-ES"},
               "pt-BR": {"weight": 2, "contentDir": "content_pt", "baseURL": "https://pt.x.org/",
                         "languageCode": "pt-BR", "timeZone": "America/Sao_Paulo"},
               "fr": {"weight": 3}}}
            """
        check(try GeneratorConfigReader.readHugo(text: json, file: "config.json").hugo)
    }

    @Test func defaultsWithoutAConfig() {
        let settings = HugoSiteSettings()
        #expect(settings.contentDirectories == ["content"])
        #expect(settings.enabledLanguages.map(\.code) == ["en"])
        #expect(!settings.isMultilingual && !settings.isMultihost)
        #expect(settings.zone(for: nil)?.secondsFromGMT(for: Date()) == 0, "UTC, not the machine zone")
        #expect(settings.dateKeys == ["date", "publishdate", "pubdate", "published", "lastmod", "modified"])
        #expect(settings.expiryDateKeys == ["expirydate", "unpublishdate"])
    }

    @Test func yamlAndJSONConfigsAreDetectedAndTheirContentFoldersArePosts() throws {
        let site = try FileManager.default.url(
            for: .itemReplacementDirectory, in: .userDomainMask, appropriateFor: FileManager.default.temporaryDirectory,
            create: true)
        defer { try? FileManager.default.removeItem(at: site) }
        for folder in ["content", "content_es", "extra"] {
            try FileManager.default.createDirectory(
                at: site.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        let yaml =
            "baseURL: https://y.example/\nlanguages:\n  en: {weight: 1}\n  es: {weight: 2, contentDir: content_es}\n"
            + "  de: {weight: 3, contentDir: content_de}\n"
        try Data(yaml.utf8).write(to: site.appendingPathComponent("hugo.yaml"))
        #expect(SiteGenerator.detect(in: site) == .hugo)
        var config = try SiteConfigLoader.discover(from: site)
        #expect(config.url == "https://y.example")
        #expect(config.posts == ["content", "content_es"], "a missing language folder is no posts folder")
        let fromInside = try SiteConfigLoader.discover(from: site.appendingPathComponent("content_es"))
        #expect(fromInside.root.standardizedFileURL.path == site.standardizedFileURL.path)
        try FileManager.default.removeItem(at: site.appendingPathComponent("hugo.yaml"))
        try Data(#"{"baseURL": "https://j.example/", "contentDir": "extra"}"#.utf8)
            .write(to: site.appendingPathComponent("config.json"))
        config = try SiteConfigLoader.discover(from: site)
        #expect(config.generator == .hugo)
        #expect(config.posts == ["extra"])
        try Data("posts: [content]\n".utf8).write(to: site.appendingPathComponent("ogcard.yml"))
        config = try SiteConfigLoader.discover(from: site)
        #expect(config.posts == ["content"], "ogcard.yml's posts: wins")
    }
}
