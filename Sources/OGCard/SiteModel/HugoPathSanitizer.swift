import Foundation

/// Hugo 0.111's path helpers, rune for rune: `paths.Sanitize` (`UnicodeSanitize`),
/// `MakePathSanitized`, `URLEscape` (Go's `url.Parse(s).String()`) and `URLize`
/// (docs/research/generator-urls-and-drafts.md §2.6).
package struct HugoPathSanitizer: Hashable, Sendable {
    /// `removePathAccents`: drop combining marks after decomposing (`café` → `cafe`).
    package var removePathAccents: Bool
    /// `disablePathToLower`: keep the case of paths.
    package var disablePathToLower: Bool

    /// Creates a sanitizer with Hugo's settings.
    package init(removePathAccents: Bool = false, disablePathToLower: Bool = false) {
        self.removePathAccents = removePathAccents
        self.disablePathToLower = disablePathToLower
    }

    /// `MakePathSanitized`: `sanitize`, accents removed if asked, then lowercased (Go's simple
    /// per-rune mapping) unless `disablePathToLower`.
    package func makePathSanitized(_ text: String) -> String {
        var path = Self.sanitize(text)
        if removePathAccents { path = Self.removeAccents(path) }
        return disablePathToLower ? path : Self.lowercased(path)
    }

    /// `URLize`: `makePathSanitized`, then URL-escaped.
    package func urlize(_ text: String) -> String {
        Self.urlEscape(makePathSanitized(text))
    }

    /// `paths.Sanitize`: keeps letters, decimal digits, marks, `./\_#+~-@` and `%XX`; a run of
    /// white space becomes one `-` (none at the start, none next to a kept `-`); drops the rest.
    package static func sanitize(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        var pendingHyphen = false
        var lastWasHyphen = false
        for (index, scalar) in scalars.enumerated() {
            if isAllowed(scalar, at: index, in: scalars) {
                if pendingHyphen && scalar != "-" { result.append("-") }
                result.append(scalar)
                pendingHyphen = false
                lastWasHyphen = scalar == "-"
            } else if scalar.properties.isWhitespace {
                if !result.isEmpty && !lastWasHyphen { pendingHyphen = true }
            }
        }
        return String(result)
    }

    private static func isAllowed(_ scalar: Unicode.Scalar, at index: Int, in scalars: [Unicode.Scalar]) -> Bool {
        if "./\\_#+~-@".unicodeScalars.contains(scalar) { return true }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .decimalNumber, .nonspacingMark, .spacingMark, .enclosingMark:
            return true
        default:
            break
        }
        // Go checks the two following bytes; a non-ASCII scalar is never a hex digit, so scalars do.
        return scalar == "%" && index + 2 < scalars.count && isHex(scalars[index + 1]) && isHex(scalars[index + 2])
    }

    private static func isHex(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII && Character(scalar).isHexDigit
    }

    /// Go's `strings.ToLower`: the simple one-rune mapping (`İ` → `i`, not Ruby's `i̇`; no final sigma).
    package static func lowercased(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let mapping = scalar.properties.lowercaseMapping.unicodeScalars
            if mapping.count == 1, let lower = mapping.first {
                result.append(lower)
            } else if scalar == "\u{130}" {
                result.append("i")  // the one full mapping longer than its simple mapping
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// `text.RemoveAccentsString`: NFD, drop non-spacing marks, NFC.
    package static func removeAccents(_ text: String) -> String {
        var kept = String.UnicodeScalarView()
        for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars
        where scalar.properties.generalCategory != .nonspacingMark {
            kept.append(scalar)
        }
        return String(kept).precomposedStringWithCanonicalMapping
    }

    /// Go's `url.Parse(s).String()` for a site-relative path: a query and a fragment (`#` is a
    /// character Hugo keeps in paths) are split off; the path is kept as written when it is a valid
    /// escaping, else escaped byte by byte (non-ASCII as `%XX`, uppercase hex).
    package static func urlEscape(_ text: String) -> String {
        var rest = Substring(text)
        var fragment: Substring?
        if let hash = rest.firstIndex(of: "#") {
            fragment = rest[rest.index(after: hash)...]
            rest = rest[..<hash]
        }
        var query: Substring?
        if let mark = rest.firstIndex(of: "?") {
            query = rest[rest.index(after: mark)...]
            rest = rest[..<mark]
        }
        var result = escapedPath(String(rest))
        if let query { result += "?" + query }
        if let fragment { result += "#" + escapedFragment(String(fragment)) }
        return result
    }

    /// `URL.EscapedPath`: `raw` if it is a valid escaping of its own unescaped form, else the
    /// escaped form of the unescaped path.
    static func escapedPath(_ raw: String) -> String {
        guard let unescaped = unescape(raw) else { return escape(raw, keep: pathKept) }
        let escaped = escape(unescaped, keep: pathKept)
        if escaped == raw { return raw }
        let valid = raw.utf8.allSatisfy { byte in
            byte == UInt8(ascii: "%") || isUnreserved(byte) || "!$&'()*+,;=:@[]/".utf8.contains(byte)
        }
        return valid ? raw : escaped
    }

    /// `URL.EscapedFragment` (same rule, with Go's fragment character set).
    static func escapedFragment(_ raw: String) -> String {
        guard let unescaped = unescape(raw) else { return escape(raw, keep: fragmentKept) }
        let escaped = escape(unescaped, keep: fragmentKept)
        if escaped == raw { return raw }
        let valid = raw.utf8.allSatisfy { byte in
            byte == UInt8(ascii: "%") || isUnreserved(byte) || "!$&'()*+,;=:@[]/?".utf8.contains(byte)
        }
        return valid ? raw : escaped
    }

    private static let pathKept = Set("$&+,/:;=@".utf8)
    private static let fragmentKept = Set("$&+,/:;=@?!()*".utf8)

    private static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."),
            UInt8(ascii: "~"):
            return true
        default: return false
        }
    }

    private static func escape(_ text: String, keep: Set<UInt8>) -> String {
        var result = ""
        for byte in text.utf8 {
            if isUnreserved(byte) || keep.contains(byte) {
                result.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                let hex = String(byte, radix: 16, uppercase: true)
                result += "%" + (byte < 16 ? "0" + hex : hex)
            }
        }
        return result
    }

    /// Go's path unescaping: `%XX` decoded; nil for a `%` not followed by two hex digits (Go fails there).
    static func unescape(_ text: String) -> String? {
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "%") {
                guard index + 2 < bytes.count, let high = hexValue(bytes[index + 1]),
                    let low = hexValue(bytes[index + 2])
                else { return nil }
                out.append(high << 4 | low)
                index += 3
            } else {
                out.append(bytes[index])
                index += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Go's `url.QueryUnescape`: also `+` → space; nil on a bad escape.
    static func queryUnescape(_ text: String) -> String? {
        unescape(text.replacingOccurrences(of: "+", with: " "))
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
