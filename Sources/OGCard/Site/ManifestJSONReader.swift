import Foundation

/// A pull reader over the manifest's JSON bytes: values are decoded straight into the manifest's
/// records, with no tree in between.
///
/// JSONDecoder built a tree of the whole document first: for a 100 000-post manifest that was
/// most of a no-op build's time and memory. This reads any JSON layout (so the pretty-printed
/// format 2 as well as format 3's one record per line), skips keys it does not know, and
/// reports where the bytes stop being JSON.
struct ManifestJSONReader {
    /// Where and why the bytes are not the JSON expected.
    struct Failure: Error {
        var offset: Int
        var reason: String
    }

    private let bytes: UnsafeRawBufferPointer
    private(set) var offset = 0

    /// A reader of `bytes`, which must outlive it.
    init(_ bytes: UnsafeRawBufferPointer) {
        self.bytes = bytes
    }

    /// The line `offset` is on, counting from 1, for error messages.
    func line(of offset: Int) -> Int {
        1 + bytes.prefix(offset).reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
    }

    private func failure(_ reason: String) -> Failure { Failure(offset: offset, reason: reason) }

    private mutating func skipWhitespace() {
        while offset < bytes.count {
            switch bytes[offset] {
            case 0x20, 0x0A, 0x0D, 0x09: offset += 1
            default: return
            }
        }
    }

    /// The next byte that is not white space, without taking it.
    mutating func peek() -> UInt8? {
        skipWhitespace()
        return offset < bytes.count ? bytes[offset] : nil
    }

    private mutating func expect(_ byte: UInt8) throws(Failure) {
        guard peek() == byte else { throw failure("expected '\(Character(UnicodeScalar(byte)))'") }
        offset += 1
    }

    /// Only white space may follow the document.
    mutating func expectEnd() throws(Failure) {
        guard peek() == nil else { throw failure("unexpected text after the end") }
    }

    /// Reads an object, calling `member` with each key; `member` must read the value.
    mutating func readObject(_ member: (inout ManifestJSONReader, String) throws(Failure) -> Void) throws(Failure) {
        try expect(UInt8(ascii: "{"))
        if peek() == UInt8(ascii: "}") {
            offset += 1
            return
        }
        while true {
            let key = try readString()
            try expect(UInt8(ascii: ":"))
            try member(&self, key)
            switch peek() {
            case UInt8(ascii: ","): offset += 1
            case UInt8(ascii: "}"):
                offset += 1
                return
            default: throw failure("expected ',' or '}'")
            }
        }
    }

    /// Reads an array of strings.
    mutating func readStringArray() throws(Failure) -> [String] {
        try expect(UInt8(ascii: "["))
        var items: [String] = []
        if peek() == UInt8(ascii: "]") {
            offset += 1
            return items
        }
        while true {
            items.append(try readString())
            switch peek() {
            case UInt8(ascii: ","): offset += 1
            case UInt8(ascii: "]"):
                offset += 1
                return items
            default: throw failure("expected ',' or ']'")
            }
        }
    }

    /// Takes a `null`, if that is what comes next.
    mutating func readNull() -> Bool {
        guard peek() == UInt8(ascii: "n"), offset + 4 <= bytes.count,
            bytes[offset + 1] == UInt8(ascii: "u"), bytes[offset + 2] == UInt8(ascii: "l"),
            bytes[offset + 3] == UInt8(ascii: "l")
        else { return false }
        offset += 4
        return true
    }

