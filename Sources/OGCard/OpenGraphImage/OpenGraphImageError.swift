/// Why an opengraphimg URL or parameter set could not be read.
///
/// The parser does not know where the URL came from, so `file`/`line` start empty;
/// callers that read it from front matter fill them with `located(file:line:)`.
public struct OpenGraphImageError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The step that failed.
    public enum Step: String, Hashable, Sendable {
        /// Recognising the host and path.
        case recognisingURL = "recognising the URL"
        /// Reading one parameter's value.
        case readingParameter = "reading a parameter"
    }

    /// The file the URL came from, if known.
    public var file: String?
    /// The 1-based line in `file`, if known.
    public var line: Int?
    /// The step that failed.
    public var step: Step
    /// The whole input, so the message can be understood out of context.
    public var input: String
    /// The parameter at fault, if any.
    public var parameter: String?
    /// The bad value, if any.
    public var value: String?
    /// What is wrong, in words.
    public var reason: String

    /// Creates an error.
    public init(
        file: String? = nil, line: Int? = nil, step: Step, input: String, parameter: String? = nil,
        value: String? = nil, reason: String
    ) {
        self.file = file
        self.line = line
        self.step = step
        self.input = input
        self.parameter = parameter
        self.value = value
        self.reason = reason
    }

    /// The same error, attributed to a place in a file.
    public func located(file: String, line: Int?) -> OpenGraphImageError {
        var copy = self
        copy.file = file
        copy.line = line
        return copy
    }

    /// `file:line: opengraphimg URL, step: parameter 'x' = 'v': reason`.
    public var description: String {
        var text = ""
        if let file {
            text += file
            if let line { text += ":\(line)" }
            text += ": "
        }
        text += "opengraphimg URL, \(step.rawValue): "
        if let parameter {
            text += "parameter '\(parameter)'"
            if let value { text += " = '\(value)'" }
            text += ": "
        }
        return text + reason
    }
}
