import Foundation

/// Jekyll's `URL.escape_path` (Addressable's `URI.encode`) and `URL#sanitize_url`.
package enum JekyllPathEscaping {
    /// Escapes one placeholder value: unchanged when it is only `[a-zA-Z0-9./-]`; otherwise split
    /// like a URI (`scheme:` before any `/?#`, then path `?` query `#` fragment), each part
    /// percent-encoding what its class does not allow (UTF-8 bytes, uppercase hex), `#` → `%23`.
    /// - Throws: when a `:` comes before any `/`, `?` or `#` and what precedes it is not a URI
    ///   scheme (`1:2`, `Swift tips: x`): Addressable raises and the Jekyll build stops.
    package static func escapePath(_ value: String) throws(JekyllBuildFailure) -> String {
        if value.isEmpty || value.utf8.allSatisfy(isPlain) { return value }
        var rest = Substring(value)
        var result = ""
        if let delimiter = rest.firstIndex(where: { ":/?#".contains($0) }), rest[delimiter] == ":" {
            let scheme = rest[..<delimiter]
            guard isScheme(scheme) else {
                throw JekyllBuildFailure(
                    key: nil, reason: "'\(value)' has a ':' after '\(scheme)', which is not a URI scheme")
            }
            result = scheme + ":"
            rest = rest[rest.index(after: delimiter)...]
        }
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
        result += encode(rest, keeping: pathExtras)
        if let query { result += "?" + encode(query, keeping: queryExtras) }
        // Jekyll turns the fragment's `#` into `%23`; the fragment class has no `#`, so any
        // further `#` is encoded as well.
        if let fragment { result += "%23" + encode(fragment, keeping: queryExtras) }
        return result
    }

    /// Jekyll's `sanitize_url`: prepend `/`, every `..` → `/`, drop every `./`, squeeze `/` runs.
    package static func sanitize(_ url: String) -> String {
        let text = ("/" + url).replacingOccurrences(of: "..", with: "/").replacingOccurrences(of: "./", with: "")
        var result = ""
        for character in text where !(character == "/" && result.hasSuffix("/")) {
            result.append(character)
        }
        return result
    }

    /// Percent-encodes every UTF-8 byte of `text` that is neither unreserved nor in `extras`.
    static func encode(_ text: Substring, keeping extras: Set<UInt8>) -> String {
        var result = ""
        for byte in text.utf8 {
            if isUnreserved(byte) || extras.contains(byte) {
                result.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                result += hexEscape(byte)
            }
        }
        return result
    }

    /// `%XX` with uppercase hex.
    static func hexEscape(_ byte: UInt8) -> String {
        let hex = String(byte, radix: 16, uppercase: true)
        return "%" + (hex.count == 1 ? "0" + hex : hex)
    }

    /// RFC 3986 unreserved: `A–Z a–z 0–9 - . _ ~`.
    static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
            UInt8(ascii: "~"):
            true
        default: false
        }
    }

    /// Sub-delims plus `:` and `@` (Addressable's `PCHAR` beyond the unreserved).
    static let pcharExtras = Set("!$&'()*+,;=:@".utf8)
    /// The path class: pchar and `/`.
    static let pathExtras = pcharExtras.union("/".utf8)
    /// The query and fragment classes: pchar, `/` and `?`.
    static let queryExtras = pcharExtras.union("/?".utf8)

    /// `[a-zA-Z0-9./-]`: the values Jekyll leaves alone.
    private static func isPlain(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: "/"), UInt8(ascii: "-"):
            true
        default: false
        }
    }

    /// `[A-Za-z][A-Za-z0-9+.-]*`.
    private static func isScheme(_ text: Substring) -> Bool {
        guard let first = text.utf8.first, isLetter(first) else { return false }
        return text.utf8.allSatisfy {
            isLetter($0) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) || "+.-".utf8.contains($0)
        }
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
    }
}
