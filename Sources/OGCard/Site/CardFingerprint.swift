import Foundation

/// A card's fingerprint (the first 8 hex digits of its PNG's SHA-256) and the URLs and file
/// names that carry it (`image_url_fingerprint`). The PNG is the same bytes for the same inputs,
/// so an unchanged card keeps its URL byte for byte.
enum CardFingerprint {
    /// The fingerprint of a card's bytes.
    static func of(_ png: Data) -> String {
        String(SHA256Digest.hex([UInt8](png)).prefix(8))
    }

    /// The fingerprint of the card file at `url`, nil when it cannot be read.
    static func of(file url: URL) -> String? {
        (try? RegularFile.read(url)).map(of)
    }

    /// `path` (a URL, a URL path or a file path ending in the card's file name) carrying `hash`.
    static func apply(_ hash: String, to path: String, mode: ImageURLFingerprint) -> String {
        switch mode {
        case .none: return path
        case .query: return path + (path.contains("?") ? "&" : "?") + "v=" + hash
        case .name:
            guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return path + "." + hash }
            return path[..<dot] + "." + hash + path[dot...]
        }
    }

    /// `path` without any fingerprint: `?v=<8 hex>` dropped, `.<8 hex>.png` back to `.png`.
    static func strip(_ path: String) -> String {
        var text = path
        if let range = text.range(of: #"[?&]v=[0-9a-f]{8}$"#, options: .regularExpression) {
            text.removeSubrange(range)
        }
        if let range = text.range(of: #"\.[0-9a-f]{8}(?=\.[A-Za-z]+$)"#, options: .regularExpression) {
            text.removeSubrange(range)
        }
        return text
    }

    /// Whether `path` carries a fingerprint (either form).
    static func isFingerprinted(_ path: String) -> Bool { strip(path) != path }

    /// Whether `name` is a card file named after a fingerprint (`slug.1a2b3c4d.png`).
    static func isHashedCardName(_ name: String) -> Bool {
        name.range(of: #"^.+\.[0-9a-f]{8}\.png$"#, options: .regularExpression) != nil
    }

    /// The PNGs under `folder` that are earlier versions of today's cards (`named`, standardized
    /// paths): files named after a fingerprint (`slug.1a2b3c4d.png`) that no card is now, and a
    /// card's plain or hashed name left by switching modes. Sorted; the caller checks each is
    /// ogcard's and inside its folder before deleting it (`--prune` in `build` and `inject`).
    static func earlierVersions(under folder: String, named: Set<String>) -> [URL] {
        let versions = Set(named.map(strip))
        let candidates = DirectoryWalker.files(under: folder, includeHidden: false) { $0.hasSuffix(".png") } ?? []
        return candidates.sorted().compactMap { path in
            let standard = URL(fileURLWithPath: path).standardizedFileURL.path
            guard !named.contains(standard),
                isHashedCardName((standard as NSString).lastPathComponent) || versions.contains(strip(standard))
            else { return nil }
            return URL(fileURLWithPath: path)
        }
    }

    /// `plan` with og:image carrying `hash` (nil: unknown, unchanged); with `name`, its card file
    /// and `image:` path too. With `query` the post's `image:` stays the plain path: themes and
    /// generators read that line as a file (Hugo's `resources.Get`, a theme's `<img>`), and a
    /// query string there would break them; the tags ogcard writes carry the fingerprint.
    static func fingerprinted(_ plan: PostCardPlan, hash: String?, mode: ImageURLFingerprint) -> PostCardPlan {
        guard let hash, mode != .none, plan.cardFile != nil else { return plan }
        var plan = plan
        if mode == .name, let file = plan.cardFile {
            plan.cardFile = file.deletingLastPathComponent().appendingPathComponent(
                apply(hash, to: file.lastPathComponent, mode: .name))
            plan.imagePath = plan.imagePath.map { apply(hash, to: $0, mode: .name) }
        }
        if !plan.meta.imageURL.isEmpty { plan.meta.imageURL = apply(hash, to: plan.meta.imageURL, mode: mode) }
        return plan
    }

    /// `plan` with the fingerprint of the card already on disk (for `preview`, `meta` and
    /// `lint`, which draw nothing): with `name`, the file the manifest recorded, when it is a
    /// hashed name of this card.
    static func current(_ plan: PostCardPlan, recorded: String?, root: URL, mode: ImageURLFingerprint) -> PostCardPlan {
        guard mode != .none, let cardFile = plan.cardFile else { return plan }
        var file = cardFile
        if mode == .name {
            guard let recorded, strip(recorded) == SitePaths.relative(cardFile, to: root) else { return plan }
            file = root.appendingPathComponent(recorded)
        }
        return fingerprinted(plan, hash: of(file: file), mode: mode)
    }
}
