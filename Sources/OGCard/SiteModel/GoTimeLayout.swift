import Foundation

/// Go's `time` layouts (the reference time `Mon Jan 2 15:04:05 MST 2006`), as far as Hugo needs
/// them: parsing dates by spf13/cast's list of layouts and formatting `:2006`-style permalink tokens.
enum GoTimeLayout {
    /// One piece of a layout: literal text or a reference-time field.
    enum Chunk: Equatable {
        case literal(String)
        case longMonth, month, numMonth, zeroMonth
        case longWeekDay, weekDay
        case day, underDay, zeroDay, underYearDay, zeroYearDay
        case hour, hour12, zeroHour12
        case minute, zeroMinute, second, zeroSecond
        case longYear, year
        case pm, lowerPM
        case tz, isoTZ, isoShortTZ, isoColonTZ, numTZ, numColonTZ, numShortTZ
        /// `.000` / `.999` style fractional seconds (`digits` places).
        case fraction(digits: Int)
    }

    /// Splits `layout` into chunks the way Go's `nextStdChunk` does (the common subset).
    static func chunks(_ layout: String) -> [Chunk] {
        let s = Array(layout.utf8)
        var result: [Chunk] = []
        var literal: [UInt8] = []
        var i = 0
        func has(_ text: String, at index: Int) -> Bool {
            let t = Array(text.utf8)
            return index + t.count <= s.count && Array(s[index..<index + t.count]) == t
        }
        func emit(_ chunk: Chunk, length: Int) {
            if !literal.isEmpty { result.append(.literal(String(decoding: literal, as: UTF8.self))) }
            literal = []
            result.append(chunk)
            i += length
        }
        while i < s.count {
            let c = s[i]
            switch c {
            case UInt8(ascii: "J") where has("January", at: i): emit(.longMonth, length: 7); continue
            case UInt8(ascii: "J") where has("Jan", at: i): emit(.month, length: 3); continue
            case UInt8(ascii: "M") where has("Monday", at: i): emit(.longWeekDay, length: 6); continue
            case UInt8(ascii: "M") where has("Mon", at: i): emit(.weekDay, length: 3); continue
            case UInt8(ascii: "M") where has("MST", at: i): emit(.tz, length: 3); continue
            case UInt8(ascii: "0") where has("002", at: i): emit(.zeroYearDay, length: 3); continue
            case UInt8(ascii: "0") where i + 1 < s.count && (UInt8(ascii: "1")...UInt8(ascii: "6")).contains(s[i + 1]):
                let table: [Chunk] = [.zeroMonth, .zeroDay, .zeroHour12, .zeroMinute, .zeroSecond, .year]
                emit(table[Int(s[i + 1] - UInt8(ascii: "1"))], length: 2)
                continue
            case UInt8(ascii: "1") where has("15", at: i): emit(.hour, length: 2); continue
            case UInt8(ascii: "1"): emit(.numMonth, length: 1); continue
            case UInt8(ascii: "2") where has("2006", at: i): emit(.longYear, length: 4); continue
            case UInt8(ascii: "2"): emit(.day, length: 1); continue
            case UInt8(ascii: "_") where has("_2006", at: i):
                literal.append(c)
                emit(.longYear, length: 5)
                continue
            case UInt8(ascii: "_") where has("__2", at: i): emit(.underYearDay, length: 3); continue
            case UInt8(ascii: "_") where has("_2", at: i): emit(.underDay, length: 2); continue
            case UInt8(ascii: "3"): emit(.hour12, length: 1); continue
            case UInt8(ascii: "4"): emit(.minute, length: 1); continue
            case UInt8(ascii: "5"): emit(.second, length: 1); continue
            case UInt8(ascii: "P") where has("PM", at: i): emit(.pm, length: 2); continue
            case UInt8(ascii: "p") where has("pm", at: i): emit(.lowerPM, length: 2); continue
            case UInt8(ascii: "-") where has("-07:00", at: i): emit(.numColonTZ, length: 6); continue
            case UInt8(ascii: "-") where has("-0700", at: i): emit(.numTZ, length: 5); continue
            case UInt8(ascii: "-") where has("-07", at: i): emit(.numShortTZ, length: 3); continue
            case UInt8(ascii: "Z") where has("Z07:00", at: i): emit(.isoColonTZ, length: 6); continue
            case UInt8(ascii: "Z") where has("Z0700", at: i): emit(.isoTZ, length: 5); continue
            case UInt8(ascii: "Z") where has("Z07", at: i): emit(.isoShortTZ, length: 3); continue
            case UInt8(ascii: "."), UInt8(ascii: ","):
                var j = i + 1
                if j < s.count, s[j] == UInt8(ascii: "0") || s[j] == UInt8(ascii: "9") {
                    let digit = s[j]
                    while j < s.count && s[j] == digit { j += 1 }
                    // Only a run not followed by another digit is a fraction (Go's isDigit check).
                    if j >= s.count || !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(s[j]) {
                        emit(.fraction(digits: j - i - 1), length: j - i)
                        continue
                    }
                }
            default:
                break
            }
            literal.append(c)
            i += 1
        }
        if !literal.isEmpty { result.append(.literal(String(decoding: literal, as: UTF8.self))) }
        return result
    }

