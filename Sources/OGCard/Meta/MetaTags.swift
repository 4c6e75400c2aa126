import Foundation

/// The Open Graph, article and Twitter meta tags for one post, from already-resolved values
/// (absolute URLs, formatted date). Renders a deterministic tag list in a fixed order.
public struct MetaTags: Hashable, Sendable {
    /// Post title.
    public var title: String
    /// Post description / excerpt.
    public var description: String
    /// Absolute URL of the post's page.
    public var pageURL: String
    /// Site name.
    public var siteName: String
    /// Absolute URL of the card image.
    public var imageURL: String
    /// MIME type of the card.
    public var imageType: String
    /// Card width in px.
    public var imageWidth: Int
    /// Card height in px.
    public var imageHeight: Int
    /// Alt text for the card; nil or empty derives one from title and author (see `effectiveImageAlt`).
    public var imageAlt: String?
    /// Publication time, already formatted as ISO 8601.
    public var publishedTime: String
    /// Author name.
    public var author: String
    /// Tags; one `article:tag` each.
    public var tags: [String]
    /// The site's Twitter handle, with or without `@`.
    public var twitterSite: String
    /// The author's Twitter handle, with or without `@`.
    public var twitterCreator: String
    /// Last-modified time, already formatted as ISO 8601 (`article:modified_time`); empty for none.
    public var modifiedTime: String = ""
    /// `og:type`: `article` for posts (the default), `website` for pages without a date.
    public var type: String = "article"
    /// The page's locale as Open Graph writes it (`en_US`, `es_ES`); empty for none.
    public var locale: String = ""
    /// The locales of the page's translations (`og:locale:alternate`), in order.
    public var alternateLocales: [String] = []
    /// How long the description (and alt text) and the title, author, tag and site names may be;
    /// longer ones are cut at a word boundary with "…".
    public var limits: InputLimits

    /// Creates meta tags; every field but the title may be left empty, and empty tags are omitted.
    public init(
        title: String, description: String = "", pageURL: String = "", siteName: String = "",
        imageURL: String = "", imageType: String = "image/png", imageWidth: Int = 1200,
        imageHeight: Int = 630, imageAlt: String? = nil, publishedTime: String = "",
        author: String = "", tags: [String] = [], twitterSite: String = "", twitterCreator: String = "",
        limits: InputLimits = .default
    ) {
        self.title = title
        self.description = description
        self.pageURL = pageURL
        self.siteName = siteName
        self.imageURL = imageURL
        self.imageType = imageType
        self.imageWidth = imageWidth
        self.imageHeight = imageHeight
        self.imageAlt = imageAlt
        self.publishedTime = publishedTime
        self.author = author
        self.tags = tags
        self.twitterSite = twitterSite
        self.twitterCreator = twitterCreator
        self.limits = limits
    }

    /// The alt text used: `imageAlt` when given, else "Social card: <title> by <author>"
    /// (or "Social card: <title>" without an author; empty without a title, so the tag is omitted).
    /// Screen readers announce the card as an image, so the alt says what it shows: the title and author.
    public var effectiveImageAlt: String {
        let alt = imageAlt.map { MetaText.clean($0, maxCharacters: limits.descriptionCharacters) } ?? ""
        if !alt.isEmpty { return alt }
        let title = MetaText.clean(title, maxCharacters: limits.titleCharacters)
        guard !title.isEmpty else { return "" }
        let author = MetaText.clean(author, maxCharacters: limits.titleCharacters)
        return author.isEmpty ? "Social card: \(title)" : "Social card: \(title) by \(author)"
    }

    /// `@handle` from `handle`, `@handle`, or a `twitter.com/handle` / `x.com/handle` URL; empty stays empty.
    public static func twitterHandle(_ handle: String) -> String {
        var text = MetaText.clean(handle)
        if text.contains("/") {
            text = text.split(separator: "/").last.map(String.init) ?? ""
        }
        while text.hasPrefix("@") { text.removeFirst() }
        return text.isEmpty ? "" : "@" + text
    }

    /// Every tag in the fixed order, values cleaned, empty ones omitted. Descriptions longer than
    /// `limits.descriptionCharacters` and names longer than `limits.titleCharacters` are cut at a
    /// word boundary with "…" (URLs never are), and at most `limits.tags` tags are listed.
    public func metaTags() -> [MetaTag] {
        let alt = effectiveImageAlt
        let title = MetaText.clean(title, maxCharacters: limits.titleCharacters)
        let description = MetaText.clean(description, maxCharacters: limits.descriptionCharacters)
        let siteName = MetaText.clean(siteName, maxCharacters: limits.titleCharacters)
        let author = MetaText.clean(author, maxCharacters: limits.titleCharacters)
        let width = imageWidth > 0 ? String(imageWidth) : ""
        let height = imageHeight > 0 ? String(imageHeight) : ""
        var entries: [(MetaTag.Attribute, String, String)] = [
            (.property, "og:title", title),
            (.property, "og:description", description),
            (.property, "og:type", type),
            (.property, "og:url", pageURL),
            (.property, "og:site_name", siteName),
            (.property, "og:locale", locale),
        ]
        var seenLocales: Set<String> = [locale]
        for alternate in alternateLocales where seenLocales.insert(alternate).inserted {
            entries.append((.property, "og:locale:alternate", alternate))
        }
        entries += [
            (.property, "og:image", imageURL),
            (.property, "og:image:type", imageType),
            (.property, "og:image:width", width),
            (.property, "og:image:height", height),
            (.property, "og:image:alt", alt),
            (.property, "article:published_time", publishedTime),
            (.property, "article:modified_time", modifiedTime),
            (.property, "article:author", author),
        ]
        var seenTags = Set<String>()
        for tag in tags.prefix(limits.tags) {
            let cleaned = MetaText.clean(tag, maxCharacters: limits.titleCharacters)
            // A tag listed twice says nothing new; keep the first.
            if seenTags.insert(cleaned).inserted { entries.append((.property, "article:tag", cleaned)) }
        }
        entries += [
            (.name, "twitter:card", "summary_large_image"),
            (.name, "twitter:site", Self.twitterHandle(twitterSite)),
            (.name, "twitter:creator", Self.twitterHandle(twitterCreator)),
            (.name, "twitter:title", title),
            (.name, "twitter:description", description),
            (.name, "twitter:image", imageURL),
            (.name, "twitter:image:alt", alt),
        ]
        return entries.compactMap { attribute, key, value in
            let content = MetaText.clean(value)
            return content.isEmpty ? nil : MetaTag(attribute: attribute, key: key, content: content)
        }
    }

    /// One `<meta …>` per line, each line ending in a newline.
    public func html() -> String {
        metaTags().map { $0.html + "\n" }.joined()
    }

    /// The tags as an Encodable list of `{"property"|"name": key, "content": value}` objects.
    /// A list rather than an object, because `article:tag` repeats and order matters.
    public func json() -> [MetaTag] {
        metaTags()
    }

    /// `json()` encoded with sorted keys and pretty printing, ending in a newline; deterministic.
    public func jsonString() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        // Encoding [MetaTag] (strings only) cannot fail.
        guard let data = try? encoder.encode(json()) else { return "[]\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
