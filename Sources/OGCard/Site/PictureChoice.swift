/// Whether a post gets a card or keeps its own picture, and whether its `image:` line changes.
struct PictureChoice: Sendable {
    /// The post's image is the card (false: it keeps its own picture).
    let usesCard: Bool
    /// The card's file name (from `file_name`).
    let fileName: String
    /// The card's public path, `image_url_path/file_name`.
    let cardImagePath: String
    /// The post's `image:` as written, if any.
    let existing: String?
    /// `image:` is to point at the card.
    let rewritesImage: Bool
}
