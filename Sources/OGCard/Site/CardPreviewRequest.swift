import Foundation

/// What `ogcard preview` is asked to draw, as typed on the command line. `CardPreview(_:)` draws
/// it; `usageProblem` says what is wrong with it before anything is read.
package struct CardPreviewRequest: Sendable, Hashable {
    /// A post file or an opengraphimg URL; nil to draw from the options alone.
    package var source: String?
    /// The title, over the post's or the URL's.
    package var title: String?
    /// The author, over the post's or the URL's.
    package var author: String?
    /// Tags separated by commas, over the post's or the URL's.
    package var tags: String?
    /// The site name.
    package var siteName: String?
    /// The date, as a post's front matter writes it (`2024-05-01`).
    package var date: String?
    /// A design name (`CardDesign.named(_:)`).
    package var design: String?
    /// A layout file to draw instead of a built-in design.
    package var layoutFile: String?
    /// Layout parameters, `NAME=VALUE` each.
    package var settings: [String]
    /// Put `@` before the author.
    package var atSymbol: Bool
    /// The ogcard.yml for a post; by default the one found walking up from the post.
    package var configFile: String?
    /// The card's language (`ja`, `ar`), over the post's.
    package var language: String?

    /// A request; everything is optional, but a source or a title is needed (`usageProblem`).
    package init(
        source: String? = nil, title: String? = nil, author: String? = nil, tags: String? = nil,
        siteName: String? = nil,
        date: String? = nil, design: String? = nil, layoutFile: String? = nil, settings: [String] = [],
        atSymbol: Bool = false, configFile: String? = nil, language: String? = nil
    ) {
        self.language = language
        self.source = source
        self.title = title
        self.author = author
        self.tags = tags
        self.siteName = siteName
        self.date = date
        self.design = design
        self.layoutFile = layoutFile
        self.settings = settings
        self.atSymbol = atSymbol
        self.configFile = configFile
    }

    /// The first thing wrong with the request as typed (a usage error), or nil.
    package var usageProblem: String? {
        if source == nil && title == nil { return "Give a post, an opengraphimg URL, or --title." }
        if let design, CardDesign.named(design) == nil { return CardDesign.unknownNameMessage(design) }
        if let date, PostDate(parsing: date) == nil { return "--date '\(date)' is not a date such as 2024-05-01." }
        if let language, !LayoutFileParser.isLanguageTag(language) {
            return "--lang '\(language)' is not a language tag such as ja, zh-Hant or ar."
        }
        if let setting = settings.first(where: { LayoutValue.binding(commandLine: $0) == nil }) {
            return "--set '\(setting)' is not NAME=VALUE."
        }
        return nil
    }

    /// Where the card comes from: an opengraphimg URL, a post file, or the options alone.
    enum Source: Hashable {
        case url(String)
        case post(String)
        case options
    }

    /// What `source` is: an opengraphimg URL exactly when the URL parser recognises it.
    var sourceKind: Source {
        guard let source else { return .options }
        return OpenGraphImageURL.isOpenGraphImageURL(source) ? .url(source) : .post(source)
    }

    /// The `--set` bindings, typed; a later one wins.
    var bindings: [String: LayoutValue] {
        Dictionary(settings.compactMap { LayoutValue.binding(commandLine: $0) }, uniquingKeysWith: { $1 })
    }

    /// `content` with the request's title, author, tags, site and date over it. A date is shown
    /// as a post's would be (`May 1, 2024`) and drawn by layouts' own `format:` from its instant.
    func overriding(_ content: CardContent) -> CardContent {
        var content = content
        // Read as a post's title is: `<code>x</code>` previews as the card of such a post would.
        if let title { content.styledTitle = TitleMarkup.parse(title) }
        if let language, !language.isEmpty { content.language = language }
        if let author { content.author = author }
        if let tags {
            content.tags = tags.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter {
                !$0.isEmpty
            }
        }
        if let siteName { content.siteName = siteName }
        if let date, let parsed = PostDate(parsing: date) {
            content.date = parsed.displayText
            content.publicationDate = parsed.date
            content.publicationUTCOffset = parsed.utcOffsetSeconds
        }
        return content
    }
}
