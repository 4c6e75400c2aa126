import Foundation
import Testing

@testable import OGCard

/// Dates in the card's language, from ogcard's pinned table: the same text on every machine.
@Suite struct LocalizedDateTests {
    /// 2017-04-06 23:30 at UTC−6: April 7 in UTC, but the author's day is the 6th (a Thursday).
    static let date = PostDate(parsing: "2017-04-06 23:30:00 -0600")!

    @Test(arguments: [
        ("en", "April 6, 2017"),
        (nil, "April 6, 2017"),
        ("en-US", "April 6, 2017"),
        ("en-GB", "6 April 2017"),
        ("en_AU", "6 April 2017"),
        ("zh", "2017年4月6日"),
        ("zh-Hans", "2017年4月6日"),
        ("zh-Hant-TW", "2017年4月6日"),
        ("zh_TW", "2017年4月6日"),
        ("ja", "2017年4月6日"),
        ("ko", "2017년 4월 6일"),
        ("es", "6 de abril de 2017"),
        ("fr-CA", "6 avril 2017"),
        ("de", "6. April 2017"),
        ("pt-BR", "6 de abril de 2017"),
        ("it", "6 aprile 2017"),
        ("ru", "6 апреля 2017 г."),
        ("ar", "٦ أبريل ٢٠١٧"),
        ("he", "6 באפריל 2017"),
        ("iw", "6 באפריל 2017"),
        ("pl", "6 kwietnia 2017"),
        ("xx-unknown", "April 6, 2017"),  // no data: English, not the machine's locale
    ])
    func defaultDateIsTheLanguagesLongForm(language: String?, expected: String) {
        #expect(Self.date.displayText(language: language) == expected)
        let content = CardContent(
            title: "x", date: Self.date.displayText, language: language, publicationDate: Self.date.date,
            publicationUTCOffset: Self.date.utcOffsetSeconds)
        #expect(content.text(for: .date, dateFormat: nil, language: language) == expected)
    }

    @Test(arguments: [
        ("en", "MMM d, yyyy", "Apr 6, 2017"),
        ("en-GB", "MMM d, yyyy", "6 Apr 2017"),
        ("fr", "MMM d, yyyy", "6 avr. 2017"),
        ("de", "MMM d, yyyy", "6. Apr. 2017"),
        ("zh-Hans", "MMM d, yyyy", "2017年4月6日"),
        ("ja", "MMMM d, y", "2017年4月6日"),
        ("es", "MMMM d, y", "6 de abril de 2017"),
        ("fr", "yyyy-MM-dd", "2017-04-06"),  // numeric: as written
        ("ar", "yyyy-MM-dd", "٢٠١٧-٠٤-٠٦"),
        ("fr", "EEEE d MMMM", "jeudi 6 avril"),  // a weekday: as written, French names
        ("ja", "M/d (E)", "4/6 (木)"),
        ("fr", "d MMM 'à' HH:mm", "6 Apr à 23:30"),  // a time field: the English formatter
    ])
    func layoutFormatsFollowTheLanguage(language: String, pattern: String, expected: String) {
        let content = CardContent(
            title: "x", language: language, publicationDate: Self.date.date,
            publicationUTCOffset: Self.date.utcOffsetSeconds)
        #expect(content.text(for: .date, dateFormat: pattern, language: language) == expected)
    }

    @Test func civilDaysMatchTheGregorianCalendar() throws {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = try #require(TimeZone(secondsFromGMT: 0))
        // Every 97th day from 1600 to 2400, including leap days and dates before 1970.
        for day in stride(from: -135_140, to: 156_000, by: 97) {
            let date = Date(timeIntervalSince1970: Double(day) * 86_400 + 43_200)
            let parts = calendar.dateComponents([.year, .month, .day, .weekday], from: date)
            let civil = CivilDay(date, utcOffsetSeconds: 0)
            #expect(
                [civil.year, civil.month, civil.day, civil.weekday + 1]
                    == [parts.year, parts.month, parts.day, parts.weekday].map { $0 ?? 0 }, "\(date)")
        }
    }

    @Test func everyLanguageHasTwelveMonthsAndSevenDays() {
        for tag in [
            "zh-Hans", "zh-Hant", "ja", "ko", "es", "fr", "de", "pt", "it", "ru", "uk", "ar", "he", "nl", "pl",
            "tr", "id", "sv",
        ] {
            guard let locale = DateLocale.forLanguage(tag) else {
                Issue.record("no data for \(tag)")
                continue
            }
            #expect(locale.months.count == 12 && locale.shortMonths.count == 12, "\(tag)")
            #expect(locale.weekdays.count == 7 && locale.shortWeekdays.count == 7, "\(tag)")
        }
    }
}
