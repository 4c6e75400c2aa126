extension SiteSurvey {
    /// The generators `ogcard init` knows. Wider than `SiteGenerator`: Eleventy has no fixed
    /// layout for ogcard to assume at build time, so it is only known here, where every
    /// folder is written into ogcard.yml explicitly.
    package enum Generator: String, Hashable, Sendable, CaseIterable {
        /// Jekyll: `_config.yml`, `_posts/`, `_includes/`, `_data/`.
        case jekyll
        /// Hugo: `hugo.toml` or `config.toml`, `content/`, `layouts/partials/`, `data/`, `static/`.
        case hugo
        /// Eleventy: `eleventy.config.js` or `.eleventy.js`, `_includes/` and `_data/` in its input folder.
        case eleventy
        /// None of the above: Jekyll's folders are assumed.
        case unknown

        /// The name shown to users.
        package var displayName: String {
            switch self {
            case .jekyll: "Jekyll"
            case .hugo: "Hugo"
            case .eleventy: "Eleventy"
            case .unknown: "an unknown generator"
            }
        }

        /// Post folders assumed until the site shows others.
        package var defaultPosts: [String] {
            switch self {
            case .hugo: ["content"]
            case .eleventy: ["posts"]
            case .jekyll, .unknown: ["_posts"]
            }
        }

        /// Where cards go. Hugo publishes `static/` at the site root; Eleventy needs a passthrough copy.
        package var defaultOutput: String {
            self == .hugo ? "static/assets/og" : "assets/og"
        }

        /// Where snippets go: the folder the generator includes partials from.
        package var defaultSnippets: String {
            self == .hugo ? "layouts/partials/ogcard" : "_includes/ogcard"
        }

        /// Where the meta-tag JSON goes: the generator's data folder, so templates can read it.
        package var defaultMetaJSON: String {
            self == .hugo ? "data/ogcard.json" : "_data/ogcard.json"
        }
    }
}
