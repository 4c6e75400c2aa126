/// Something in an opengraphimg URL that ogcard tolerates but the user should hear about.
public struct OpenGraphImageWarning: Hashable, Sendable, CustomStringConvertible {
    /// What kind of oddity it is, so callers can filter without parsing the message.
    public enum Kind: String, Hashable, Sendable {
        /// A parameter the service never read.
        case unknownParameter
        /// The same parameter (or one of its aliases) appears more than once; the last one wins.
        case repeatedParameter
        /// A `style` other than custom, classic, devto or modern; the service fell back to custom.
        case unknownStyle
        /// `atSymbol` other than `true`/`false`; only `true` means true.
        case nonBooleanAtSymbol
        /// A Tailwind class ogcard does not know; it is ignored.
        case unknownTailwindClass
        /// Percent-escapes that do not form UTF-8; the bad bytes became U+FFFD.
        case invalidUTF8
        /// An empty value for a parameter where empty means nothing; treated as absent.
        case emptyValue
    }

    /// The kind of warning.
    public var kind: Kind
    /// The parameter name as written in the URL, when the warning is about one.
    public var parameter: String?
    /// The offending value or class, when there is one.
    public var value: String?
    /// A sentence for the user.
    public var message: String

    /// Creates a warning.
    public init(kind: Kind, parameter: String?, value: String?, message: String) {
        self.kind = kind
        self.parameter = parameter
        self.value = value
        self.message = message
    }

    /// The message, prefixed with the parameter name.
    public var description: String {
        if let parameter { return "parameter '\(parameter)': \(message)" }
        return message
    }
}
