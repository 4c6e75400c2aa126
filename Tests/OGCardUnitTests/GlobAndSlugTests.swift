import Testing

@testable import OGCard

/// Globs (regenerate's paths) and unique slugs: same results, no exponential or quadratic time.
@Suite struct GlobAndSlugTests {
    @Test(arguments: [
        ("_posts/*.md", "_posts/a.md", true), ("_posts/*.md", "_posts/x/a.md", false),
        ("_posts/**/*.md", "_posts/x/y/a.md", true), ("_posts/**/*.md", "_posts/a.md", true),
        ("**", "a/b/c", true), ("_posts/2024-*", "_posts/2024-01-01-a.md", true),
        ("_posts/2024-*", "_posts/2023-01-01-a.md", false), ("a?c", "abc", true), ("a?c", "a/c", false),
        ("*.md", "a.md", true), ("*.md", "a.mdx", false), ("", "", true), ("*", "", true), ("a*", "a", true),
    ])
    func globMatches(_ pattern: String, _ path: String, _ expected: Bool) {
        #expect(Glob.matches(pattern, path) == expected)
    }

    @Test func aPathologicalPatternReturns() {
        let pattern = String(repeating: "*a", count: 30) + "*b"
        let path = String(repeating: "a", count: 400)
        #expect(!Glob.matches(pattern, path))
        #expect(Glob.matches(String(repeating: "**a", count: 30) + "**", String(repeating: "a/", count: 200) + "a"))
    }

    @Test func thousandsOfRepeatedSlugsStayUnique() {
        let slugs = PostSlug.uniqued(Array(repeating: "a", count: 20_000) + ["a-3"])
        #expect(Set(slugs).count == slugs.count)
        #expect(slugs.prefix(3) == ["a", "a-2", "a-4"])
        #expect(slugs.last == "a-3")
    }
}
