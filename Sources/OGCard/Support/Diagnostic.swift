/// Everything ogcard has to tell about its input, from the parsers to the command line: an error
/// (thrown, or collected when one post fails and the build goes on), a warning or a note, with
/// where (file and line), during which step, and why.
///
/// It prints as `file:line: step: reason`, the form editors and CI logs link to; the command line
/// adds the severity in front of warnings and notes.
public struct Diagnostic: Error, Hashable, Sendable, Codable, CustomStringConvertible {
    /// How much it matters.
    public enum Severity: String, Hashable, Sendable, Codable, Comparable {
        /// For verbose output: something a user may want to know (a URL's text differing from the front matter).
        case note
        /// Worth a user's attention; the card is still made (a missing title, a logo left out).
        case warning
        /// The post (or the build, when thrown from a site-wide step) could not be done.
        case error

        private var rank: Int { self == .note ? 0 : self == .warning ? 1 : 2 }

        /// Notes before warnings before errors.
        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }

    /// How much it matters.
    public var severity: Severity
    /// The file concerned (a post, ogcard.yml, a layout), as given to ogcard; nil when none is.
    public var file: String?
    /// The 1-based line in `file`, when known.
    public var line: Int?
    /// What ogcard was doing.
    public var step: BuildStep
    /// The config key, URL parameter or field at fault, when there is one (the reason names it
    /// too; this is for callers that point at it, such as a config file's line for a parameter).
    public var key: String?
    /// Why, in words a user can act on.
    public var reason: String

    /// Creates a diagnostic; an error unless `severity` says otherwise.
    public init(
        _ severity: Severity = .error, file: String? = nil, line: Int? = nil, step: BuildStep, key: String? = nil,
        reason: String
    ) {
        self.severity = severity
        self.file = file
        self.line = line
        self.step = step
        self.key = key
        self.reason = reason
    }

    /// `file:line: step: reason`, leaving out what is unknown.
    public var description: String {
        var location = ""
        if let file, !file.isEmpty {
            location = file
            if let line { location += ":\(line)" }
            location += ": "
        }
        return "\(location)\(step.rawValue): \(reason)"
    }

    /// The same diagnostic, attributed to a place in a file where the producer could not know it
    /// (an opengraphimg URL read from a post's `image:` line). A known file is kept.
    public func located(file: String, line: Int?) -> Diagnostic {
        var copy = self
        if copy.file == nil {
            copy.file = file
            copy.line = line
        }
        return copy
    }

    /// This diagnostic as a failure of `post` (or another file a build step works on). About that
    /// file already, it keeps its line and its own step (a parse error), unless that step is the
    /// generic `.writeFile`, which `step` replaces. About another file (the card a write failed
    /// on), `step` leads and that file joins the reason:
    /// `_posts/a.md: writing the card: assets/og/a.png: cannot write temporary file: No space left on device`.
    func reported(on post: String, during step: BuildStep) -> Diagnostic {
        guard let own = file, own != post else {
            var copy = located(file: post, line: nil)
            if copy.step == .writeFile { copy.step = step }
            return copy
        }
        var copy = self
        copy.reason = "\(own)\(line.map { ":\($0)" } ?? ""): \(reason)"
        copy.file = post
        copy.line = nil
        copy.step = step
        return copy
    }

    /// Any error as a diagnostic of `step` about `file`: a diagnostic stays itself (its own file and
    /// step say more); anything else becomes an error with its description as the reason.
    public static func wrapping(_ error: any Error, file: String?, step: BuildStep) -> Diagnostic {
        if let diagnostic = error as? Diagnostic { return diagnostic }
        return Diagnostic(file: file, step: step, reason: "\(error)")
    }
}

extension Diagnostic {
    /// A warning about one parameter of an opengraphimg URL (the caller locates it in a post).
    static func urlWarning(parameter: String?, message: String) -> Diagnostic {
        Diagnostic(
            .warning, step: .readURL, key: parameter,
            reason: parameter.map { "parameter '\($0)': \(message)" } ?? message)
    }
}

extension Diagnostic {
    /// An error in a config file (ogcard.yml, _config.yml, hugo.toml), naming the key at fault
    /// (dotted for nested keys, e.g. `design.background`) in front of the reason.
    static func config(file: String, line: Int?, key: String?, step: BuildStep, reason: String) -> Diagnostic {
        Diagnostic(file: file, line: line, step: step, key: key, reason: key.map { "key '\($0)': \(reason)" } ?? reason)
    }

    /// The order reports list diagnostics in: by file, line, severity, reason. Parallel workers
    /// finish in any order; sorted this way, a run's list reads the same every time.
    package static func inReportOrder(_ a: Diagnostic, _ b: Diagnostic) -> Bool {
        (a.file ?? "", a.line ?? 0, a.severity, a.reason) < (b.file ?? "", b.line ?? 0, b.severity, b.reason)
    }
}