    /// Reads an integer (no fraction, no exponent: the manifest writes none).
    mutating func readInteger() throws(Failure) -> Int64 {
        _ = peek()
        var negative = false
        if offset < bytes.count, bytes[offset] == UInt8(ascii: "-") {
            negative = true
            offset += 1
        }
        var value: Int64 = 0
        let start = offset
        while offset < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[offset]) {
            let (times, overflowA) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflowB) = times.addingReportingOverflow(Int64(bytes[offset] - UInt8(ascii: "0")))
            guard !overflowA, !overflowB else { throw failure("number out of range") }
            value = sum
            offset += 1
        }
        guard offset > start else { throw failure("expected a number") }
        if offset < bytes.count, [UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E")].contains(bytes[offset]) {
            throw failure("expected a whole number")
        }
        return negative ? -value : value
    }

    /// Reads a string; escapes (`\n`, `\u00e9`, surrogate pairs) are decoded.
    mutating func readString() throws(Failure) -> String {
        try expect(UInt8(ascii: "\""))
        let start = offset
        // The common case, no escape: one copy of the bytes.
        while offset < bytes.count {
            let byte = bytes[offset]
            if byte == UInt8(ascii: "\"") {
                let text = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<offset]), as: UTF8.self)
                offset += 1
                return text
            }
            if byte == UInt8(ascii: "\\") { break }
            guard byte >= 0x20 else { throw failure("control character in a string") }
            offset += 1
        }
        var utf8 = Array(bytes[start..<offset])
        while offset < bytes.count {
            let byte = bytes[offset]
            offset += 1
            switch byte {
            case UInt8(ascii: "\""): return String(decoding: utf8, as: UTF8.self)
            case UInt8(ascii: "\\"):
                guard offset < bytes.count else { break }
                let escape = bytes[offset]
                offset += 1
                switch escape {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): utf8.append(escape)
                case UInt8(ascii: "b"): utf8.append(0x08)
                case UInt8(ascii: "f"): utf8.append(0x0C)
                case UInt8(ascii: "n"): utf8.append(0x0A)
                case UInt8(ascii: "r"): utf8.append(0x0D)
                case UInt8(ascii: "t"): utf8.append(0x09)
                case UInt8(ascii: "u"):
                    var scalar = try readHex4()
                    if (0xD800..<0xDC00).contains(scalar), offset + 6 <= bytes.count,
                        bytes[offset] == UInt8(ascii: "\\"), bytes[offset + 1] == UInt8(ascii: "u")
                    {
                        offset += 2
                        let low = try readHex4()
                        guard (0xDC00..<0xE000).contains(low) else { throw failure("invalid surrogate pair") }
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    }
                    guard let unicode = Unicode.Scalar(scalar) else { throw failure("invalid \\u escape") }
                    utf8 += Array(String(Character(unicode)).utf8)
                default: throw failure("invalid escape")
                }
            default:
                guard byte >= 0x20 else { throw failure("control character in a string") }
                utf8.append(byte)
            }
        }
        throw failure("unterminated string")
    }

    private mutating func readHex4() throws(Failure) -> UInt32 {
        guard offset + 4 <= bytes.count else { throw failure("invalid \\u escape") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[offset]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw failure("invalid \\u escape")
            }
            value = value << 4 | UInt32(digit)
            offset += 1
        }
        return value
    }

    /// Skips one value of any kind (a key a later version added).
    mutating func skipValue() throws(Failure) {
        switch peek() {
        case UInt8(ascii: "\""): _ = try readString()
        case UInt8(ascii: "{"): try readObject { reader, _ throws(Failure) in try reader.skipValue() }
        case UInt8(ascii: "["):
            offset += 1
            if peek() == UInt8(ascii: "]") {
                offset += 1
                return
            }
            while true {
                try skipValue()
                switch peek() {
                case UInt8(ascii: ","): offset += 1
                case UInt8(ascii: "]"):
                    offset += 1
                    return
                default: throw failure("expected ',' or ']'")
                }
            }
        default:
            // Numbers, true, false, null: a run of the characters they are made of.
            let start = offset
            while offset < bytes.count,
                "0123456789+-.eEtruefalsn".utf8.contains(bytes[offset])
            {
                offset += 1
            }
            guard offset > start else { throw failure("expected a value") }
        }
    }
}
