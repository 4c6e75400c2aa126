import Foundation

/// A page Jekyll itself cannot build (it stops the whole site): the front-matter key to blame,
/// if one is, and why. `JekyllPageModel` turns it into a `Diagnostic` at the key's line.
package struct JekyllBuildFailure: Error, Sendable, Equatable {
    /// The front-matter key whose value is at fault (`slug`, `permalink`, `categories` …), if any.
    package var key: String?
    /// What Jekyll trips over.
    package var reason: String

    /// Creates a failure.
    package init(key: String?, reason: String) {
        self.key = key
        self.reason = reason
    }
}
