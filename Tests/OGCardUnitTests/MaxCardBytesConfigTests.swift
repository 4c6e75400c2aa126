import Foundation
import Testing

@testable import OGCard

/// `max_card_bytes:` in ogcard.yml: a size in bytes, with or without a unit.
@Suite struct MaxCardBytesConfigTests {
    @Test func defaultIs300KB() throws {
        #expect(try ConfigText.parse("url: https://example.com\n").maxCardBytes == 300_000)
    }

    @Test(arguments: [
        ("250000", 250_000), ("250_000", 250_000), ("300 KB", 300_000), ("300kb", 300_000), ("200 KiB", 204_800),
        ("0.5 MB", 500_000), ("1 MiB", 1_048_576), ("4096 B", 4096),
    ])
    func sizesWithAndWithoutUnits(text: String, bytes: Int) throws {
        #expect(try ConfigText.parse("max_card_bytes: \(text)\n").maxCardBytes == bytes)
    }

    @Test(arguments: ["many", "-5", "12", "1 GB", "300 KB KB", "", "+300", "200 MB"])
    func badSizesAreErrorsAtTheirLine(text: String) throws {
        let error = try #require(ConfigText.failure("url: https://example.com\nmax_card_bytes: '\(text)'\n"))
        #expect(error.line == 2 && error.key == "max_card_bytes", "\(error)")
    }

    /// The budget is part of a card's digest only when it is not the default, so changing it
    /// re-renders the cards and upgrading leaves existing digests alone.
    @Test func budgetEntersTheCardDigestOnlyWhenSet() throws {
        var config = try ConfigText.parse("url: https://example.com\n")
        #expect(config.cardSettings(fontDigest: "f") == "f")
        config.maxCardBytes = 100_000
        #expect(config.cardSettings(fontDigest: "f") != "f")
    }
}
