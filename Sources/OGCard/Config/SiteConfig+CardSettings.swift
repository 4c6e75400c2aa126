extension SiteConfig {
    /// What besides content and layout a card's digest covers: the fonts (`fontDigest`), and the
    /// size budget when it is not the default, so existing digests stay valid and a changed budget
    /// re-renders the cards.
    package func cardSettings(fontDigest: String) -> String {
        maxCardBytes == Self.defaultMaxCardBytes ? fontDigest : "\(fontDigest) max_card_bytes=\(maxCardBytes)"
    }
}
