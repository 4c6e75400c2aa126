import Foundation
import OGCard

/// `ogcard.yml`, the generator configs ogcard reads (Jekyll's `_config.yml`, Hugo's `hugo.toml`),
/// and the `ogcard.yml` that `ogcard init` writes from them.
///
/// Input: one text, read as all three files.
///
/// Properties:
/// - `ogcard.yml` loads or fails with a `SiteConfigError`; a config that loads gives the same
///   config when loaded again and a URL resolver (its URL was checked);
/// - the generator readers never fail on Hugo TOML and fail only with `SiteConfigError` on YAML;
/// - what `ogcard init` would write from the values found (URL, name, author, design) loads back
///   with the same values: the written file never loses or changes what it was made from.
enum SiteConfigTarget: FuzzTarget {
    static let name = "config"
    static let summary = "ogcard.yml + _config.yml + hugo.toml readers; init's ogcard.yml reads back the same"

    static let root = URL(fileURLWithPath: "/nonexistent/fuzz-site", isDirectory: true)

    static func test(_ data: [UInt8]) {
        let text = String(decoding: data, as: UTF8.self)
        checkSiteConfig(text)
        let hugo = GeneratorConfigReader.readHugo(toml: text)
        checkInitRoundTrip(hugo, generator: .hugo, design: nil)
        do {
            let jekyll = try GeneratorConfigReader.readJekyll(yaml: text, file: "_config.yml")
            checkInitRoundTrip(jekyll, generator: .jekyll, design: nil)
        } catch {
            // A SiteConfigError naming the line: the expected answer for YAML that does not parse.
        }
    }

    static func checkSiteConfig(_ text: String) {
        let config: SiteConfig
        do {
            config = try SiteConfigLoader.parse(yaml: text, file: "ogcard.yml", root: root, defaults: SiteDefaults(generator: .jekyll))
        } catch {
            return
        }
        do {
            let again = try SiteConfigLoader.parse(yaml: text, file: "ogcard.yml", root: root, defaults: SiteDefaults(generator: .jekyll))
            FuzzCheck.require(again == config, "the same ogcard.yml loaded as a different config")
        } catch {
            FuzzCheck.require(false, "the same ogcard.yml failed the second time: \(error)")
        }
        do {
            _ = try config.urlResolver()
        } catch {
            FuzzCheck.require(false, "ogcard.yml accepted url \(config.url ?? "nil") but the resolver refuses it: \(error)")
        }
        checkInitRoundTrip(SiteDefaults(generator: .jekyll, url: config.url, name: config.name, author: config.author),
                           generator: .jekyll, design: config.design)
    }

    /// Writes what `ogcard init` would from `defaults` (keeping, as it does, only an absolute http(s)
    /// URL) and loads it back.
    static func checkInitRoundTrip(_ defaults: SiteDefaults, generator: SiteSurvey.Generator, design: SiteDesign?) {
        var survey = SiteSurvey(root: root, generator: generator)
        survey.generatorConfig = generator == .hugo ? "hugo.toml" : "_config.yml"
        if let url = defaults.url {
            var trimmed = url.trimmingCharacters(in: .whitespaces)
            while trimmed.hasSuffix("/") { trimmed.removeLast() }
            if !trimmed.isEmpty, (try? SiteURLResolver(siteURL: trimmed, allowRelativeURLs: false)) != nil { survey.url = trimmed }
        }
        survey.name = defaults.name
        survey.author = defaults.author
        if let design { survey.design = design }
        let written = survey.configText()
        let loaded: SiteConfig
        do {
            loaded = try SiteConfigLoader.parse(yaml: written, file: "ogcard.yml", root: root, defaults: SiteDefaults(generator: .jekyll))
        } catch {
            FuzzCheck.require(false, "init would write an ogcard.yml that does not load: \(error)\n--- written:\n\(written)")
            return
        }
        FuzzCheck.require(loaded.url == survey.url, "url \(String(describing: survey.url)) reads back as \(String(describing: loaded.url))")
        FuzzCheck.require(loaded.name == survey.name, "name \(String(describing: survey.name)) reads back as \(String(describing: loaded.name))")
        FuzzCheck.require(loaded.author == survey.author, "author \(String(describing: survey.author)) reads back as \(String(describing: loaded.author))")
        if let design {
            FuzzCheck.require(sameDesign(loaded.design, design), "design \(design) reads back as \(String(describing: loaded.design))")
        }
    }

    /// Designs compared by effect: a style and a parameter mapping by their canonical key.
    static func sameDesign(_ loaded: SiteDesign?, _ written: SiteDesign) -> Bool {
        if let key = canonicalKey(written) { return loaded.flatMap(canonicalKey) == key }
        return loaded == written
    }

    /// The canonical key of an opengraphimg design (a bare style is that style's defaults); nil for others.
    static func canonicalKey(_ design: SiteDesign) -> String? {
        switch design {
        case .parameters(let parameters):
            return parameters.canonicalKey
        case .style(let style):
            var parameters = OpenGraphImageDesign()
            parameters.style = style
            return parameters.canonicalKey
        case .ogcard, .layoutFile:
            return nil
        }
    }
}
