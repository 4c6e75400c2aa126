import Foundation
import OGCard

/// `ogcard.yml`, the generator configs ogcard reads (Jekyll's `_config.yml`, Hugo's `hugo.toml`),
/// and the `ogcard.yml` that `ogcard init` writes from them.
///
/// Input: one text, read as all three files. For `ogcard init`, it is written as `_config.yml`
/// and as `hugo.toml` into two scratch sites and surveyed as `ogcard init` does.
///
/// Properties:
/// - `ogcard.yml` loads or fails with a `Diagnostic`; a config that loads gives the same
///   config when loaded again and a URL resolver (its URL was checked);
/// - the generator readers (run by the survey) fail only with a `Diagnostic` naming the line;
/// - the `ogcard.yml` that `ogcard init` writes from a site's config loads, with the URL, name,
///   author and Twitter handle it found; written from a loaded `ogcard.yml`'s values and design,
///   it reads back the same values and design: init never loses or changes what it was made from.
enum SiteConfigTarget: FuzzTarget {
    static let name = "config"
    static let summary = "ogcard.yml + _config.yml + hugo.toml readers; init's ogcard.yml reads back the same"

    /// A site root that does not exist, for parsing text that names no files.
    static let root = URL(fileURLWithPath: "/nonexistent/fuzz-site", isDirectory: true)

    /// Two scratch sites for `ogcard init`, one per generator config; removed when the run ends.
    static let scratch: URL = {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ogcard-fuzz-config-\(getpid())")
        for site in ["jekyll", "hugo"] {
            try? FileManager.default.createDirectory(at: folder.appendingPathComponent(site), withIntermediateDirectories: true)
        }
        atexit { try? FileManager.default.removeItem(at: SiteConfigTarget.scratch) }
        return folder
    }()

    static func test(_ data: [UInt8]) {
        let text = String(decoding: data, as: UTF8.self)
        checkSiteConfig(text)
        // Surveying runs GeneratorConfigReader.readJekyll / readHugo on the files.
        checkInit(data, site: "jekyll", configFile: "_config.yml")
        checkInit(data, site: "hugo", configFile: "hugo.toml")
    }

    /// Surveys a site whose generator config is `data`, as `ogcard init` does, and loads what it would write.
    static func checkInit(_ data: [UInt8], site: String, configFile: String) {
        let folder = scratch.appendingPathComponent(site)
        do {
            try Data(data).write(to: folder.appendingPathComponent(configFile))
        } catch {
            FuzzCheck.require(false, "cannot write the scratch site's \(configFile): \(error)")
        }
        let survey: SiteSurvey
        do {
            survey = try SiteSurvey.inspect(root: folder)
        } catch {
            return  // A config that does not parse or is not UTF-8: init reports it (file:line) and writes nothing.
        }
        checkWritten(survey, design: nil)
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
        checkInitRoundTrip(config)
    }

    /// Writes what `ogcard init` would from a loaded config's values (it keeps, as init does, only
    /// an absolute http(s) URL) and loads it back.
    static func checkInitRoundTrip(_ config: SiteConfig) {
        var survey = SiteSurvey(root: root, generator: .jekyll)
        survey.generatorConfig = "_config.yml"
        if let url = config.url, (try? SiteURLResolver(siteURL: url, allowRelativeURLs: false)) != nil { survey.url = url }
        survey.name = config.name
        survey.author = config.author
        survey.twitter = config.twitter
        if let design = config.design { survey.design = design }
        checkWritten(survey, design: config.design)
    }

    /// The ogcard.yml `survey` writes loads, with the survey's values (and `design`, when given).
    static func checkWritten(_ survey: SiteSurvey, design: SiteDesign?) {
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
        FuzzCheck.require(loaded.twitter == survey.twitter, "twitter \(String(describing: survey.twitter)) reads back as \(String(describing: loaded.twitter))")
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
