import Foundation
import Synchronization

/// One `FontConfiguration` per font set for the whole process: scanning the 20 MB CJK files
/// takes time, and the configuration is safely shared by every worker.
enum FontConfigurationCache {
    private static let configurations = Mutex<[FontSet: FontConfiguration]>([:])

    static func configuration(for fonts: FontSet) throws(OGCardError) -> FontConfiguration {
        let result: Result<FontConfiguration, OGCardError> = configurations.withLock { cache in
            if let existing = cache[fonts] { return .success(existing) }
            do throws(OGCardError) {
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
