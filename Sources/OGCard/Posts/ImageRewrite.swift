public import Foundation

/// The result of rewriting one post's image: what happened and the resulting bytes.
public struct ImageRewrite: Sendable, Equatable {
    /// What happened.
    public var outcome: ImageRewriteOutcome
    /// The file's bytes after the rewrite (the input bytes unless `outcome` is `.changed`).
    public var data: Data

    /// Creates a result.
    public init(outcome: ImageRewriteOutcome, data: Data) {
        self.outcome = outcome
        self.data = data
    }

    /// Whether the bytes differ from the input.
    public var isChanged: Bool {
        if case .changed = outcome { return true }
        return false
    }
}
