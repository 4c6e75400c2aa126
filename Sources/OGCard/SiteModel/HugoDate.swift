package import Foundation

/// A date as Hugo 0.111 holds it (a Go `time.Time`): an instant with the UTC offset it was read
/// with. Read by spf13/cast's rules: a written offset is kept; a zone-less value is wall time in
/// the site's `timeZone` (UTC by default). See docs/research/generator-urls-and-drafts.md §2.2.
package struct HugoDate: Hashable, Sendable {
    /// The wall clock fields in `offsetSeconds`.
    package var year: Int
    /// 1–12.
    package var month: Int
    /// 1–31.
    package var day: Int
    /// 0–23.
    package var hour: Int
    /// 0–59.
    package var minute: Int
    /// 0–59.
    package var second: Int
    /// The offset from UTC the value carries.
    package var offsetSeconds: Int
    /// The zone's abbreviation for Go's `MST` layout token, when known.
    package var zoneName: String

    /// Go's zero `time.Time` (year 1), what an absent or unreadable date is.
    package static let zero = HugoDate(
        year: 1, month: 1, day: 1, hour: 0, minute: 0, second: 0, offsetSeconds: 0, zoneName: "UTC")

    /// Creates a date from wall-clock fields.
    package init(
        year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int, offsetSeconds: Int, zoneName: String
    ) {
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
        self.second = second
        self.offsetSeconds = offsetSeconds
        self.zoneName = zoneName
    }

    /// Whether this is Go's zero time (never "in the future", never expired).
    package var isZero: Bool { self == Self.zero }

    /// The instant.
    package var instant: Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 0)!
        let components = DateComponents(
            year: year, month: month, day: day, hour: hour, minute: minute, second: second)
        let wall = calendar.date(from: components) ?? Date(timeIntervalSince1970: 0)
        return wall.addingTimeInterval(TimeInterval(-offsetSeconds))
    }

    /// `Weekday()`: 0 = Sunday.
    package var weekday: Int {
        let days = Self.daysFromCivil(year: year, month: month, day: day)
        return ((days % 7) + 7 + 4) % 7  // 1970-01-01 was a Thursday
    }

    /// `YearDay()`: 1–366.
    package var yearDay: Int {
        Self.daysFromCivil(year: year, month: month, day: day) - Self.daysFromCivil(year: year, month: 1, day: 1) + 1
    }

    /// English month name (`December`).
    package var monthName: String { Self.monthNames[month - 1] }
    /// English weekday name (`Sunday`).
    package var weekdayName: String { Self.weekdayNames[weekday] }

    static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]
    static let weekdayNames = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]

    /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The date at `instant` in `zone` (for file modification times).
    package init(instant: Date, in zone: TimeZone) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: instant)
        self.init(
            year: parts.year ?? 1, month: parts.month ?? 1, day: parts.day ?? 1, hour: parts.hour ?? 0,
            minute: parts.minute ?? 0, second: parts.second ?? 0, offsetSeconds: zone.secondsFromGMT(for: instant),
            zoneName: zone.abbreviation(for: instant) ?? "UTC")
    }
}
