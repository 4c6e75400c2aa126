/// Why the site configuration (ogcard.yml, _config.yml, hugo.toml) could not be read.
/// Prints as `ogcard.yml:LINE: key 'x': reason`, the form editors and CI logs link to.
public struct SiteConfigError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The step that failed.
    public enum Step: String, Hashable, Sendable {
        /// Reading the file from disk.
        case reading = "reading"
        /// Parsing YAML or TOML syntax.
        case parsing = "parsing"
        /// Checking keys and values.
        case validating = "validating"
    }

    /// The file path as given to the loader.
    public var file: String
    /// The 1-based line, when known.
    public var line: Int?
    /// The key at fault (dotted for nested keys, e.g. `design.background`), when there is one.
    public var key: String?
    /// The step that failed.
    public var step: Step
    /// What is wrong.
    public var reason: String

    /// Creates an error.
    public init(file: String, line: Int?, key: String?, step: Step, reason: String) {
        self.file = file
        self.line = line
        self.key = key
        self.step = step
        self.reason = reason
    }

    /// `file:line: key 'x': reason`; the line and key parts are left out when unknown.
    public var description: String {
        var text = file
        if let line { text += ":\(line)" }
        text += ": "
        if let key { text += "key '\(key)': " }
        return text + reason
    }
}
