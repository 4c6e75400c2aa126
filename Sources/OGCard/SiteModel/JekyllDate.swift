package import Foundation

/// Jekyll's reading of a post date (`Utils.parse_date(value.to_s)` → `Time.parse(…).localtime`)
/// and the date placeholders of its URLs, all on the site zone's wall clock.
package enum JekyllDate {
    /// The site zone: `timezone:` (Jekyll sets `TZ` to it), else the zone of the machine running
    /// the build (`TZ`, else the system's), as Jekyll does.
    package static func siteZone(_ settings: JekyllSiteSettings) -> TimeZone {
        guard let name = settings.timezone else { return TimeZone.current }
        // An unknown name behaves as UTC under glibc's TZ handling.
        return TimeZone(identifier: name) ?? TimeZone(identifier: "UTC") ?? TimeZone.current
    }

    /// The instant of a `date:` value as Psych typed it: a YAML timestamp (unquoted, with
    /// seconds) without a zone is UTC; any other zone-less text is wall time in `zone`; a written
    /// offset gives that instant.
    /// - Throws: for null or text ogcard cannot read as a date (Jekyll stops on what `Time.parse`
    ///   cannot read; ogcard reads the ISO shapes, with or without time and zone).
    package static func instant(of value: JekyllYAMLScalar, in zone: TimeZone) throws(JekyllBuildFailure) -> Date {
        switch value.kind {
        case .null:
            throw JekyllBuildFailure(key: "date", reason: "`date:` is empty; Jekyll stops with \"Invalid date ''\"")
        case .string, .time, .date:
            guard let parsed = PostDate(parsing: value.text) else { break }
            if parsed.hasTimeZone || value.kind == .time { return parsed.date }
            return wallTime(parsed.date, in: zone)
        default:
            break
        }
        throw JekyllBuildFailure(
            key: "date",
            reason: "'\(value.text)' is not a date ogcard can read (write YYYY-MM-DD, optionally with "
                + "HH:MM:SS and an offset); Jekyll stops on any date Ruby's Time.parse cannot read")
    }

    /// Midnight of a `YYYY-MM-DD` (or `YYYY-M-D`) file-name date in `zone`.
    package static func fileNameDate(_ text: String, in zone: TimeZone) -> Date? {
        PostDate(parsing: text).map { wallTime($0.date, in: zone) }
    }

    /// The instant whose wall clock in `zone` reads what `utcWallTime` reads in UTC.
    static func wallTime(_ utcWallTime: Date, in zone: TimeZone) -> Date {
        var utc = Calendar(identifier: .gregorian)
        utc.timeZone = TimeZone(identifier: "UTC") ?? utc.timeZone
        var local = Calendar(identifier: .gregorian)
        local.timeZone = zone
        let parts = utc.dateComponents([.year, .month, .day, .hour, .minute, .second, .nanosecond], from: utcWallTime)
        return local.date(from: parts) ?? utcWallTime
    }

    /// Every date placeholder of Jekyll's `UrlDrop` for `date` on `zone`'s wall clock, with
    /// English names whatever the locale (Ruby's `strftime`).
    package static func placeholders(_ date: Date, in zone: TimeZone) -> [String: String] {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second, .weekday], from: date)
        var iso = Calendar(identifier: .iso8601)
        iso.timeZone = zone
        let week = iso.dateComponents([.weekOfYear, .yearForWeekOfYear], from: date)
        let year = parts.year ?? 0
        let month = parts.month ?? 1
        let day = parts.day ?? 1
        let weekday = parts.weekday ?? 1  // 1 = Sunday
        let dayOfYear = calendar.ordinality(of: .day, in: .year, for: date) ?? 1
        func two(_ number: Int) -> String { number < 10 ? "0\(number)" : "\(number)" }
        let months = [
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December",
        ]
        let days = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
        return [
            "year": String(format: "%04d", year),
            "short_year": two(((year % 100) + 100) % 100),
            "month": two(month),
            "i_month": "\(month)",
            "day": two(day),
            "i_day": "\(day)",
            "hour": two(parts.hour ?? 0),
            "minute": two(parts.minute ?? 0),
            "second": two(parts.second ?? 0),
            "y_day": String(format: "%03d", dayOfYear),
            "w_year": String(format: "%04d", week.yearForWeekOfYear ?? year),
            "week": two(week.weekOfYear ?? 1),
            "w_day": "\(weekday == 1 ? 7 : weekday - 1)",
            "short_day": String(days[weekday - 1].prefix(3)),
            "long_day": days[weekday - 1],
            "short_month": String(months[month - 1].prefix(3)),
            "long_month": months[month - 1],
        ]
    }
}
