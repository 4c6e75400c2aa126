import Foundation
import Synchronization

/// Parsed layout files for the whole process, keyed by path and modification date, so
/// rendering hundreds of cards reads each file once and an edited file is read again.
enum LayoutFileCache {
    private struct Key: Hashable {
        let path: String
        let modified: Date?
        let fonts: FontSet
    }

    private static let files = Mutex<[Key: LayoutFile]>([:])

    static func file(at url: URL, fonts: FontSet, load: () throws(Diagnostic) -> LayoutFile) throws(Diagnostic)
        -> LayoutFile
    {
        let modified = (try? FileManager.default.attributesOfItem(atPath: url.path))?[.modificationDate] as? Date
        let key = Key(path: url.standardizedFileURL.path, modified: modified, fonts: fonts)
        if let cached = files.withLock({ $0[key] }) { return cached }
        let loaded = try load()
        files.withLock { $0[key] = loaded }
        return loaded
    }
}
