public import Foundation

/// What a card says: the text it shows, taken from a post's front matter or given directly.
public struct CardContent: Hashable, Sendable {
    /// The title as drawn: plain text, never read as markup by the renderer (its styles are in
    /// `titleSpans`); a `<br>` of the post's title is a line break here. Setting it clears `titleSpans`, which belonged to the old text.
    public var title: String {
        didSet { titleSpans = [] }
    }
    /// Inline styles of the title (its `<code>`, `<em>`, `<strong>` and Markdown), as byte ranges
    /// of `title`; empty for a plain title.
    public var titleSpans: [TextSpan] = []
    /// The author's name, or empty.
    public var author: String
    /// Tags, in order.
    public var tags: [String]
    /// A description or excerpt, or empty.
    public var description: String
    /// The site's name, or empty.
    public var siteName: String
    /// The date as it should be shown, or empty.
    public var date: String
    /// The publication date itself, for layouts that format it their own way (`date` with a `format`).
    public var publicationDate: Date?
    /// The post's UTC offset in seconds, so a formatted date is the day the author wrote
    /// (`2017-06-02 23:30 -0600` stays June 2); UTC when nil.
    public var publicationUTCOffset: Int?
    /// Other front-matter values a layout may show, by key.
    public var extraFields: [String: String]
    /// The BCP 47 language of the text (`ja`, `ar`, …), which picks regional glyph forms;
    /// nil for ogcard's fixed default, so the process locale never changes a card.
    public var language: String?

    /// Creates card content.
    public init(
        title: String, author: String = "", tags: [String] = [], description: String = "",
        siteName: String = "", date: String = "", extraFields: [String: String] = [:],
        language: String? = nil, publicationDate: Date? = nil, publicationUTCOffset: Int? = nil
    ) {
        self.publicationDate = publicationDate
        self.publicationUTCOffset = publicationUTCOffset
        self.title = title
        self.author = author
        self.tags = tags
        self.description = description
        self.siteName = siteName
        self.date = date
        self.extraFields = extraFields
        self.language = language
    }

    /// The text of `field`, empty when the card has none.
    public func text(for field: CardField) -> String {
        switch field {
        case .title: title
        case .author: author
        case .description: description
        case .site: siteName
        case .date: date
        case .custom(let key): extraFields[key] ?? ""
        }
    }

    /// The title with its inline styles.
    public var styledTitle: StyledText {
        get { StyledText(title, spans: titleSpans) }
        set {
            title = newValue.text
            titleSpans = newValue.spans
        }
    }

    /// The text of `field`; a `date` with a `dateFormat` is formatted from `publicationDate`
    /// (in the post's own UTC offset and the POSIX locale, so a card never depends on the
    /// machine's time zone or language).
    public func text(for field: CardField, dateFormat: String?) -> String {
        guard field == .date, let dateFormat, let publicationDate else { return text(for: field) }
        return PostDate.format(publicationDate, utcOffsetSeconds: publicationUTCOffset, pattern: dateFormat)
    }

    /// The text of `field` on a card in `language`: the date, when the card has one, in that
    /// language (`6 avril 2017`, `2017年4月6日`; `dateFormat` as `PostDate.format` reads it), from
    /// ogcard's pinned data, never the machine's locale.
    public func text(for field: CardField, dateFormat: String?, language: String?) -> String {
        guard field == .date, let publicationDate else { return text(for: field) }
        if dateFormat == nil, DateLocale.forLanguage(language) == nil { return text(for: field) }
        return PostDate.format(
            publicationDate, utcOffsetSeconds: publicationUTCOffset, pattern: dateFormat, language: language)
    }
}
