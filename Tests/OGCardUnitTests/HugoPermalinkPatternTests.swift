import Foundation
import Testing

@testable import OGCard

/// `[permalinks]` patterns: Hugo 0.111's validation and every token (§2.5 of
/// docs/research/generator-urls-and-drafts.md; H1/H2 rows of §3.2).
@Suite struct HugoPermalinkPatternTests {
    let december29 = HugoDate(
        year: 2024, month: 12, day: 29, hour: 15, minute: 4, second: 5, offsetSeconds: 3600, zoneName: "CET")

    func page(title: String = "C++ & Rust: a Tale!", slug: String = "", fileName: String = "Note One")
        -> HugoPermalinkPattern.Page
    {
        HugoPermalinkPattern.Page(
            date: december29, section: "docs", sections: ["docs", "guides", "advanced"], title: title, slug: slug,
            fileName: fileName)
    }

    func expand(_ pattern: String, _ page: HugoPermalinkPattern.Page) throws -> String {
        try HugoPermalinkPattern(pattern).expand(page, sanitizer: HugoPathSanitizer())
    }

    @Test func dateTokens() throws {
        #expect(try expand("/:year/:month/:day/", page()) == "/2024/12/29/")
        #expect(try expand("/:monthname-:weekday-:weekdayname-:yearday/", page()) == "/December-0-Sunday-364/")
        let zero = HugoPermalinkPattern.Page(date: .zero, section: "", sections: [], title: "", slug: "", fileName: "x")
        #expect(try expand("/:year/:month/:day/", zero) == "/1/01/01/")
    }

    @Test func goLayoutTokens() throws {
        // Only \w runs are tokens: `-01-02T15` stays literal, `:04` is the minutes.
        #expect(try expand("/:2006-01-02T15:04/", page()) == "/2024-01-02T1504/")
        #expect(
            try expand("/:2006/:01/:02/:15/:04/:05/:Jan/:January/:Mon/:Monday/", page())
                == "/2024/12/29/15/04/05/Dec/December/Sun/Sunday/")
        #expect(try expand("/:002/:06/:3/:Z0700/", page()) == "/364/24/3/+0100/")
        // Hugo's reference time is 23:01, which `PM` formats as itself: Hugo does not know `:PM`.
        #expect(throws: HugoPermalinkError.self) { try HugoPermalinkPattern("/:PM/") }
    }

    @Test func titleSlugAndFileName() throws {
        #expect(try expand("/:title/", page()) == "/c++-rust-a-tale/")
        #expect(try expand("/:slug/", page()) == "/c++-rust-a-tale/", ":slug falls back to the title")
        #expect(try expand("/:slug/", page(slug: "C++ tips")) == "/c++-tips/")
        #expect(try expand("/:filename/:slugorfilename/", page()) == "/note-one/note-one/")
        #expect(try expand("/:slugorfilename/", page(slug: "Own Slug")) == "/own-slug/")
    }

    @Test func sections() throws {
        #expect(try expand("/:section/:sections/", page()) == "/docs/docs/guides/advanced/")
        #expect(
            try expand("/:sections[1:]/:sections[last]/:sections[0]/:sections[:2]/", page())
                == "/guides/advanced/advanced/docs/docs/guides/")
        #expect(try expand("/:sections[5]/x/", page()) == "//x/", "out of range gives nothing")
    }

    @Test func invalidPatternsAreHugosErrors() {
        #expect(throws: HugoPermalinkError.self) { try HugoPermalinkPattern("/:contentbasename/") }
        #expect(throws: HugoPermalinkError.self) { try HugoPermalinkPattern("/:foo/:title/") }
        #expect(throws: HugoPermalinkError.self) { try HugoPermalinkPattern("/:year//:title/") }
        #expect(throws: HugoPermalinkError.self) { try HugoPermalinkPattern("") }
        #expect(throws: Never.self) { try HugoPermalinkPattern("/static/path/") }
        do {
            _ = try HugoPermalinkPattern("/:contentbasename/")
        } catch {
            #expect(error.message.contains("permalink ill-formed"))
            #expect(error.message.contains(":contentbasename"))
        }
    }

    @Test func tokensAreGoRegexpMatches() {
        #expect(
            HugoPermalinkPattern.matches(in: "/:title2/:month_:day/:sections[1:]x") == [
                ":title2", ":month_", ":day", ":sections[1:]",
            ])
    }
}
