import Foundation

/// Whether a generator publishes a page: drafts, unpublished, future and expired pages get no
/// card, no snippet and no meta-JSON entry, because whatever ogcard writes into the site is
/// published with it.
package enum PageVisibility: Sendable, Equatable {
    /// The generator publishes the page (or the build asked for drafts too).
    case published
    /// The generator leaves the page out; the reason names the front-matter key or folder and
    /// the flag that would include it (e.g. "`published: false` (jekyll build --unpublished)").
    case hidden(reason: String)

    /// Whether the page is published.
    package var isPublished: Bool { self == .published }
}
