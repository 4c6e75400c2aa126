/// What one built page says about itself, read from its parsed HTML: the text, dates, language
/// and URL its card and tags come from, whether it should get a card at all, and where its
/// head can take the tags.
struct PageFacts: Sendable {
    /// `<html lang>`.
    var language: String?
    /// The charset the page declares (`<meta charset>` or `http-equiv`), as written.
    var charset: String?
    /// `<title>`, whitespace collapsed.
    var title: String?
    /// The first `<h1>`'s text.
    var heading: String?
    /// `<meta name="description">`.
    var metaDescription: String?
    /// The first paragraph of the page's `<article>` (when it has one) or `<main>`.
    var firstParagraph: String?
    /// `<link rel="canonical">`'s `href`.
    var canonical: String?
    /// The values of the managed tags the page already has, by key, in order.
    var existing: [String: [String]] = [:]
    /// Publication date, as written: `article:published_time`, JSON-LD `datePublished`, or
    /// `<time datetime>` in the page's only `<article>`.
    var published: String?
    /// Last modification, as written: `article:modified_time` or JSON-LD `dateModified`.
    var modified: String?
    /// Tags: `article:tag`, else JSON-LD `keywords`.
    var tags: [String] = []
    /// Author: `article:author`, JSON-LD `author`, or `<meta name="author">`.
    var author: String?
    /// Why the page gets no card (a redirect, `noindex`, `<meta name="ogcard" content="skip">`), or nil.
    var skipReason: String?
    /// Where the head's managed tags and anchors are.
    var head: HeadLayout

    /// The first value of the managed tag `key` the page has.
    func existing(_ key: String) -> String? {
        existing[key]?.first { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
    }
}
