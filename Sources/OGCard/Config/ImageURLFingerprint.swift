/// `image_url_fingerprint`: how a card's URL changes when the card does, so platforms that cache
/// og:image by URL (X for about a week, Facebook, LinkedIn) fetch the new one.
public enum ImageURLFingerprint: String, Hashable, Sendable, CaseIterable {
    /// `…/slug.png?v=<8 hex>`: the file keeps its name, the URL carries the PNG's digest (the default).
    case query
    /// `…/slug.<8 hex>.png`: the file is named after its digest; `--prune` deletes old ones.
    case name
    /// `…/slug.png`: the URL never changes.
    case none
}
