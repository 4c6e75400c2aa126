/// One post that could not be processed: where, during which step, and why.
public struct BuildFailure: Error, Hashable, Sendable, Codable, CustomStringConvertible {
    /// The post (or other) file.
    public var path: String
    /// The line, when known.
    public var line: Int?
    /// What ogcard was doing.
    public var step: String
    /// Why it failed.
    public var reason: String
    /// For a failure that stopped a whole build: the posts that had failed before it, so they are
    /// reported too (not encoded: a summary lists them itself).
    public var earlierFailures: [BuildFailure] = []

    /// Creates a failure.
    public init(path: String, line: Int? = nil, step: String, reason: String) {
        self.path = path
        self.line = line
        self.step = step
        self.reason = reason
    }

    private enum CodingKeys: String, CodingKey {
        case path, line, step, reason
    }

    /// `path:line: step: reason`.
    public var description: String {
        "\(path)\(line.map { ":\($0)" } ?? ""): \(step): \(reason)"
    }

    /// A failed write of `file` during `step`, naming `file` (not the temporary file beside it)
    /// and why, e.g. `cannot write temporary file: No space left on device`; `path` is what
    /// failed (a post, or `file` itself for a site-wide file).
    static func writing(_ error: any Error, file: String, step: String, path: String? = nil) -> BuildFailure {
        let reason: String
        switch error {
        case let error as PostError: reason = "cannot \(error.step.rawValue): \(error.reason)"
        case let error as OGCardError: reason = error.reason
        default: reason = "\(error)"
        }
        return BuildFailure(path: path ?? file, step: step, reason: path == nil ? reason : "\(file): \(reason)")
    }

    /// Wraps any error thrown while working on `path`.
    static func wrapping(_ error: any Error, path: String, step: String) -> BuildFailure {
        switch error {
        case let failure as BuildFailure: return failure
        // The post error's own path and line lead the line already; its step stays in the reason.
        case let error as PostError:
            return BuildFailure(path: error.path, line: error.line, step: step, reason: "cannot \(error.step.rawValue): \(error.reason)")
        case let error as OGCardError:
            return BuildFailure(path: error.path ?? path, line: error.line, step: error.step.rawValue, reason: error.reason)
        case let error as OpenGraphImageError:
            return BuildFailure(path: error.file ?? path, line: error.line, step: step, reason: error.reason)
        default: return BuildFailure(path: path, step: step, reason: "\(error)")
        }
    }
}
