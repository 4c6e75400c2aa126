import Foundation
import Testing

@testable import OGCard

/// Dates read as Hugo 0.111 reads them (spf13/cast): a written offset is kept, a zone-less value
/// is wall time in `timeZone` (UTC by default), an unreadable one is no date (§2.2; H1, H2, H6).
@Suite struct HugoDateTests {
    let utc = TimeZone(identifier: "UTC")!
    let tokyo = TimeZone(identifier: "Asia/Tokyo")!
    let newYork = TimeZone(identifier: "America/New_York")!

    func fields(_ date: HugoDate?) -> String? {
        date.map { GoTimeLayout.format($0, layout: "2006-01-02 15:04:05 -07:00") }
    }

    @Test func offsetsAreKept() {
        #expect(fields(HugoDate.parse("2024-03-05T23:30:00-05:00", in: tokyo)) == "2024-03-05 23:30:00 -05:00")
        #expect(fields(HugoDate.parse("2024-03-05 23:30:00 -0500", in: utc)) == "2024-03-05 23:30:00 -05:00")
        #expect(fields(HugoDate.parse("2024-03-06T01:00:00+09:00", in: newYork)) == "2024-03-06 01:00:00 +09:00")
        #expect(fields(HugoDate.parse("2024-03-05T14:59:59Z", in: tokyo)) == "2024-03-05 14:59:59 +00:00")
        #expect(fields(HugoDate.parse("2024-03-05T14:59:59.123456Z", in: tokyo)) == "2024-03-05 14:59:59 +00:00")
    }

    @Test func zoneLessValuesAreInTheSiteZone() {
        #expect(fields(HugoDate.parse("2024-03-05T23:30:00", in: tokyo)) == "2024-03-05 23:30:00 +09:00")
        #expect(fields(HugoDate.parse("2024-03-05 23:30:00", in: tokyo)) == "2024-03-05 23:30:00 +09:00")
        #expect(fields(HugoDate.parse("2024-03-06", in: newYork)) == "2024-03-06 00:00:00 -05:00")
        #expect(fields(HugoDate.parse("2024-07-06", in: newYork)) == "2024-07-06 00:00:00 -04:00")
        #expect(fields(HugoDate.parse("02 Jan 2024", in: utc)) == "2024-01-02 00:00:00 +00:00")
        #expect(fields(HugoDate.parse("Mon, 02 Jan 2006 15:04:05 -0700", in: utc)) == "2006-01-02 15:04:05 -07:00")
    }

    @Test func unreadableValuesAreNoDate() {
        #expect(HugoDate.parse("2024-03-05 23:30", in: utc) == nil, "no seconds")
        #expect(HugoDate.parse("2024-02-30", in: utc) == nil)
        #expect(HugoDate.parse("March 5, 2024", in: utc) == nil)
        #expect(HugoDate.parse("2024-3-5", in: utc) == nil)
    }

    @Test func calendarFields() throws {
        let date = try #require(HugoDate.parse("2024-12-29", in: utc))
        #expect(date.weekday == 0)
        #expect(date.weekdayName == "Sunday")
        #expect(date.yearDay == 364)
        #expect(date.monthName == "December")
        let leap = try #require(HugoDate.parse("2024-12-31", in: utc))
        #expect(leap.yearDay == 366)
        #expect(HugoDate.zero.weekday == 1, "0001-01-01 was a Monday")
    }

    @Test func instantsCompareAcrossZones() throws {
        let a = try #require(HugoDate.parse("2024-03-05T23:30:00-05:00", in: utc))
        let b = try #require(HugoDate.parse("2024-03-06T04:30:00Z", in: utc))
        #expect(a.instant == b.instant)
    }

    @Test func fileNameDates() throws {
        let (date, slug) = try #require(HugoPageDates.fromFileName("2024-03-05-dated-name", zone: tokyo))
        #expect(fields(date) == "2024-03-05 00:00:00 +09:00")
        #expect(slug == "dated-name")
        #expect(HugoPageDates.fromFileName("not-a-date-at-all", zone: utc) == nil)
        #expect(HugoPageDates.fromFileName("2024-03", zone: utc) == nil)
    }
}
