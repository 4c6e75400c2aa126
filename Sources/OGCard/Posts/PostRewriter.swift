package import Foundation

/// Rewrites the `image` of post files on disk, atomically.
package enum PostRewriter {
    /// Reads the post at `url`, sets its picture at `field` (`image` by default) to `newImage` per
    /// `options`, and writes it back with `AtomicFileWriter` only when the bytes changed.
    /// - Returns: what happened (the file is not touched unless `.changed`).
    /// - Throws: `Diagnostic` naming the path and step.
    @discardableResult
    package static func rewriteImage(
        inFileAt url: URL, to newImage: String,
        options: ImageRewriteOptions = ImageRewriteOptions(), field: ImageField = .image
    ) throws(Diagnostic) -> ImageRewriteOutcome {
        let data: Data
        do {
            data = try RegularFile.read(url)
        } catch {
            throw Diagnostic(file: url.path, step: .readPost, reason: error.reason)
        }
        let result = try ImageLineRewriter(options: options).rewrite(
            data, to: newImage, path: url.path, field: field)
        if result.isChanged { try AtomicFileWriter.write(result.data, to: url) }
        return result.outcome
    }
}
