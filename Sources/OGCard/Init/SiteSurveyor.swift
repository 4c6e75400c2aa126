import Foundation
import Yams

/// The steps of `SiteSurvey.inspect`: detect the generator, read its config, find the posts,
/// and look at the posts' `image:` lines for the opengraphimg design to keep.
struct SiteSurveyor {
    /// The site root.
    let root: URL

    private func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path)
    }

    private func isFolder(_ path: String) -> Bool {
        var folder: ObjCBool = false
        return FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path, isDirectory: &folder)
            && folder.boolValue
    }

    /// Config files decide before content folders, as in `SiteGenerator.detect`.
    func detect() -> SiteSurvey.Generator {
        if exists("_config.yml") || exists("_config.yaml") { return .jekyll }
        if HugoConfigFile.names.contains(where: exists) { return .hugo }
        if EleventyProject.configFile(in: root) != nil { return .eleventy }
        if isFolder("_posts") { return .jekyll }
        if isFolder("content") { return .hugo }
        return .unknown
    }

    func survey() throws(Diagnostic) -> SiteSurvey {
        let generator = detect()
        var survey = SiteSurvey(root: root, generator: generator)
        switch generator {
        case .jekyll, .hugo:
            let names = generator == .jekyll ? ["_config.yml", "_config.yaml"] : HugoConfigFile.names
            survey.generatorConfig = names.first(where: exists)
            let defaults = try GeneratorConfigReader.read(root: root)
            apply(
                url: defaults.url, name: defaults.name, author: defaults.author, twitter: defaults.twitter, to: &survey)
            if generator == .jekyll, let folders = defaults.posts {
                survey.posts = folders
            }
            if generator == .hugo {
                // Hugo's `content/` also holds pages; a section folder of posts is the better guess.
                if let section = ["content/posts", "content/post", "content/blog"].first(where: isFolder) {
                    survey.posts = [section]
                }
            }
        case .eleventy:
            surveyEleventy(&survey)
        case .unknown:
            survey.notes.append(
                "no Jekyll, Hugo or Eleventy site found here; Jekyll's folders are assumed, so check posts, output and snippets"
            )
        }
        if survey.generatorConfig == nil, generator == .jekyll || generator == .hugo {
            survey.notes.append("no \(generator.displayName) config file found; set url, name and author here")
        }
        for folder in survey.posts where !isFolder(folder) {
            survey.notes.append("the posts folder '\(folder)' does not exist; set posts to where your posts are")
        }
        if survey.url == nil {
            survey.notes.append(
                "no site URL found: og:image must be an absolute URL, so set url before running ogcard build")
        }
        surveyDesign(&survey)
        if generator == .jekyll { surveySeoTag(&survey) }
        return survey
    }

    /// jekyll-seo-tag in `plugins:` (or the older `gems:`) of `_config.yml`, or `{% seo %}` in a layout.
    private func surveySeoTag(_ survey: inout SiteSurvey) {
        let listed = ["_config.yml", "_config.yaml"].contains { name in
            guard let text = try? RegularFile.text(root.appendingPathComponent(name)),
                YAMLSizeGuard.check(text.utf8, limits: .files) == nil,
                let mapping = (try? Yams.compose(yaml: text))??.mapping
            else { return false }
            return ["plugins", "gems"].contains { key in
                mapping[key]?.sequence?.contains { $0.scalar?.string == "jekyll-seo-tag" } == true
            }
        }
        let templates = LiquidTemplates(root: root)
        let used = templates.layouts.contains { templates.reached(from: $0).contains { $0.kind == .seoTag } }
        guard listed || used else { return }
        survey.usesSeoTag = true
        survey.notes.append(
            "this site uses jekyll-seo-tag, which names og:image only from a post's image:, so add_missing_image is set: every post's image: points at its card (a post's own picture is kept)"
        )
    }

    /// Eleventy keeps `_includes/` and `_data/` in its input folder, and copies only what a
    /// passthrough copy names, so every folder is placed under the input folder.
    private func surveyEleventy(_ survey: inout SiteSurvey) {
        guard let config = EleventyProject.configFile(in: root) else { return }
        survey.generatorConfig = config
        let text = (try? RegularFile.text(root.appendingPathComponent(config))) ?? ""
        let input = EleventyProject.inputFolder(configText: text)
        func inInput(_ path: String) -> String { input.isEmpty ? path : input + "/" + path }
        survey.output = inInput("assets/og")
        survey.snippets = inInput("_includes/ogcard")
        survey.metaJSON = inInput("_data/ogcard.json")
        let candidates = ["posts", "blog", "content/blog", "content/posts", "_posts"].map(inInput)
        if let posts = candidates.first(where: isFolder) {
            survey.posts = [posts]
        } else {
            survey.posts = [inInput("posts")]
        }
        if let metadata = EleventyProject.metadata(in: root.appendingPathComponent(inInput("_data"))) {
            apply(
                url: metadata.url, name: metadata.name, author: metadata.author, twitter: metadata.twitter, to: &survey)
        }
    }

    /// Keeps the values that ogcard.yml would accept and says why it leaves out the others.
    private func apply(url: String?, name: String?, author: String?, twitter: String?, to survey: inout SiteSurvey) {
        let source = survey.generatorConfig ?? "the generator's config"
        if let url {
            var trimmed = url.trimmingCharacters(in: .whitespaces)
            while trimmed.hasSuffix("/") { trimmed.removeLast() }
            if SiteURLResolver.isAbsoluteHTTP(trimmed) {
                survey.url = trimmed
                let host = trimmed.lowercased().split(separator: "/").dropFirst().first ?? ""
                if ["example.com", "example.org", "www.example.com", "www.example.org"].contains(host)
                    || host.hasPrefix("localhost")
                {
                    survey.notes.append(
                        "the site URL \(trimmed) from \(source) looks like a placeholder; set your real URL")
                }
            } else {
                survey.notes.append(
                    "the site URL '\(url)' in \(source) is not an absolute http(s) URL, so it is left out")
            }
        }
        survey.name = name
        survey.author = author
        if let twitter {
            if let handle = Self.twitterHandle(twitter) {
                survey.twitter = handle
            } else {
                survey.notes.append("'\(twitter)' in \(source) is not a Twitter handle, so it is left out")
            }
        }
    }

    /// `@name` from `name`, `@name` or a twitter.com / x.com profile URL; nil when not a handle.
    static func twitterHandle(_ text: String) -> String? {
        var handle = Substring(text.trimmingCharacters(in: .whitespaces))
        for prefix in ["https://", "http://", "www.", "twitter.com/", "x.com/", "@"]
        where handle.lowercased().hasPrefix(prefix) {
            handle = handle.dropFirst(prefix.count)
        }
        while handle.hasSuffix("/") { handle = handle.dropLast() }
        guard (1...15).contains(handle.count),
            handle.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") })
        else { return nil }
        return "@" + handle
    }

    /// The design most posts' opengraphimg URLs share becomes the site's: their cards keep
    /// looking the same after ogcard replaces the URLs. Posts that cannot be read are skipped:
    /// `ogcard build` reports them properly.
    private func surveyDesign(_ survey: inout SiteSurvey) {
        var designs: [OpenGraphImageDesign] = []
        for folder in survey.posts {
            let directory = root.appendingPathComponent(folder)
            guard isFolder(folder), let files = try? PostReader.postFiles(in: directory) else { continue }
            for file in files {
                guard let post = try? PostReader.read(contentsOf: file) else { continue }
                survey.postsRead += 1
                guard let image = post.image?.path, OpenGraphImageURL.isOpenGraphImageURL(image),
                    let url = try? OpenGraphImageURL.parse(image)
                else { continue }
                designs.append(url.parameters.design)
            }
        }
        survey.openGraphImagePosts = designs.count
        guard let design = DesignMigration.majority(designs, key: \.canonicalKey) else { return }
        // A design that is just a style's defaults reads better as its name.
        survey.design = design.canonicalItems.count == 1 ? .style(design.effectiveStyle) : .parameters(design)
    }
}
