import Foundation
import Testing

@testable import OGCard

/// A card's default `date` text and a layout's `format:` come from one formatter.
@Suite struct PostDateDisplayTests {
    @Test(arguments: [
        ("2017-06-02 23:30:00 -0600", "June 2, 2017"),  // the author's day, not UTC's June 3
        ("2024-05-01", "May 1, 2024"),
        ("2021-03-26T21:38:00+13:00", "March 26, 2021"),
        ("2000-12-31 23:59:59Z", "December 31, 2000"),
    ])
    func defaultTextIsTheAuthorsDayInEnglish(source: String, expected: String) throws {
        let date = try #require(PostDate(parsing: source))
        #expect(date.displayText == expected)
        // The same text a layout asking for that pattern gets.
        let content = CardContent(title: "x", publicationDate: date.date, publicationUTCOffset: date.utcOffsetSeconds)
        #expect(content.text(for: .date, dateFormat: PostDate.displayPattern) == expected)
    }

    @Test func formattersAreSharedSafelyBetweenThreads() throws {
        let date = try #require(PostDate(parsing: "2017-06-02 23:30:00 -0600"))
        let results = UncheckedResults(count: 64)
        DispatchQueue.concurrentPerform(iterations: 64) { index in
            let pattern = index.isMultiple(of: 2) ? "yyyy-MM-dd" : PostDate.displayPattern
            results.set(index, PostDate.format(date.date, utcOffsetSeconds: date.utcOffsetSeconds, pattern: pattern))
        }
        for (index, text) in results.values.enumerated() {
            #expect(text == (index.isMultiple(of: 2) ? "2017-06-02" : "June 2, 2017"))
        }
    }
}

/// Results written by index from concurrent iterations, each slot by one writer.
private final class UncheckedResults: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var values: [String]
    init(count: Int) { values = Array(repeating: "", count: count) }
    func set(_ index: Int, _ value: String) { lock.withLock { values[index] = value } }
}
