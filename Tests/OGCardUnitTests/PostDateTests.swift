import Foundation
import Testing

@testable import OGCard

@Suite struct PostDateTests {
    @Test(arguments: [
        ("2017-06-02 11:25:00 -0600", "2017-06-02T11:25:00-06:00"),
        ("2020-04-14 13:52 -0500", "2020-04-14T13:52:00-05:00"),
        ("2021-03-26 21:38:00-06:00", "2021-03-26T21:38:00-06:00"),
        ("2024-06-08T02:01:54.000000Z", "2024-06-08T02:01:54Z"),
        ("2016-03-08", "2016-03-08T00:00:00Z"),
        ("2014-10-1 12:00:00", "2014-10-01T12:00:00Z"),
        ("2019-01-05 08:00:00 +0530   ", "2019-01-05T08:00:00+05:30"),
        ("2023-11-30T23:59:59.250+01:00", "2023-11-30T23:59:59.250+01:00"),
    ])
    func parsesShapes(source: String, expected: String) throws {
        let date = try #require(PostDate(parsing: source))
        #expect(date.iso8601 == expected)
    }

    @Test func keepsInstantAndOffset() throws {
        let date = try #require(PostDate(parsing: "2017-06-02 11:25:00 -0600"))
        #expect(date.utcOffsetSeconds == -21_600)
        #expect(date.date == Date(timeIntervalSince1970: 1_496_424_300))
        #expect(date.hasTime && date.hasTimeZone)
        #expect(date.day == "2017-06-02")
    }

    @Test func dateWithoutZoneIsUTC() throws {
        let date = try #require(PostDate(parsing: "2016-03-08"))
        #expect(!date.hasTime && !date.hasTimeZone)
        #expect(date.date == Date(timeIntervalSince1970: 1_457_395_200))
    }

    @Test(arguments: ["", "yesterday", "2021-02-30", "2021-13-01", "2021-01-01 25:00", "2021-01-01 10:00 junk"])
    func rejectsNonDates(source: String) {
        #expect(PostDate(parsing: source) == nil)
    }

    @Test func quotedAndUnquotedInFrontMatter() throws {
        let quoted = try PostTestSupport.post("---\ntitle: A\ndate: '2024-06-08T02:01:54.000000Z'\n---\n")
        let plain = try PostTestSupport.post("---\ntitle: A\ndate: 2017-06-02 11:25:00 -0600  \n---\n")
        #expect(quoted.date?.iso8601 == "2024-06-08T02:01:54Z")
        // Yams would turn this into a Date and lose -06:00; the source text is used instead.
        #expect(plain.date?.iso8601 == "2017-06-02T11:25:00-06:00")
    }

    @Test func fallsBackToFileNameDate() throws {
        let post = try PostTestSupport.post("---\ntitle: A\n---\n", path: "_posts/2015-07-09-hello.md")
        #expect(post.date?.iso8601 == "2015-07-09T00:00:00Z")
        let bad = try PostTestSupport.post("---\ntitle: A\ndate: someday\n---\n", path: "2015-07-09-hello.md")
        #expect(bad.date?.day == "2015-07-09")
        #expect(bad.warnings.contains { $0.reason.contains("someday") && $0.line == 3 })
    }

    @Test func publishedAt() throws {
        let post = try PostTestSupport.post("---\ntitle: A\npublished_at: 2020-04-14 13:52 -0500\n---\n")
        #expect(post.publishedAt?.iso8601 == "2020-04-14T13:52:00-05:00")
    }
}
