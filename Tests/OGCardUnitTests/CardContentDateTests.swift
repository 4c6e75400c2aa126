import Foundation
import Testing

@testable import OGCard

/// Dates on cards are the day the author wrote, whatever the machine's time zone.
@Suite struct CardContentDateTests {
    @Test func formattedDateUsesThePostsOwnOffset() throws {
        let date = try #require(PostDate(parsing: "2017-06-02 23:30:00 -0600"))
        let content = CardContent(title: "x", publicationDate: date.date, publicationUTCOffset: date.utcOffsetSeconds)
        #expect(content.text(for: .date, dateFormat: "yyyy-MM-dd HH:mm") == "2017-06-02 23:30")
        let utc = CardContent(title: "x", publicationDate: date.date)
        #expect(utc.text(for: .date, dateFormat: "yyyy-MM-dd") == "2017-06-03")
    }

    @Test func monthNamesAreEnglishWhateverTheLocale() throws {
        let date = try #require(PostDate(parsing: "2024-05-01"))
        let content = CardContent(title: "x", publicationDate: date.date, publicationUTCOffset: date.utcOffsetSeconds)
        #expect(content.text(for: .date, dateFormat: "MMMM d, yyyy") == "May 1, 2024")
    }
}
