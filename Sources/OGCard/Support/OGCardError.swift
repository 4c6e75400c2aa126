import Foundation

/// An error from ogcard: which file (and line), during which step, and why.
public struct OGCardError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The steps of ogcard's work, named in error messages.
    public enum Step: String, Sendable, Hashable {
        /// Reading font files into the private font set.
        case loadingFonts = "loading fonts"
        /// Reading or validating a card layout.
        case readingLayout = "reading layout"
        /// Drawing a card.
        case rendering = "rendering"
        /// Encoding pixels as PNG.
        case encoding = "encoding PNG"
        /// Writing a file.
        case writing = "writing"
        /// Reading an opengraphimg URL.
        case readingURL = "reading URL"
        /// Reading an argument or option.
        case readingOptions = "reading options"
    }

    /// The file concerned, if any.
    public var path: String?
    /// The 1-based line in `path`, if known.
    public var line: Int?
    /// What ogcard was doing.
    public var step: Step
    /// Why it failed, in words a user can act on.
    public var reason: String

    /// Creates an error.
    public init(path: String? = nil, line: Int? = nil, step: Step, reason: String) {
        self.path = path
        self.line = line
        self.step = step
        self.reason = reason
    }

    /// `path:line: step: reason`, leaving out what is unknown.
    public var description: String {
        var location = ""
        if let path {
            location = path
            if let line { location += ":\(line)" }
            location += ": "
        }
        return "\(location)\(step.rawValue): \(reason)"
    }
}
