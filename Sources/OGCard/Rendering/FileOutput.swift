import Foundation

/// Writes whole files atomically, with errors as diagnostics of the step `.writeFile`.
enum FileOutput {
    /// Writes `data` to a temporary file beside `url` (creating the folder), then renames it
    /// over `url`; a failure leaves no partial file.
    static func writeAtomically(_ data: Data, to url: URL) throws(Diagnostic) {
        do {
            try AtomicFileWriter.write(data, to: url, durable: false)
        } catch {
            throw Diagnostic.wrapping(error, file: url.path, step: .writeFile)
        }
    }
}
