package import Foundation

/// The result of rewriting one post's image: what happened and the resulting bytes.
package struct ImageRewrite: Sendable, Equatable {
    /// What happened.
    package var outcome: ImageRewriteOutcome
    /// The file's bytes after the rewrite (the input bytes unless `outcome` is `.changed`).
    package var data: Data

    /// Creates a result.
    package init(outcome: ImageRewriteOutcome, data: Data) {
        self.outcome = outcome
        self.data = data
    }

    /// Whether the bytes differ from the input.
    package var isChanged: Bool {
        if case .changed = outcome { return true }
        return false
    }
}