    /// Go's `Time.Format(layout)`.
    static func format(_ date: HugoDate, layout: String) -> String {
        var out = ""
        func pad(_ value: Int, _ width: Int, _ filler: Character = "0") -> String {
            let text = String(value)
            return String(repeating: filler, count: max(0, width - text.count)) + text
        }
        let hour12 = date.hour % 12 == 0 ? 12 : date.hour % 12
        for chunk in chunks(layout) {
            switch chunk {
            case .literal(let text): out += text
            case .longMonth: out += date.monthName
            case .month: out += String(date.monthName.prefix(3))
            case .numMonth: out += String(date.month)
            case .zeroMonth: out += pad(date.month, 2)
            case .longWeekDay: out += date.weekdayName
            case .weekDay: out += String(date.weekdayName.prefix(3))
            case .day: out += String(date.day)
            case .underDay: out += pad(date.day, 2, " ")
            case .zeroDay: out += pad(date.day, 2)
            case .underYearDay: out += pad(date.yearDay, 3, " ")
            case .zeroYearDay: out += pad(date.yearDay, 3)
            case .hour: out += pad(date.hour, 2)
            case .hour12: out += String(hour12)
            case .zeroHour12: out += pad(hour12, 2)
            case .minute: out += String(date.minute)
            case .zeroMinute: out += pad(date.minute, 2)
            case .second: out += String(date.second)
            case .zeroSecond: out += pad(date.second, 2)
            case .longYear: out += pad(date.year, 4)
            case .year: out += pad(date.year % 100, 2)
            case .pm: out += date.hour >= 12 ? "PM" : "AM"
            case .lowerPM: out += date.hour >= 12 ? "pm" : "am"
            case .tz: out += date.zoneName
            case .fraction(let digits): out += "." + String(repeating: "0", count: digits)
            case .isoTZ, .isoShortTZ, .isoColonTZ, .numTZ, .numColonTZ, .numShortTZ:
                let offset = date.offsetSeconds
                let iso = chunk == .isoTZ || chunk == .isoShortTZ || chunk == .isoColonTZ
                if iso && offset == 0 {
                    out += "Z"
                    continue
                }
                let minutes = abs(offset) / 60
                out += (offset < 0 ? "-" : "+") + pad(minutes / 60, 2)
                if chunk == .isoColonTZ || chunk == .numColonTZ { out += ":" }
                if chunk != .isoShortTZ && chunk != .numShortTZ { out += pad(minutes % 60, 2) }
            }
        }
        return out
    }

    /// The layouts spf13/cast tries, in its order, and whether each carries a numeric offset
    /// (else the value is wall time in the default location). Time-only layouts are left out:
    /// they give year 0, which no post means.
    static let castLayouts: [(layout: String, hasOffset: Bool)] = [
        ("2006-01-02T15:04:05Z07:00", true),
        ("2006-01-02T15:04:05", false),
        ("Mon, 02 Jan 2006 15:04:05 -0700", true),
        ("Mon, 02 Jan 2006 15:04:05 MST", false),
        ("02 Jan 06 15:04 -0700", true),
        ("02 Jan 06 15:04 MST", false),
        ("Monday, 02-Jan-06 15:04:05 MST", false),
        ("2006-01-02 15:04:05.999999999 -0700 MST", true),
        ("2006-01-02T15:04:05-0700", true),
        ("2006-01-02 15:04:05Z0700", true),
        ("2006-01-02 15:04:05", false),
        ("Mon Jan _2 15:04:05 2006", false),
        ("Mon Jan _2 15:04:05 MST 2006", false),
        ("Mon Jan 02 15:04:05 -0700 2006", true),
        ("2006-01-02 15:04:05Z07:00", true),
        ("2006-01-02", false),
        ("02 Jan 2006", false),
        ("2006-01-02 15:04:05 -07:00", true),
        ("2006-01-02 15:04:05 -0700", true),
    ]

