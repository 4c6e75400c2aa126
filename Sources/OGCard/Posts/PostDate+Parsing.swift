import Foundation

extension PostDate {
    /// Parses every date shape real front matter uses:
    /// `2016-03-08`, `2014-10-1 12:00:00`, `2020-04-14 13:52 -0500`,
    /// `2017-06-02 11:25:00 -0600`, `2021-03-26 21:38:00-06:00`,
    /// `2024-06-08T02:01:54.000000Z`, with surrounding spaces or quotes.
    /// Returns `nil` for anything else (including impossible dates such as `2021-02-30`).
    public init?(parsing source: String) {
        var text = source.trimmingCharacters(in: .whitespacesAndNewlines)
        // Quotes survive only when a value was double-quoted inside single quotes or similar.
        if text.count >= 2, let first = text.first, first == "\"" || first == "'", text.last == first {
            text = String(text.dropFirst().dropLast()).trimmingCharacters(in: .whitespaces)
        }
        var scanner = DateScanner(Array(text.utf8))
        guard let year = scanner.number(minDigits: 4, maxDigits: 4), scanner.take("-"),
            let month = scanner.number(minDigits: 1, maxDigits: 2), scanner.take("-"),
            let day = scanner.number(minDigits: 1, maxDigits: 2),
            (1...12).contains(month), (1...PostDate.daysInMonth(year: year, month: month)).contains(day)
        else { return nil }

        var hour = 0, minute = 0, second = 0
        var fraction = 0.0
        var offset = 0
        var hasTime = false
        var hasZone = false
        if !scanner.atEnd {
            let separated = scanner.take("T") || scanner.take("t") || scanner.skipSpaces() > 0
            guard separated, let h = scanner.number(minDigits: 1, maxDigits: 2), scanner.take(":"),
                let m = scanner.number(minDigits: 2, maxDigits: 2)
            else { return nil }
            hour = h
            minute = m
            hasTime = true
            if scanner.take(":") {
                guard let s = scanner.number(minDigits: 2, maxDigits: 2) else { return nil }
                second = s
                if scanner.take(".") || scanner.take(",") {
                    guard let digits = scanner.digits(), !digits.isEmpty else { return nil }
                    fraction = Double("0." + digits) ?? 0
                }
            }
            guard hour < 24, minute < 60, second <= 60 else { return nil }
            scanner.skipSpaces()
            if scanner.take("Z") || scanner.take("z") || scanner.take("UTC") || scanner.take("GMT") {
                hasZone = true
            } else if let sign = scanner.sign() {
                guard let zoneHours = scanner.number(minDigits: 2, maxDigits: 2) else { return nil }
                var zoneMinutes = 0
                let colon = scanner.take(":")
                if colon || scanner.peekDigit {
                    guard let value = scanner.number(minDigits: 2, maxDigits: 2) else { return nil }
                    zoneMinutes = value
                }
                guard zoneHours <= 18, zoneMinutes < 60 else { return nil }
                offset = sign * (zoneHours * 3600 + zoneMinutes * 60)
                hasZone = true
            }
            scanner.skipSpaces()
            guard scanner.atEnd else { return nil }
        }
        let days = PostDate.daysFromCivil(year: year, month: month, day: day)
        let seconds = days * 86_400 + hour * 3600 + minute * 60 + second - offset
        self.init(
            date: Date(timeIntervalSince1970: Double(seconds) + fraction), utcOffsetSeconds: offset,
            hasTime: hasTime, hasTimeZone: hasZone, text: text)
    }

    /// The date from a `YYYY-MM-DD-` file-name prefix (Jekyll's `_posts` convention), as UTC midnight.
    public init?(fileName: String) {
        let bytes = Array(fileName.utf8)
        guard bytes.count > 11, bytes[10] == UInt8(ascii: "-") else { return nil }
        let prefix = String(decoding: bytes[0..<10], as: UTF8.self)
        guard
            prefix.utf8.enumerated().allSatisfy({ index, byte in
                index == 4 || index == 7 ? byte == UInt8(ascii: "-") : (0x30...0x39).contains(byte)
            })
        else { return nil }
        self.init(parsing: prefix)
    }
}
