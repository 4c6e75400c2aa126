/// Why an absolute URL could not be built for a page or card.
public struct SiteURLError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The step that failed.
    public enum Step: String, Hashable, Sendable {
        /// Checking the configured site URL.
        case checkingSiteURL = "checking the site URL"
        /// Making a path absolute.
        case makingAbsolute = "making a URL absolute"
    }

    /// The step that failed.
    public var step: Step
    /// The site URL or path at fault.
    public var input: String
    /// What is wrong.
    public var reason: String

    /// Creates an error.
    public init(step: Step, input: String, reason: String) {
        self.step = step
        self.input = input
        self.reason = reason
    }

    /// `step: 'input': reason`.
    public var description: String { "\(step.rawValue): '\(input)': \(reason)" }
}