    /// The fields Go's `time.Parse` reads from `value` with `layout`, or nil when it does not match.
    static func parse(_ value: String, layout: String) -> (fields: HugoDate, hasOffset: Bool)? {
        let v = Array(value.utf8)
        var i = 0
        var year = 1, month = 1, day = 1, hour = 0, minute = 0, second = 0
        var offset: Int?
        var pmSet: Bool?
        var zoneName = "UTC"
        func number(min: Int, max: Int) -> Int? {
            var j = i
            while j < v.count, j - i < max, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(v[j]) { j += 1 }
            guard j - i >= min else { return nil }
            let n = Int(String(decoding: v[i..<j], as: UTF8.self))
            i = j
            return n
        }
        func word(_ names: [String]) -> Int? {
            for (index, name) in names.enumerated() {
                let n = Array(name.utf8)
                if i + n.count <= v.count, Array(v[i..<i + n.count]).map({ $0 | 0x20 }) == n.map({ $0 | 0x20 }) {
                    i += n.count
                    return index
                }
            }
            return nil
        }
        let chunks = chunks(layout)
        for (index, chunk) in chunks.enumerated() {
            switch chunk {
            case .literal(let text):
                let t = Array(text.utf8)
                guard i + t.count <= v.count, Array(v[i..<i + t.count]) == t else { return nil }
                i += t.count
            case .longMonth: guard let m = word(HugoDate.monthNames) else { return nil }; month = m + 1
            case .month:
                guard let m = word(HugoDate.monthNames.map { String($0.prefix(3)) }) else { return nil }; month = m + 1
            case .longWeekDay: guard word(HugoDate.weekdayNames) != nil else { return nil }
            case .weekDay: guard word(HugoDate.weekdayNames.map { String($0.prefix(3)) }) != nil else { return nil }
            case .numMonth: guard let m = number(min: 1, max: 2) else { return nil }; month = m
            case .zeroMonth: guard let m = number(min: 2, max: 2) else { return nil }; month = m
            case .day, .underDay:
                if chunk == .underDay, i < v.count, v[i] == UInt8(ascii: " ") { i += 1 }
                guard let d = number(min: 1, max: 2) else { return nil }; day = d
            case .zeroDay: guard let d = number(min: 2, max: 2) else { return nil }; day = d
            case .underYearDay, .zeroYearDay: return nil  // no layout cast tries has a year day
            case .hour: guard let h = number(min: 1, max: 2) else { return nil }; hour = h
            case .hour12, .zeroHour12:
                guard let h = number(min: chunk == .hour12 ? 1 : 2, max: 2), h <= 12 else { return nil }; hour = h
            case .minute, .zeroMinute:
                guard let m = number(min: chunk == .minute ? 1 : 2, max: 2) else { return nil }; minute = m
            case .second, .zeroSecond:
                guard let s = number(min: chunk == .second ? 1 : 2, max: 2) else { return nil }; second = s
                // Go reads a fraction after the seconds even when the layout has none.
                let nextIsFraction: Bool = {
                    if case .fraction = chunks[safe: index + 1] { return true }
                    return false
                }()
                if !nextIsFraction, i + 1 < v.count, v[i] == UInt8(ascii: "."),
                    (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(v[i + 1])
                {
                    i += 1
                    _ = number(min: 1, max: 9)
                }
            case .longYear: guard let y = number(min: 4, max: 4) else { return nil }; year = y
            case .year: guard let y = number(min: 2, max: 2) else { return nil }; year = y >= 69 ? 1900 + y : 2000 + y
            case .pm, .lowerPM:
                guard let p = word(["AM", "PM"]) else { return nil }; pmSet = p == 1
            case .tz:
                var j = i
                while j < v.count, (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(v[j]) { j += 1 }
                guard j - i >= 3 else { return nil }
                zoneName = String(decoding: v[i..<j], as: UTF8.self)
                i = j
            case .fraction(let digits):
                guard i < v.count, v[i] == UInt8(ascii: ".") || v[i] == UInt8(ascii: ",") else {
                    // `.999` layouts make the fraction optional.
                    continue
                }
                i += 1
                guard number(min: 1, max: max(digits, 9)) != nil else { return nil }
            case .isoTZ, .isoShortTZ, .isoColonTZ, .numTZ, .numColonTZ, .numShortTZ:
                let iso = chunk == .isoTZ || chunk == .isoShortTZ || chunk == .isoColonTZ
                if iso, i < v.count, v[i] == UInt8(ascii: "Z") {
                    i += 1
                    offset = 0
                    continue
                }
                guard i < v.count, v[i] == UInt8(ascii: "+") || v[i] == UInt8(ascii: "-") else { return nil }
                let sign = v[i] == UInt8(ascii: "-") ? -1 : 1
                i += 1
                guard let hours = number(min: 2, max: 2) else { return nil }
                var minutes = 0
                if chunk == .isoColonTZ || chunk == .numColonTZ {
                    guard i < v.count, v[i] == UInt8(ascii: ":") else { return nil }
                    i += 1
                }
                if chunk != .isoShortTZ && chunk != .numShortTZ {
                    guard let m = number(min: 2, max: 2) else { return nil }
                    minutes = m
                }
                offset = sign * (hours * 3600 + minutes * 60)
            }
        }
        guard i == v.count else { return nil }
        if let pmSet {
            if pmSet && hour < 12 { hour += 12 } else if !pmSet && hour == 12 { hour = 0 }
        }
        let monthDays = [31, isLeap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard (1...12).contains(month), day >= 1, day <= monthDays[month - 1], hour < 24, minute < 60, second < 60
        else { return nil }
        let fields = HugoDate(
            year: year, month: month, day: day, hour: hour, minute: minute, second: second,
            offsetSeconds: offset ?? 0, zoneName: zoneName)
        return (fields, offset != nil)
    }

    static func isLeap(_ year: Int) -> Bool { year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) }
}

extension Array {
    fileprivate subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
