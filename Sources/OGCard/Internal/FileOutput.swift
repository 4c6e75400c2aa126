import Foundation

/// Writes whole files atomically.
enum FileOutput {
    /// Writes `data` to a temporary file beside `url`, then renames it over `url`.
    static func writeAtomically(_ data: Data, to url: URL) throws(OGCardError) {
        let folder = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw OGCardError(path: folder.path, step: .writing, reason: "cannot create the folder (\(reason(error)))")
        }
        do {
            try data.write(to: url, options: .atomic)
        } catch {
            throw OGCardError(path: url.path, step: .writing, reason: "cannot write the file (\(reason(error)))")
        }
    }

    private static func reason(_ error: any Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError,
           underlying.domain == NSPOSIXErrorDomain, let code = POSIXErrorCode(rawValue: Int32(underlying.code)) {
            return String(cString: strerror(code.rawValue))
        }
        return nsError.localizedDescription
    }
}
