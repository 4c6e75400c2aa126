/// Decodes one `application/x-www-form-urlencoded` component, exactly once.
///
/// The service decoded titles up to three times, which broke on a literal `%` ("23% Tomatometer");
/// decoding once with form rules is what the URLs' producers (Python `urlencode`) intended.
enum FormURLDecoder {
    /// Decodes `text`: `+` is a space, `%XX` is a byte, and a `%` not followed by two hex digits stays `%`.
    /// Returns the text and whether the bytes were not valid UTF-8 (then repaired with U+FFFD).
    static func decode(_ text: Substring) -> (value: String, invalidUTF8: Bool) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        let input = Array(text.utf8)
        var index = 0
        while index < input.count {
            let byte = input[index]
            if byte == UInt8(ascii: "+") {
                bytes.append(UInt8(ascii: " "))
                index += 1
            } else if byte == UInt8(ascii: "%"), index + 2 < input.count,
                let high = hexValue(input[index + 1]), let low = hexValue(input[index + 2])
            {
                bytes.append(high << 4 | low)
                index += 3
            } else {
                bytes.append(byte)
                index += 1
            }
        }
        if let valid = String(validating: bytes, as: UTF8.self) {
            return (valid, false)
        }
        // Repairing instead of failing: one bad byte should not cost the whole card.
        return (String(decoding: bytes, as: UTF8.self), true)
    }

    /// The value of one ASCII hex digit, or nil.
    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
