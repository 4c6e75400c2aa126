import Foundation

extension DateLocale {
    /// The pattern to use for a layout's `format` (written for English, as in `MMM d, yyyy`):
    /// a pattern with a month name and no weekday means "a date with a short or long month
    /// name", and becomes this language's own order (`d MMM y`, `y年M月d日`); a numeric or
    /// weekday pattern is kept as written, with this language's names.
    func pattern(for layoutPattern: String?) -> String {
        guard let layoutPattern else { return longPattern }
        let letters = Self.fields(of: layoutPattern)
        guard letters.allSatisfy({ ["y", "M", "L", "d"].contains($0.letter) }) else { return layoutPattern }
        guard let month = letters.first(where: { $0.letter == "M" || $0.letter == "L" }), month.count >= 3 else {
            return layoutPattern
        }
        return month.count >= 4 ? longPattern : mediumPattern
    }

    /// `date` written with `pattern` in this language, on the day it is at `utcOffsetSeconds`;
    /// nil when the pattern uses a field other than era-less year, month, day and weekday
    /// (times, zones), which the caller formats the English way.
    func format(_ date: Date, utcOffsetSeconds: Int, pattern: String) -> String? {
        let day = CivilDay(date, utcOffsetSeconds: utcOffsetSeconds)
        var out = ""
        for token in Self.tokens(of: pattern) {
            switch token {
            case .literal(let text): out += text
            case .field(let letter, let count):
                switch (letter, count) {
                case ("y", 2): out += number(day.year % 100, width: 2)
                case ("y", _): out += number(day.year, width: count)
                case ("M", 1...2), ("L", 1...2): out += number(day.month, width: count)
                case ("M", 3), ("L", 3): out += shortMonths[day.month - 1]
                case ("M", _), ("L", _): out += months[day.month - 1]
                case ("d", 1...2): out += number(day.day, width: count)
                case ("E", 1...3): out += shortWeekdays[day.weekday]
                case ("E", _): out += weekdays[day.weekday]
                default: return nil
                }
            }
        }
        return out
    }

    private func number(_ value: Int, width: Int) -> String {
        let text = String(value)
        let padded = String(repeating: "0", count: max(0, width - text.count)) + text
        guard let digits else { return padded }
        return String(padded.map { $0.wholeNumberValue.map { digits[$0] } ?? $0 })
    }

    /// A piece of a date pattern.
    enum Token: Equatable {
        case literal(String)
        case field(Character, Int)
    }

    /// The fields and literal text of a Unicode date pattern: runs of one ASCII letter are fields,
    /// text in single quotes is literal (`''` is a quote), anything else is literal.
    static func tokens(of pattern: String) -> [Token] {
        var tokens: [Token] = []
        let chars = Array(pattern)
        var i = 0
        var literal = ""
        func flush() {
            if !literal.isEmpty { tokens.append(.literal(literal)) }
            literal = ""
        }
        while i < chars.count {
            let c = chars[i]
            if c == "'" {
                if i + 1 < chars.count, chars[i + 1] == "'" {
                    literal.append("'")
                    i += 2
                    continue
                }
                i += 1
                while i < chars.count {
                    if chars[i] == "'" {
                        if i + 1 < chars.count, chars[i + 1] == "'" {
                            literal.append("'")
                            i += 2
                            continue
                        }
                        break
                    }
                    literal.append(chars[i])
                    i += 1
                }
                i += 1
                continue
            }
            if c.isASCII, c.isLetter {
                flush()
                var count = 1
                while i + count < chars.count, chars[i + count] == c { count += 1 }
                tokens.append(.field(c, count))
                i += count
                continue
            }
            literal.append(c)
            i += 1
        }
        flush()
        return tokens
    }

    private static func fields(of pattern: String) -> [(letter: Character, count: Int)] {
        tokens(of: pattern).compactMap { if case .field(let letter, let count) = $0 { (letter, count) } else { nil } }
    }
}

/// A Gregorian calendar day, computed by arithmetic (no calendar or time-zone data involved).
struct CivilDay: Equatable {
    let year: Int
    let month: Int
    let day: Int
    /// 0 for Sunday.
    let weekday: Int

    /// The day `date` falls on at `utcOffsetSeconds` east of UTC.
    init(_ date: Date, utcOffsetSeconds: Int) {
        let seconds = Int((date.timeIntervalSince1970).rounded(.down)) + utcOffsetSeconds
        let days = Int((Double(seconds) / 86_400).rounded(.down))
        // Howard Hinnant's days-to-civil.
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        day = doy - (153 * mp + 2) / 5 + 1
        month = mp < 10 ? mp + 3 : mp - 9
        year = yoe + era * 400 + (month <= 2 ? 1 : 0)
        weekday = ((days % 7) + 11) % 7  // 1970-01-01 was a Thursday
    }
}
