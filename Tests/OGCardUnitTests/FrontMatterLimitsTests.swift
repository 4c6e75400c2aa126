import Foundation
import Testing

@testable import OGCard

/// Front matter past a limit is one error naming the file, a line and the limit's key; nothing
/// crashes, recurses without bound or expands exponentially.
@Suite struct FrontMatterLimitsTests {
    /// A 10-level "billion laughs": 9^10 (3.5 billion) strings once expanded, 700 bytes as text.
    static func aliasBomb(levels: Int = 10) -> String {
        var lines = [#"a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]"#]
        for level in 1..<levels {
            lines.append(
                "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ",") + "]")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The error `text` fails with, as a Diagnostic (nil, recorded, when it parses).
    func failure(_ text: String, limits: InputLimits = .default) -> Diagnostic? {
        do {
            _ = try FrontMatterParser.parse(Data(text.utf8), path: "post.md", limits: limits)
            Issue.record("expected an error")
            return nil
        } catch {
            return error
        }
    }

    @Test func anAliasBombFailsBeforeExpanding() throws {
        let error = try #require(failure("---\ntitle: bomb\n" + Self.aliasBomb() + "---\nbody\n"))
        #expect(error.step == .parseYAML)
        #expect(error.reason.contains("limits.front_matter_nodes"), "\(error)")
        // The line where the count passed the limit: within the bomb's lines (2–12), not past the block.
        #expect((2...12).contains(error.line ?? 0), "\(error)")
    }

    /// Fuzzing found a bomb that got past the count: a byte that is not UTF-8 stopped libyaml's
    /// counting pass (a syntax error, so "within the limits"), while Yams composed the text with the
    /// byte replaced by U+FFFD, bomb included, and expanding it ran out of memory.
    @Test func anAliasBombAfterAByteThatIsNotUTF8FailsBeforeExpanding() throws {
        let post = Array("---\ntitle: bomb".utf8) + [0xFF] + Array(("\n" + Self.aliasBomb() + "---\nbody\n").utf8)
        #expect {
            _ = try FrontMatterParser.parse(Data(post), path: "post.md")
        } throws: { error in
            (error as? Diagnostic)?.reason.contains("limits.front_matter_nodes") == true
        }
    }

    @Test func anAliasBombAsAMappingKeyFailsBeforeYamsHashesIt() throws {
        // Yams' duplicate-key check hashes every key: an alias key would be walked fully inside compose.
        let error = try #require(failure("---\n" + Self.aliasBomb() + "? *a9\n: 1\n---\n"))
        #expect(error.reason.contains("limits.front_matter_nodes"), "\(error)")
    }

    @Test func smallAliasesStillWork() throws {
        let text = "---\nbase: &base {color: red, size: 2}\nother: *base\ntags: &t [a, b]\nmore: *t\n---\n"
        let front = try #require(try FrontMatterParser.parse(Data(text.utf8), path: "p.md"))
        #expect(front["other"] == front["base"])
        #expect(front["more"] == .list([.scalar("a"), .scalar("b")]))
    }

    @Test func theNodeLimitIsConfigurable() throws {
        let list = "---\ntags: [" + (1...200).map(String.init).joined(separator: ", ") + "]\n---\n"
        var limits = InputLimits()
        limits.frontMatterNodes = 100
        let error = try #require(failure(list, limits: limits))
        #expect(error.reason.contains("more than 100") && error.reason.contains("front_matter_nodes"))
        #expect(try FrontMatterParser.parse(Data(list.utf8), path: "p.md")?["tags"]?.list?.count == 200)
    }

    @Test(arguments: [
        (
            "---\nx: " + String(repeating: "[", count: 40) + String(repeating: "]", count: 40) + "\n---\n",
            BuildStep.parseYAML
        ),
        (
            "---\nx:\n" + (1...40).map { String(repeating: "  ", count: $0) + "k\($0):" }.joined(separator: "\n")
                + " v\n---\n", .parseYAML
        ),
        ("+++\nx = " + String(repeating: "[", count: 40) + String(repeating: "]", count: 40) + "\n+++\n", .parseTOML),
        ("+++\n" + (1...40).map { "k\($0)" }.joined(separator: ".") + " = 1\n+++\n", .parseTOML),
        ("{\"x\": " + String(repeating: "[", count: 40) + String(repeating: "]", count: 40) + "}\n", .parseJSON),
    ])
    func nestingDeeperThanTheLimitFails(_ text: String, step: BuildStep) throws {
        let error = try #require(failure(text))
        #expect(error.step == step)
        #expect(error.reason.contains("deeper than 32") && error.reason.contains("front_matter_depth"), "\(error)")
    }

    @Test(arguments: [
        "---\nx: " + String(repeating: "[", count: 100_000) + "\n---\n",
        "+++\nx = " + String(repeating: "[", count: 100_000) + "\n+++\n",
        "{\"x\": " + String(repeating: "[", count: 100_000) + "\n",
        "+++\n" + Array(repeating: "k", count: 100_000).joined(separator: ".") + " = 1\n+++\n",
    ])
    func hundredThousandOpeningBracketsDoNotOverflowTheStack(_ text: String) throws {
        let error = try #require(failure(text))
        #expect(error.reason.contains("deeper than 32") && error.reason.contains("front_matter_depth"), "\(error)")
    }

    @Test func frontMatterOverTheSizeLimitFails() throws {
        let big = "---\ntitle: x\ndescription: " + String(repeating: "word ", count: 250_000) + "\n---\nbody\n"
        let error = try #require(failure(big))
        #expect(error.line == 1 && error.step == .parseYAML)
        // The closing line lies past the limit, so the block "does not end within" it.
        #expect(error.reason.contains("within 1 MiB") && error.reason.contains("front_matter_bytes"), "\(error.reason)")
        // Just over the limit, the block's own size is given.
        let justOver = "---\ntitle: x\ndescription: " + String(repeating: "a", count: 1_048_576) + "\n---\n"
        let sized = try #require(failure(justOver))
        #expect(sized.reason.contains("is 1048599 bytes, more than 1 MiB (1048576 bytes)"), "\(sized.reason)")
        var limits = InputLimits()
        limits.frontMatterBytes = 2 * 1_048_576
        #expect(try FrontMatterParser.parse(Data(big.utf8), path: "p.md", limits: limits)?["title"] == .scalar("x"))
    }

    @Test(arguments: ["---\n", "+++\n"])
    func anUnclosedBlockLongerThanTheLimitSaysSo(_ opener: String) throws {
        let text = opener + String(repeating: "a: b\n", count: 300_000)
        let error = try #require(failure(text))
        #expect(error.reason.contains("does not end within 1 MiB"), "\(error)")
        // A short unclosed block keeps its own message.
        #expect(failure(opener + "a: b\n")?.step == .findFrontMatter)
    }

    @Test func jsonOverTheSizeLimitFails() throws {
        let text = "{\"title\": \"" + String(repeating: "a", count: 1_100_000) + "\"}\nbody\n"
        let error = try #require(failure(text))
        #expect(error.step == .parseJSON && error.reason.contains("front_matter_bytes"), "\(error)")
    }

    @Test(arguments: [#"{"title": "\uD800\u0041"}"#, #"{"title": "\uD83D\uD83D"}"#, #"{"title": "\uDC00"}"#])
    func unpairedSurrogatesInJSONAreErrorsNotCrashes(_ text: String) throws {
        let error = try #require(failure(text + "\n"))
        #expect(error.step == .parseJSON && error.reason.contains("unicode escape"), "\(error)")
    }

    @Test func aValidSurrogatePairIsStillDecoded() throws {
        let front = try #require(
            try FrontMatterParser.parse(Data(#"{"title": "a \uD83D\uDE00"}"#.utf8), path: "p.json"))
        #expect(front["title"] == .scalar("a 😀"))
    }

    @Test func tomlWithMoreKeysThanTheLimitFails() throws {
        let text = "+++\n" + (1...20_000).map { "k\($0) = 1" }.joined(separator: "\n") + "\n+++\n"
        let error = try #require(failure(text))
        #expect(error.step == .parseTOML && error.reason.contains("front_matter_nodes"), "\(error)")
    }
}
