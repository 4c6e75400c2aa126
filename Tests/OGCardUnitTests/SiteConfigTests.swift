import Foundation
import OGCard
import OGCardTestSupport
import Testing

/// ogcard.yml parsing, validation and discovery, and zero-config defaults from Jekyll and Hugo.
@Suite struct SiteConfigTests {
    @Test func everyKey() throws {
        let config = try ConfigText.parse(
            """
            # comment
            url: https://example.com/blog/
            name: Jeff's Blog
            posts:
              - _posts
              - "_drafts/*.md"
            output: assets/cards
            image_url_path: /assets/cards
            file_name: "{year}-{slug}.png"
            author: Jeff
            twitter: "@webology"
            design: modern
            rewrite: missing
            add_missing_image: true
            allow_relative_urls: yes
            snippets: _includes/cards
            meta_json: _data/ogcard.json
            layouts: _layouts
            logos:
              https://example.com/logo.png: assets/logo.png
            """)
        #expect(config.url == "https://example.com/blog")
        #expect(config.name == "Jeff's Blog")
        #expect(config.posts == ["_posts", "_drafts/*.md"])
        #expect(config.output == "assets/cards")
        #expect(config.imageURLPath == "/assets/cards")
        #expect(config.fileName == "{year}-{slug}.png")
        #expect(config.author == "Jeff")
        #expect(config.twitter == "@webology")
        #expect(config.design == .style(.modern))
        #expect(config.rewrite == .missing)
        #expect(config.addMissingImage)
        #expect(config.allowRelativeURLs)
        #expect(config.snippets == "_includes/cards")
        #expect(config.metaJSON == "_data/ogcard.json")
        #expect(config.layouts == "_layouts")
        #expect(config.logos == ["https://example.com/logo.png": "assets/logo.png"])
        #expect(
            try config.urlResolver().absolute("/assets/cards/x.png") == "https://example.com/blog/assets/cards/x.png")
    }

    @Test func defaultsForJekyll() throws {
        let config = try ConfigText.parse("")
        #expect(config.posts == ["_posts"])
        #expect(config.output == "assets/og")
        #expect(config.imageURLPath == "/assets/og")
        #expect(config.fileName == "{slug}.png")
        #expect(config.snippets == "_includes/ogcard")
        #expect(config.rewrite == .opengraphimg)
        #expect(!config.addMissingImage && !config.allowRelativeURLs)
        #expect(config.design == nil && config.layouts == nil && config.logos.isEmpty)
        #expect(config.metaJSON == "_data/ogcard.json")
        #expect(try ConfigText.parse("url:\nname: ~\n").url == nil)
    }

    @Test func defaultsForHugoAndFallbacks() throws {
        let defaults = SiteDefaults(
            generator: .hugo, url: "https://hugo.example", name: "Hugo Site", author: "Ann", twitter: "ann")
        let config = try ConfigText.parse("name: Mine\n", defaults: defaults)
        #expect(config.posts == ["content"])
        #expect(config.output == "static/assets/og")
        #expect(config.snippets == "layouts/partials/ogcard")
        #expect(config.name == "Mine")
        #expect(config.url == "https://hugo.example")
        #expect(config.author == "Ann")
        #expect(config.twitter == "ann")
    }

    @Test func designForms() throws {
        #expect(try ConfigText.parse("design: ogcard").design == .ogcard)
        for style in OpenGraphImageStyle.allCases {
            #expect(try ConfigText.parse("design: \(style.rawValue)").design == .style(style))
        }
        let mapping = try ConfigText.parse(
            """
            design:
              style: custom
              background: 00C389FF
              boxBackground: 071D49FF
              titleMargin: -mt-12
              tagsSize: text-3xl
              atSymbol: true
              authorSize: text-3xl
            """)
        guard case .parameters(let design)? = mapping.design else {
            Issue.record("expected parameters")
            return
        }
        #expect(design.style == .custom)
        #expect(design.background == RGBAColor(red: 0, green: 0xC3, blue: 0x89))
        #expect(design.titleMargin?.margins.top == -48)
        #expect(design.atSymbol == true)
        #expect(design.authorSize?.fontSize == 30)
        let number = try ConfigText.parse("design:\n  background: 000000\n")
        #expect(
            number.design
                == .parameters(
                    {
                        var d = OpenGraphImageDesign(); d.background = .black; return d
                    }()))
        let url = try ConfigText.parse("design: https://generator.opengraphimg.com/?style=modern&atSymbol=true")
        guard case .parameters(let fromURL)? = url.design else {
            Issue.record("expected parameters")
            return
        }
        #expect(fromURL.canonicalKey == "style=modern&atSymbol=true")
    }

    @Test func unknownKeyNamesTheLine() throws {
        let error = try #require(ConfigText.failure("url: https://example.com\nname: x\n\nouptut: assets\n"))
        #expect(error.line == 4)
        #expect(error.key == "ouptut")
        #expect(
            error.description == "ogcard.yml:4: checking the config: key 'ouptut': unknown key; did you mean 'output'?")
        #expect(
            ConfigText.failure("colour: red")?.description
                == "ogcard.yml:1: checking the config: key 'colour': unknown key")
    }

    @Test(arguments: [
        ("url: example.com", 1, "url"),
        ("name: x\nurl: ftp://example.com", 2, "url"),
        ("url: [a, b]", 1, "url"),
        ("posts: {a: b}", 1, "posts"),
        ("posts: []", 1, "posts"),
        ("output: /abs", 1, "output"),
        ("output: ../outside", 1, "output"),
        ("image_url_path: assets/og", 1, "image_url_path"),
        ("file_name: card.jpg", 1, "file_name"),
        ("file_name: card.png", 1, "file_name"),
        ("file_name: '{title}.png'", 1, "file_name"),
        ("file_name: 'og/{slug}.png'", 1, "file_name"),
        ("twitter: not a handle", 1, "twitter"),
        ("twitter: '@waytoolonghandle123'", 1, "twitter"),
        ("design: fancy", 1, "design"),
        ("design: [modern]", 1, "design"),
        ("\n\ndesign:\n  style: modern\n  background: red\n", 5, "design.background"),
        ("design:\n  colour: red\n", 2, "design.colour"),
        ("design:\n  titleSize: text-7xl\n", 2, "design.titleSize"),
        ("design:\n  style: fancy\n", 2, "design.style"),
        ("design:\n  title: Hi\n", 2, "design.title"),
        ("rewrite: some", 1, "rewrite"),
        ("add_missing_image: maybe", 1, "add_missing_image"),
        ("allow_relative_urls: 1", 1, "allow_relative_urls"),
        ("snippets: {}", 1, "snippets"),
        ("logos: [a]", 1, "logos"),
        ("logos:\n  logo.png: x.png\n", 2, "logos.logo.png"),
        ("name: a\nname: b\n", 2, "name"),
        ("name: a\ndesign:\n  style: modern\n  style: custom\n", 4, "style"),
    ])
    func badValues(yaml: String, line: Int, key: String) throws {
        let error = try #require(ConfigText.failure(yaml))
        #expect(error.line == line, "\(error)")
        #expect(error.key == key, "\(error)")
        #expect(error.step == .checkConfig)
        #expect(error.description.hasPrefix("ogcard.yml:\(line): checking the config: key '\(key)': "), "\(error)")
    }

    @Test func invalidYAMLHasALine() throws {
        let error = try #require(ConfigText.failure("url: https://example.com\nname: [unclosed\nposts: x\n"))
        #expect(error.step == .readConfig)
        #expect(error.line != nil)
        #expect(error.description.hasPrefix("ogcard.yml:"))
        let notMapping = try #require(ConfigText.failure("- a\n- b\n"))
        #expect(notMapping.line == 1)
    }

    @Test func discoveryWalksUp() throws {
        let site = try TemporarySite()
        try site.write("_config.yml", "title: Jekyll Title\nurl: https://jekyll.example\n")
        let file = try site.write("ogcard.yml", "name: From ogcard\ndesign: modern\n")
        let deep = try site.write("_posts/2020/deep/")
        #expect(SiteConfigLoader.findConfigFile(from: deep)?.path == file.standardizedFileURL.path)
        let config = try SiteConfigLoader.discover(from: deep)
        #expect(config.root.path == site.root.standardizedFileURL.path)
        #expect(config.configFile != nil)
        #expect(config.name == "From ogcard")
        #expect(config.url == "https://jekyll.example")
        #expect(config.generator == .jekyll)
        #expect(config.design == .style(.modern))
    }

    @Test func explicitFileAndErrorPath() throws {
        let site = try TemporarySite()
        let file = try site.write("config/ogcard.yml", "name: x\nbogus: 1\n")
        do {
            _ = try SiteConfigLoader.load(file: file)
            Issue.record("expected an error")
        } catch {
            #expect(error.description == "\(file.path):2: checking the config: key 'bogus': unknown key")
        }
        #expect(throws: Diagnostic.self) {
            try SiteConfigLoader.load(file: site.root.appendingPathComponent("missing.yml"))
        }
    }

    @Test func zeroConfigJekyll() throws {
        let site = try TemporarySite()
        try site.write(
            "_config.yml",
            """
            title: Webology
            url: "https://jefftriplett.com/"
            baseurl: "/blog/"
            author:
              name: Jeff Triplett
              email: x@example.com
            twitter:
              username: webology
            plugins: [jekyll-feed]
            """)
        try site.write("_posts/2020-01-01-a.md", "---\ntitle: A\n---\n")
        let config = try SiteConfigLoader.discover(from: site.root.appendingPathComponent("_posts"))
        #expect(config.configFile == nil)
        #expect(config.generator == .jekyll)
        #expect(config.root.path == site.root.standardizedFileURL.path)
        #expect(config.url == "https://jefftriplett.com/blog")
        #expect(config.name == "Webology")
        #expect(config.author == "Jeff Triplett")
        #expect(config.twitter == "webology")
        #expect(config.posts == ["_posts"])
        #expect(config.output == "assets/og")
        #expect(config.snippets == "_includes/ogcard")
    }

    @Test func jekyllVariants() throws {
        let a = try GeneratorConfigReader.readJekyll(
            yaml: "url: https://a.example\nauthor: Ann\ntwitter_username: ann\n", file: "_config.yml")
        #expect(a.url == "https://a.example" && a.author == "Ann" && a.twitter == "ann")
        let b = try GeneratorConfigReader.readJekyll(yaml: "twitter: bob\nbaseurl: ''\nurl: ''\n", file: "_config.yml")
        #expect(b.twitter == "bob" && b.url == nil)
        #expect(throws: Diagnostic.self) {
            try GeneratorConfigReader.readJekyll(yaml: "a: [b\n", file: "_config.yml")
        }
    }

    @Test func zeroConfigHugo() throws {
        let site = try TemporarySite()
        try site.write(
            "hugo.toml",
            """
            baseURL = 'https://hugo.example/'
            languageCode = "en-us"
            title = "My \\"Hugo\\" Site" # trailing comment
            enableEmoji = true

            [[menu.main]]
              name = "Not the author"

            [params]
              author = "Ann Author"
              description = "x"

            [social]
              twitter = "annhugo"
            """)
        try site.write("content/posts/a.md", "+++\ntitle = 'A'\n+++\n")
        let config = try SiteConfigLoader.discover(from: site.root.appendingPathComponent("content/posts"))
        #expect(config.generator == .hugo)
        #expect(config.url == "https://hugo.example")
        #expect(config.name == "My \"Hugo\" Site")
        #expect(config.author == "Ann Author")
        #expect(config.twitter == "annhugo")
        #expect(config.posts == ["content"])
        #expect(config.snippets == "layouts/partials/ogcard")
        #expect(config.output == "static/assets/og")
    }

    @Test func hugoVariants() throws {
        let nested = try GeneratorConfigReader.readHugo(
            toml: """
                baseurl = "https://h.example"
                [params.author]
                name = "Nested"
                [params.social]
                twitter = "@nested"
                """, file: "hugo.toml")
        #expect(nested.author == "Nested")
        #expect(nested.twitter == "@nested")
        let config = try GeneratorConfigReader.readHugo(toml: "[Params]\nTwitter = 'p'\n", file: "hugo.toml")
        #expect(config.twitter == "p")
        #expect(config.url == nil)
    }

    @Test func generatorDetection() throws {
        let empty = try TemporarySite()
        #expect(SiteGenerator.detect(in: empty.root) == .unknown)
        let unknown = try SiteConfigLoader.discover(from: empty.root)
        #expect(unknown.generator == .unknown)
        #expect(unknown.posts == ["_posts"])
        let posts = try TemporarySite()
        try posts.write("_posts/")
        #expect(SiteGenerator.detect(in: posts.root) == .jekyll)
        let content = try TemporarySite()
        try content.write("content/")
        #expect(SiteGenerator.detect(in: content.root) == .hugo)
        let both = try TemporarySite()
        try both.write("content/")
        try both.write("_config.yml", "title: x\n")
        #expect(SiteGenerator.detect(in: both.root) == .jekyll)
        let hugo = try TemporarySite()
        try hugo.write("config.toml", "title = 'x'\n")
        #expect(SiteGenerator.detect(in: hugo.root) == .hugo)
    }

    @Test func ogcardYmlOverridesGeneratorConfig() throws {
        let site = try TemporarySite()
        try site.write("hugo.toml", "baseURL = 'https://hugo.example/'\ntitle = 'Hugo'\n")
        let file = try site.write("ogcard.yml", "url: https://cards.example\nposts: content/posts\n")
        let config = try SiteConfigLoader.load(file: file)
        #expect(config.url == "https://cards.example")
        #expect(config.name == "Hugo")
        #expect(config.posts == ["content/posts"])
        #expect(config.generator == .hugo)
    }
}
