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

    /// Creates a failure.
    public init(path: String, line: Int? = nil, step: String, reason: String) {
        self.path = path
        self.line = line
        self.step = step
        self.reason = reason
    }

    /// `path:line: step: reason`.
    public var description: String {
        "\(path)\(line.map { ":\($0)" } ?? ""): \(step): \(reason)"
    }

    /// Wraps any error thrown while working on `path`.
    static func wrapping(_ error: any Error, path: String, step: String) -> BuildFailure {
        switch error {
        case let failure as BuildFailure: return failure
        case let error as PostError: return BuildFailure(path: error.path, line: error.line, step: step, reason: "\(error)")
        case let error as OGCardError:
            return BuildFailure(path: error.path ?? path, line: error.line, step: error.step.rawValue, reason: error.reason)
        case let error as OpenGraphImageError:
            return BuildFailure(path: error.file ?? path, line: error.line, step: step, reason: error.reason)
        default: return BuildFailure(path: path, step: step, reason: "\(error)")
        }
    }
}
