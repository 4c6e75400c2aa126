/// An error raised while reading, rewriting or writing a post.
///
/// Every error names the file, the step that failed and why, plus the 1-based line
/// when one is known, so a CLI can print it as `path:line: cannot <step>: <reason>`
/// and the user can jump straight to the problem.
public struct PostError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The step that failed; its raw value reads as a verb phrase for messages.
    public enum Step: String, Sendable, Equatable {
        /// Reading the file from disk.
        case readFile = "read file"
        /// Locating the front-matter block (for example an unterminated block).
        case findFrontMatter = "find front matter"
        /// Parsing YAML front matter.
        case parseYAML = "parse YAML front matter"
        /// Parsing TOML front matter.
        case parseTOML = "parse TOML front matter"
        /// Parsing JSON front matter.
        case parseJSON = "parse JSON front matter"
        /// Rewriting the `image` value.
        case rewriteImage = "rewrite image"
        /// Creating the temporary file beside the target.
        case createTemporaryFile = "create temporary file"
        /// Writing bytes into the temporary file.
        case writeTemporaryFile = "write temporary file"
        /// Flushing the temporary file to stable storage.
        case syncTemporaryFile = "sync temporary file"
        /// Copying the original file mode onto the temporary file.
        case setFileMode = "set file mode"
        /// Renaming the temporary file over the original.
        case replaceOriginal = "replace original file"
        /// Checking that a path lies where its kind of file belongs (see `SiteContainment`).
        case checkContainment = "write inside the site"
        /// Checking, right before replacing a post, that it is still the bytes that were parsed.
        case verifyUnchanged = "replace the post"
    }

    /// The file the error is about, as given by the caller.
    public var path: String
    /// The 1-based line in that file, when the problem has a position.
    public var line: Int?
    /// What was being done when it failed.
    public var step: Step
    /// Why it failed, in plain words.
    public var reason: String

    /// Creates an error for `path` at an optional `line`.
    public init(path: String, line: Int? = nil, step: Step, reason: String) {
        self.path = path
        self.line = line
        self.step = step
        self.reason = reason
    }

    /// `path:line: cannot <step>: <reason>` (the line part only when known).
    public var description: String {
        let location = line.map { "\(path):\($0)" } ?? path
        return "\(location): cannot \(step.rawValue): \(reason)"
    }
}
