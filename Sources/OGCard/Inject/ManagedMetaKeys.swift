/// The `<meta>` keys `ogcard inject` writes, and so replaces: every key `MetaTags` can emit,
/// plus the older spellings of the image keys (`og:image:url`, `og:image:secure_url`,
/// `twitter:image:src`), which would otherwise point crawlers at a picture other than the card.
/// Other Open Graph keys a page has (`og:video`, `article:section`, `twitter:label1`) are kept.
enum ManagedMetaKeys {
    /// The keys, lower case.
    static let all: Set<String> = [
        "og:title", "og:description", "og:type", "og:url", "og:site_name", "og:locale", "og:locale:alternate",
        "og:image", "og:image:url", "og:image:secure_url", "og:image:type", "og:image:width", "og:image:height",
        "og:image:alt", "article:published_time", "article:modified_time", "article:author", "article:tag",
        "twitter:card", "twitter:site", "twitter:creator", "twitter:title", "twitter:description", "twitter:image",
        "twitter:image:src", "twitter:image:alt",
    ]

    /// The key of a `<meta>` element (its `property`, else its `name`), lower case, or nil.
    static func key(of element: HTMLElement) -> String? {
        guard element.name == "meta" else { return nil }
        return (element["property"] ?? element["name"]).map {
            $0.trimmingCharacters(in: .whitespaces).lowercased()
        }
    }
}
