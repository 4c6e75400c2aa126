/// How a post's card stands against what `ogcard build` last wrote.
enum PreviewStatus: String, Sendable {
    /// Not drawn yet (the first pass is still running).
    case pending
    /// The site's card is what a build would draw now.
    case upToDate = "up to date"
    /// The card is missing or its inputs changed since the last build: `ogcard build` redraws it.
    case stale
    /// The post (or its card) fails; the page shows why, with the last good card if there is one.
    case failed
    /// The post keeps its own picture (`image:`); the card is only a preview.
    case ownPicture = "own picture"

    /// The class name the pages style it with.
    var cssClass: String {
        switch self {
        case .pending: "pending"
        case .upToDate: "ok"
        case .stale: "stale"
        case .failed: "failed"
        case .ownPicture: "own"
        }
    }
}
