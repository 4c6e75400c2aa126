import Foundation

/// Writes whole files atomically, with errors in the renderer's terms.
enum FileOutput {
    /// Writes `data` to a temporary file beside `url` (creating the folder), then renames it
    /// over `url`; a failure leaves no partial file.
    static func writeAtomically(_ data: Data, to url: URL) throws(OGCardError) {
        do {
            try AtomicFileWriter.write(data, to: url, durable: false)
        } catch let error as PostError {
            throw OGCardError(path: error.path, step: .writing, reason: "cannot \(error.step.rawValue): \(error.reason)")
        } catch {
            throw OGCardError(path: url.path, step: .writing, reason: "\(error)")
        }
    }
}
