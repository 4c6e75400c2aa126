public import Foundation

/// One post's card, as `OGCardBuildPlugin` rendered it: its PNG bytes and where the generated
/// site serves it (the path its `og:image` URL names).
public struct SocialCard: Hashable, Sendable {
    /// The card's path in the generated site, relative to the folder the site's URL points at
    /// (`assets/og/hello.png` when `og:image` is `https://example.com/assets/og/hello.png`).
    public var sitePath: String
    /// The card's PNG bytes.
    public var pngData: Data

    /// Creates a card.
    public init(sitePath: String, pngData: Data) {
        self.sitePath = sitePath
        self.pngData = pngData
    }

    /// Writes the card at `sitePath` under `siteFolder` (the generator's output folder),
    /// creating folders as needed; atomic, and nothing is written when the file already holds
    /// these bytes. Returns the file.
    /// - Throws: `Diagnostic` naming the file when it cannot be written, or when `sitePath`
    ///   would leave `siteFolder` (`..`).
    @discardableResult
    public func write(into siteFolder: URL) throws(Diagnostic) -> URL {
        let parts = sitePath.split(separator: "/")
        guard !parts.isEmpty, !parts.contains(where: { $0 == ".." || $0 == "." }) else {
            throw Diagnostic(
                file: sitePath, step: .writeCard, reason: "the card's path must stay inside the site folder")
        }
        let file = parts.reduce(siteFolder) { $0.appendingPathComponent(String($1)) }
        if let existing = try? Data(contentsOf: file), existing == pngData { return file }
        do {
            try FileManager.default.createDirectory(
                at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        } catch {
            throw Diagnostic(file: file.path, step: .writeCard, reason: "cannot create its folder: \(error)")
        }
        try AtomicFileWriter.write(pngData, to: file, durable: false)
        return file
    }
}
