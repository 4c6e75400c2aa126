import Foundation

/// The files ogcard generates, recognised by name and content, so that it replaces and prunes
/// only its own files: a hand-made `head.html` in a misconfigured snippet folder, or whatever a
/// tampered manifest names, is never overwritten or deleted.
enum OwnedFile {
    /// A card: `*.png` starting with the PNG signature.
    case card
    /// A snippet: `*.html` made only of `<meta …>` lines.
    case snippet

    /// Refuses to replace an existing file at `url` that ogcard did not write.
    /// - Throws: `Diagnostic` (step `.writeFile`) naming the file.
    func checkReplaceable(_ url: URL) throws(Diagnostic) {
        var status = stat()
        guard lstat(url.path, &status) == 0 else { return }  // nothing there yet
        guard !isGenerated(url) else { return }
        throw Diagnostic(
            file: url.path, step: .writeFile,
            reason:
                "a file that ogcard did not write is already there (\(expectation)); it was left alone: move it, or set another `\(configKey)` in ogcard.yml"
        )
    }

    /// Whether `url` is a regular file (not a link, not a folder) with this kind's name and content.
    func isGenerated(_ url: URL) -> Bool {
        var status = stat()
        guard lstat(url.path, &status) == 0, status.st_mode & S_IFMT == S_IFREG,
            url.pathExtension.lowercased() == fileExtension, status.st_size <= 4 << 20,
            let handle = FileHandle(forReadingAtPath: url.path)
        else { return false }
        defer { try? handle.close() }
        switch self {
        case .card:
            let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
            return (try? handle.read(upToCount: 8)).map { [UInt8]($0) == signature } ?? false
        case .snippet:
            guard let data = try? handle.readToEnd() else { return status.st_size == 0 }
            return String(decoding: data, as: UTF8.self).split(separator: "\n").allSatisfy { $0.hasPrefix("<meta ") }
        }
    }

    private var fileExtension: String { self == .card ? "png" : "html" }
    private var configKey: String { self == .card ? "output" : "snippets" }
    private var expectation: String {
        self == .card ? "ogcard's cards are PNG files" : "ogcard's snippets hold only <meta> tags"
    }
}
