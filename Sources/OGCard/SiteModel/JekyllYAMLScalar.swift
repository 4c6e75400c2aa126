import Foundation

/// How Psych, the YAML reader Jekyll uses (YAML 1.1), types a scalar: the same text means a
/// boolean, a time or a string depending on quoting and shape (`published: no` hides a post,
/// `published: "no"` does not; `slug: 42` is an integer, which stops Jekyll's build).
package struct JekyllYAMLScalar: Sendable, Equatable {
    /// The Ruby class Psych gives the value.
    package enum Kind: Sendable, Equatable {
        case string, null, integer, float, symbol
        case boolean(Bool)
        /// A YAML 1.1 timestamp with seconds (`2024-03-05 23:30:00`, with or without a zone).
        case time
        /// A bare `YYYY-MM-DD` date.
        case date
    }

    /// The scalar's text (after unquoting).
    package var text: String
    /// The type Psych gives it.
    package var kind: Kind

    /// Types `text`; quoted scalars are always strings.
    package init(text: String, isQuoted: Bool) {
        self.text = text
        kind = isQuoted ? .string : Self.tokenize(text)
    }

    /// Whether Ruby treats the value as true (everything but `false` and `nil`).
    package var isTruthy: Bool { kind != .null && kind != .boolean(false) }

    /// Whether a plain scalar is YAML null (`~`, `null` in any case, or nothing).
    package static func isNull(_ text: String) -> Bool {
        tokenize(text) == .null
    }

    /// Psych's `ScalarScanner#tokenize`, for the kinds that matter to Jekyll.
    static func tokenize(_ string: String) -> Kind {
        if string.isEmpty { return .null }
        if (try? wordLike.prefixMatch(in: string)) != nil || string.contains("\n") {
            if string.count > 5 { return .string }
            let lower = string.lowercased()
            guard let first = lower.first, "ytonf~".contains(first) else { return .string }
            if string == "~" || lower == "null" { return .null }
            if ["yes", "true", "on"].contains(lower) { return .boolean(true) }
            if ["no", "false", "off"].contains(lower) { return .boolean(false) }
            return .string
        }
        if (try? time.wholeMatch(in: string)) != nil { return .time }
        if (try? date.wholeMatch(in: string)) != nil {
            return PostDate(parsing: string) == nil ? .string : .date
        }
        let lower = string.lowercased()
        if [".inf", "+.inf", "-.inf", ".nan"].contains(lower) { return .float }
        if string.hasPrefix(":"), string.count > 1 { return .symbol }
        if (try? sexagesimalInteger.wholeMatch(in: string)) != nil { return .integer }
        if (try? sexagesimalFloat.wholeMatch(in: string)) != nil { return .float }
        if (try? float.wholeMatch(in: string)) != nil {
            return (try? lonePoint.wholeMatch(in: string)) != nil ? .string : .float
        }
        if (try? integer.wholeMatch(in: string)) != nil { return .integer }
        return .string
    }

    // The regular expressions of Psych 4.0's scalar_scanner.rb.
    nonisolated(unsafe) private static let wordLike =
        #/[^\d.:\-]?[\p{Alphabetic}_\s!@#$%\^&*(){}<>|\/\\~;=]+/#
    nonisolated(unsafe) private static let time =
        #/-?\d{4}-\d{1,2}-\d{1,2}(?:[Tt]|\s+)\d{1,2}:\d\d:\d\d(?:\.\d*)?(?:\s*(?:Z|[-+]\d{1,2}:?(?:\d\d)?))?/#
    nonisolated(unsafe) private static let date = #/\d{4}-(?:1[012]|0\d|\d)-(?:[12]\d|3[01]|0\d|\d)/#
    nonisolated(unsafe) private static let sexagesimalInteger = #/[-+]?[0-9][0-9_]*(:[0-5]?[0-9]){1,2}/#
    nonisolated(unsafe) private static let sexagesimalFloat = #/[-+]?[0-9][0-9_]*(:[0-5]?[0-9]){1,2}\.[0-9_]*/#
    nonisolated(unsafe) private static let float = #/[-+]?([0-9][0-9_,]*)?\.[0-9]*([eE][-+][0-9]+)?/#
    nonisolated(unsafe) private static let lonePoint = #/[-+]?\./#
    nonisolated(unsafe) private static let integer =
        #/[-+]?0b[0-1_,]+|[-+]?0[0-7_,]+|[-+]?(?:0|[1-9](?:[0-9]|,[0-9]|_[0-9])*)|[-+]?0x[0-9a-fA-F_,]+/#
}
