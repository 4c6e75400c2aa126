import Foundation
import Testing

@testable import OGCard

/// `limits:` in ogcard.yml, and the size guard on config files themselves.
@Suite struct ConfigLimitsTests {
    @Test func everyLimitCanBeSet() throws {
        let config = try ConfigText.parse(
            """
            limits:
              front_matter_bytes: 2_097_152
              front_matter_depth: 8
              front_matter_nodes: 500
              tags: 5
              title_characters: 120
              description_characters: 160
              image_side: 1024
            """)
        #expect(
            config.limits
                == InputLimits(
                    frontMatterBytes: 2_097_152, frontMatterDepth: 8, frontMatterNodes: 500, tags: 5,
                    titleCharacters: 120,
                    descriptionCharacters: 160, imageSide: 1024))
    }

    @Test func unsetLimitsKeepTheirDefaults() throws {
        #expect(try ConfigText.parse("url: https://example.com\n").limits == .default)
        let config = try ConfigText.parse("limits:\n  tags: 3\n")
        #expect(config.limits.tags == 3 && config.limits.frontMatterBytes == 1_048_576)
    }

    @Test func badLimitsAreErrorsAtTheirLine() throws {
        let unknown = try #require(ConfigText.failure("url: https://example.com\nlimits:\n  title_length: 10\n"))
        #expect(
            unknown.line == 3 && unknown.key == "limits.title_length" && unknown.reason.contains("title_characters"))
        let range = try #require(ConfigText.failure("limits:\n  front_matter_depth: 100000\n"))
        #expect(range.line == 2 && range.reason.contains("outside 1–200"), "\(range)")
        let text = try #require(ConfigText.failure("limits:\n  tags: many\n"))
        #expect(text.line == 2 && text.reason.contains("whole number"))
        let twice = try #require(ConfigText.failure("limits:\n  tags: 1\n  tags: 2\n"))
        #expect(twice.reason.contains("given twice") || twice.reason.contains("twice"))
        let scalar = try #require(ConfigText.failure("limits: 5\n"))
        #expect(scalar.line == 1 && scalar.key == "limits")
    }

    @Test func anAliasBombKeyInOgcardYmlIsRefused() throws {
        // Before: Yams hashed the key while composing and never returned (the value-only bomb was
        // refused at once only because the loader never walks a value under an unknown key).
        let error = try #require(
            ConfigText.failure("url: https://example.com\n" + FrontMatterLimitsTests.aliasBomb() + "? *a9\n: 1\n"))
        #expect(error.step == .readConfig && error.reason.contains("aliases expanded"), "\(error)")
        #expect(!error.reason.contains("limits."), "config files have fixed limits: \(error)")
        #expect((2...12).contains(error.line ?? 0))
    }

    @Test func aLongUnknownKeyGetsNoSuggestionAndNoDelay() throws {
        let error = try #require(ConfigText.failure("? " + String(repeating: "k", count: 200_000) + "\n: 1\n"))
        #expect(error.reason == "key '\(error.key ?? "")': unknown key" && error.key?.count == 200_000)
    }
}
