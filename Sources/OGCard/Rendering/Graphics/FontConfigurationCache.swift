import Foundation
import Synchronization

/// One `FontConfiguration` per font set for the whole process: scanning the 20 MB CJK files
/// takes time, and the configuration is safely shared by every worker.
enum FontConfigurationCache {
    private static let configurations = Mutex<[FontSet: FontConfiguration]>([:])

    static func configuration(for fonts: FontSet) throws(Diagnostic) -> FontConfiguration {
        let result: Result<FontConfiguration, Diagnostic> = configurations.withLock { cache in
            if let existing = cache[fonts] { return .success(existing) }
            do throws(Diagnostic) {
                let created = try FontConfiguration(fontFiles: fonts.files)
                cache[fonts] = created
                return .success(created)
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }
}
