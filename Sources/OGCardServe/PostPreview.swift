import Foundation
import OGCard

/// One post as `ogcard serve` shows it: its last good plan and preview card, and where it stands.
struct PostPreview: Sendable {
    /// Stable short id used in URLs: derived from the post's path, never a path itself.
    var id: String
    /// The post file, relative to the site root.
    var relativePath: String
    /// The post file.
    var source: URL
    /// The last plan that succeeded (nil until one does).
    var plan: PostCardPlan?
    /// The digest of the card's inputs (as the build computes it) of the card in `cardFile`.
    var digest: String?
    /// The preview card in the temporary folder (last good render).
    var cardFile: URL?
    /// Bumped whenever the card or the status changes: pages ask for `?v=version`.
    var version: Int = 0
    /// Where the card stands.
    var status: PreviewStatus = .pending
    /// Why the status is what it is (`stale`: missing or changed).
    var statusDetail: String = ""
    /// The error of the latest attempt (planning or drawing), shown with its file and line.
    var error: Diagnostic?

    /// The title to list (the file name until the post has been read).
    var title: String { plan?.content.title ?? (relativePath as NSString).lastPathComponent }
    /// The tags to list and search.
    var tags: [String] { plan?.content.tags ?? [] }
}
