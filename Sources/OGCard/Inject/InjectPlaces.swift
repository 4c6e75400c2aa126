import Foundation

/// The built site's folder and its card folder, resolved (symbolic links followed): every page
/// written and every card must lie inside them.
struct InjectPlaces: Sendable {
    /// The folder, resolved.
    let root: String
    /// The card folder, resolved; inside `root`.
    let cards: String
    /// The card folder as configured, relative to the folder (`og`).
    let cardsRelative: String

    /// The places of `folder`, with cards in `cards`.
    /// - Throws: `Diagnostic` when the folder is not one, or the card folder leads out of it.
    init(folder: URL, cards: String) throws(Diagnostic) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue
        else {
            throw Diagnostic(file: folder.path, step: .findPages, reason: "not a folder (the built site is expected)")
        }
        root = SiteContainment.resolve(folder.standardizedFileURL.path)
        cardsRelative = cards
        let resolved = SiteContainment.resolve(root + "/" + cards)
        guard SiteContainment.isInside(resolved, root), resolved != root else {
            throw Diagnostic(
                file: folder.path, step: .checkConfig, key: "inject.cards",
                reason: "the card folder resolves to '\(resolved)', not inside the folder; nothing was written")
        }
        self.cards = resolved
    }

    /// The resolved path to write `relative` (from the folder) at, when it lies inside `area`.
    func checked(_ relative: String, inside area: String) throws(Diagnostic) -> URL {
        let resolved = SiteContainment.resolve(root + "/" + relative)
        guard SiteContainment.isInside(resolved, area), !relative.split(separator: "/").contains("..") else {
            throw Diagnostic(
                file: relative, step: .writeFile,
                reason: "it resolves to '\(resolved)', outside '\(area)' (a symbolic link?); nothing was written")
        }
        return URL(fileURLWithPath: resolved)
    }
}
