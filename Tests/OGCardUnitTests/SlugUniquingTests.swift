import Testing

@testable import OGCard

/// One algorithm makes slugs unique, for a list of slugs and for a build that keeps earlier ones.
@Suite struct SlugUniquingTests {
    @Test func reservedSlugsAreNeverGivenAgain() {
        #expect(PostSlug.uniqued(["foo", "bar"], avoiding: ["foo"]) == ["foo-2", "bar"])
        #expect(PostSlug.uniqued(["foo", "foo"], avoiding: ["foo", "foo-2"]) == ["foo-3", "foo-4"])
        // A name in the input is skipped by counters, so the post named `foo-2` keeps it.
        #expect(PostSlug.uniqued(["foo", "foo", "foo-2"], avoiding: ["bar"]) == ["foo", "foo-3", "foo-2"])
        #expect(PostSlug.uniqued([], avoiding: ["foo"]) == [])
    }
}
