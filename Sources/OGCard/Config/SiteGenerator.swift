public import Foundation

/// The static-site generator a site uses, which decides where posts live and where ogcard writes.
public enum SiteGenerator: String, Hashable, Sendable, CaseIterable {
    /// Jekyll: `_config.yml`, `_posts/`.
    case jekyll
    /// Hugo: `hugo.toml` / `config.toml` (or `.yaml`, `.yml`, `.json`), `content/`.
    case hugo
    /// Neither recognised; Jekyll's defaults are used, as ogcard's first users are Jekyll blogs.
    case unknown

    /// Default post folders, relative to the site root.
    public var defaultPosts: [String] {
        self == .hugo ? ["content"] : ["_posts"]
    }

    /// Default folder for rendered cards, relative to the site root.
    /// Hugo copies `static/` to the site root, so both generators publish cards under `/assets/og`.
    public var defaultOutput: String {
        self == .hugo ? "static/assets/og" : "assets/og"
    }

    /// Default public URL path of the output folder.
    public var defaultImageURLPath: String { "/assets/og" }

    /// Default folder for HTML snippets, where each generator looks for includes/partials.
    public var defaultSnippets: String {
        self == .hugo ? "layouts/partials/ogcard" : "_includes/ogcard"
    }

    /// Where the JSON file mapping each post to its meta tags goes: the generator's data folder.
    public var defaultMetaJSON: String {
        switch self {
        case .jekyll: "_data/ogcard.json"
        case .hugo: "data/ogcard.json"
        case .unknown: "ogcard-meta.json"
        }
    }

    /// Detects the generator of the site at `root`. Config files decide before content folders,
    /// because a Jekyll site may well have a folder called `content`; a `content` folder alone means
    /// Hugo only without a `package.json`.
    public static func detect(in root: URL) -> SiteGenerator {
        let files = FileManager.default
        func exists(_ name: String) -> Bool { files.fileExists(atPath: root.appendingPathComponent(name).path) }
        if exists("_config.yml") || exists("_config.yaml") { return .jekyll }
        if HugoConfigFile.names.contains(where: exists) || HugoConfigFile.hasDirectory(in: root) { return .hugo }
        if exists("_posts") { return .jekyll }
        // Hugo cannot build without a config file, while Next, Astro and Nuxt sites (package.json)
        // often keep their Markdown in `content/` too.
        if exists("content") && !exists("package.json") { return .hugo }
        return .unknown
    }
}
