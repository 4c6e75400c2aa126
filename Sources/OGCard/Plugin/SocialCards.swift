public import Foundation

/// The cards and meta tags that `OGCardBuildPlugin` built for a target, read by the site's
/// executable at run time: what a Swift site generator puts in each post's page.
///
/// The plugin's outputs are the target's resources, so the generator reads them from its own
/// module's bundle:
///
/// ```swift
/// let cards = try SocialCards(bundle: .module)
/// for post in cards.posts {
///     let head = cards.html(for: post) ?? ""          // <meta …> lines for the page's <head>
///     try cards.card(for: post)?.write(into: output)  // output/assets/og/<slug>.png
/// }
/// ```
///
/// Posts are named by their path relative to the site root (the folder of `ogcard.yml`), with
/// `/` separators: `_posts/2024-01-02-hello.md`. Drafts and other posts the generator does not
/// publish have no entry; a post that keeps its own picture has tags but no card.
public struct SocialCards: Sendable {
    /// The index: per post, its tags and where its card is.
    private let entries: [String: SocialCardsIndex.Entry]
    /// The cards' PNGs one after another (memory-mapped).
    private let pack: Data

    /// Reads the outputs from a bundle: the site target's `Bundle.module`, which holds them as
    /// resources.
    /// - Throws: `Diagnostic` when the bundle has no outputs (the target does not use the
    ///   plugin) or they cannot be read.
    public init(bundle: Bundle) throws(Diagnostic) {
        guard
            let index = bundle.url(
                forResource: SocialCardsIndex.resourceName, withExtension: SocialCardsIndex.indexExtension),
            let cards = bundle.url(
                forResource: SocialCardsIndex.resourceName, withExtension: SocialCardsIndex.cardsExtension)
        else {
            throw Diagnostic(
                file: bundle.bundlePath, step: .readPluginOutput,
                reason:
                    "no \(SocialCardsIndex.resourceName).\(SocialCardsIndex.indexExtension) here; add plugins: [.plugin(name: \"OGCardBuildPlugin\", package: \"ogcard\")] to the site's target"
            )
        }
        try self.init(index: index, cards: cards)
    }

    /// Reads the outputs from a folder that holds `ogcard-cards.json` and `ogcard-cards.png-pack`:
    /// the plugin's work folder, or a copy of a bundle's resources.
    /// - Throws: `Diagnostic` when they are missing or cannot be read.
    public init(directory: URL) throws(Diagnostic) {
        let base = directory.appendingPathComponent(SocialCardsIndex.resourceName)
        try self.init(
            index: base.appendingPathExtension(SocialCardsIndex.indexExtension),
            cards: base.appendingPathExtension(SocialCardsIndex.cardsExtension))
    }

    /// Reads and checks the index, and maps the cards file.
    private init(index: URL, cards: URL) throws(Diagnostic) {
        func failure(_ reason: String) -> Diagnostic {
            Diagnostic(file: index.path, step: .readPluginOutput, reason: reason)
        }
        let decoded: SocialCardsIndex
        do {
            decoded = try JSONDecoder().decode(SocialCardsIndex.self, from: Data(contentsOf: index))
        } catch {
            throw failure("cannot read the index: \(error)")
        }
        guard decoded.format == SocialCardsIndex.currentFormat else {
            throw failure(
                "format \(decoded.format), this ogcard reads \(SocialCardsIndex.currentFormat); build the target again")
        }
        do {
            pack = try Data(contentsOf: cards, options: .alwaysMapped)
        } catch {
            throw Diagnostic(file: cards.path, step: .readPluginOutput, reason: "cannot read the cards: \(error)")
        }
        for entry in decoded.posts {
            guard let card = entry.card else { continue }
            guard card.offset >= 0, card.length > 0, card.offset <= pack.count - card.length else {
                throw failure("\(entry.path): its card lies outside the cards file; build the target again")
            }
        }
        entries = Dictionary(decoded.posts.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The posts that have tags, by path relative to the site root, sorted.
    public var posts: [String] { entries.keys.sorted() }

    /// A post's meta tags (Open Graph, Twitter, `article:`), in order; nil for a post the
    /// outputs do not hold.
    public func tags(for post: String) -> [MetaTag]? {
        entries[Self.key(post)]?.tags
    }

    /// A post's meta tags as HTML for its page's `<head>`: one `<meta …>` per line, each
    /// ending in a newline, values escaped — the same text as the snippets `ogcard build` writes.
    public func html(for post: String) -> String? {
        tags(for: post).map { tags in tags.map { $0.html + "\n" }.joined() }
    }

    /// The slug a post's card was named after (also its page's slug in most generators).
    public func slug(for post: String) -> String? {
        entries[Self.key(post)]?.slug
    }

    /// A post's card: its PNG and where the generated site serves it; nil when the post keeps
    /// its own picture or the outputs do not hold it.
    public func card(for post: String) -> SocialCard? {
        guard let card = entries[Self.key(post)]?.card else { return nil }
        let start = pack.startIndex + card.offset
        return SocialCard(sitePath: card.sitePath, pngData: pack.subdata(in: start..<start + card.length))
    }

    /// Writes every card under `siteFolder` at its site path (see `SocialCard.write(into:)`).
    /// Returns the files written or already up to date.
    /// - Throws: the first `Diagnostic` of a card that could not be written.
    @discardableResult
    public func writeCards(into siteFolder: URL) throws(Diagnostic) -> [URL] {
        var files: [URL] = []
        for post in posts {
            if let card = card(for: post) { files.append(try card.write(into: siteFolder)) }
        }
        return files
    }

    /// `post` as the index spells it: `/` separators, no leading `./`.
    private static func key(_ post: String) -> String {
        var path = post.replacingOccurrences(of: "\\", with: "/")
        while path.hasPrefix("./") { path.removeFirst(2) }
        return path
    }
}
