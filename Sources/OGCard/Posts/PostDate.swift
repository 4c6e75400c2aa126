public import Foundation

/// A post date: the instant plus the UTC offset it was written with.
///
/// `Date` alone forgets the offset, but Open Graph `article:published_time` should say
/// `2017-06-02T11:25:00-06:00`, not the UTC equivalent, so the offset travels with it.
/// A date written without a zone (`2016-03-08`, `2014-10-1 12:00:00`) is taken as UTC:
/// it is deterministic on every machine, unlike the build machine's time zone, and
/// Jekyll sites without a `timezone:` setting on CI servers behave the same way.
public struct PostDate: Sendable, Hashable {
    /// The instant.
    public var date: Date
    /// The offset from UTC, in seconds, as written (0 when no zone was written).
    public var utcOffsetSeconds: Int
    /// Whether a time of day was written (false for `2016-03-08`).
    public var hasTime: Bool
    /// Whether a zone (`Z`, `-0600`, `+02:00`) was written; when false the date was taken as UTC.
    public var hasTimeZone: Bool
    /// The source text, trimmed.
    public var text: String

    /// Creates a date from its parts.
    public init(date: Date, utcOffsetSeconds: Int, hasTime: Bool, hasTimeZone: Bool, text: String) {
        self.date = date
        self.utcOffsetSeconds = utcOffsetSeconds
        self.hasTime = hasTime
        self.hasTimeZone = hasTimeZone
        self.text = text
    }

    /// ISO 8601 in the original offset: `2017-06-02T11:25:00-06:00`; UTC prints as `Z`.
    /// Milliseconds are included only when non-zero.
    public var iso8601: String {
        let local = PostDate.components(of: date, offset: utcOffsetSeconds)
        var text = String(
            format: "%04d-%02d-%02dT%02d:%02d:%02d", local.year, local.month, local.day,
            local.hour, local.minute, local.second)
        if local.milliseconds > 0 { text += String(format: ".%03d", local.milliseconds) }
        if utcOffsetSeconds == 0 { return text + "Z" }
        let sign = utcOffsetSeconds < 0 ? "-" : "+"
        let minutes = abs(utcOffsetSeconds) / 60
        return text + String(format: "%@%02d:%02d", sign, minutes / 60, minutes % 60)
    }

    /// The calendar day in the original offset, `YYYY-MM-DD` (what a card usually prints).
    public var day: String {
        let local = PostDate.components(of: date, offset: utcOffsetSeconds)
        return String(format: "%04d-%02d-%02d", local.year, local.month, local.day)
    }

    // MARK: Calendar arithmetic

    /// Local wall-clock parts of `date` at `offset`; proleptic Gregorian, no Calendar
    /// object, so results never depend on the machine's locale or time zone.
    static func components(of date: Date, offset: Int)
        -> (year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int, milliseconds: Int)
    {
        let shifted = date.timeIntervalSince1970 + Double(offset)
        let whole = Int(shifted.rounded(.down))
        let milliseconds = Int(((shifted - Double(whole)) * 1000).rounded()) % 1000
        let days = Int((Double(whole) / 86_400).rounded(.down))
        let secondsOfDay = whole - days * 86_400
        let civil = civilFromDays(days)
        return (
            civil.year, civil.month, civil.day, secondsOfDay / 3600, secondsOfDay % 3600 / 60,
            secondsOfDay % 60, milliseconds
        )
    }

    /// Days since 1970-01-01 for a proleptic Gregorian date (Howard Hinnant's algorithm).
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    static func civilFromDays(_ days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
