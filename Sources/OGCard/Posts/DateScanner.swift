/// A tiny byte cursor for date parsing (internal helper).
struct DateScanner {
    let bytes: [UInt8]
    var index = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var atEnd: Bool { index >= bytes.count }
    var peekDigit: Bool { !atEnd && (0x30...0x39).contains(bytes[index]) }

    mutating func take(_ literal: String) -> Bool {
        let literalBytes = Array(literal.utf8)
        guard bytes[index...].starts(with: literalBytes) else { return false }
        index += literalBytes.count
        return true
    }

    @discardableResult
    mutating func skipSpaces() -> Int {
        let start = index
        while !atEnd, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
        return index - start
    }

    mutating func sign() -> Int? {
        if take("+") { return 1 }
        if take("-") { return -1 }
        return nil
    }

    mutating func digits() -> String? {
        let start = index
        while peekDigit { index += 1 }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    mutating func number(minDigits: Int, maxDigits: Int) -> Int? {
        let start = index
        while peekDigit, index - start < maxDigits { index += 1 }
        guard index - start >= minDigits else { index = start; return nil }
        return Int(String(decoding: bytes[start..<index], as: UTF8.self))
    }
}
