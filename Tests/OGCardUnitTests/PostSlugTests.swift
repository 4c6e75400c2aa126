import Foundation
import Testing

@testable import OGCard

@Suite struct PostSlugTests {
    static func isSafe(_ slug: String) -> Bool {
        !slug.isEmpty && !slug.hasPrefix("-") && !slug.hasSuffix("-")
            && slug.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    @Test(arguments: ["../etc", "a/b", "x\u{0}y\u{7}z", "..", "/", "Café Crème", "I'd like it", "🚀🔥"])
    func sanitizedSlugsAreSafe(input: String) {
        let slug = PostSlug.make(frontMatterSlug: input, path: "_posts/2020-01-01-🚀.md")
        #expect(Self.isSafe(slug), "\(slug)")
        #expect(!slug.contains("/") && !slug.contains(".."))
    }

    @Test func pageBundlesAreNamedByTheirFolder() {
        #expect(PostSlug.make(frontMatterSlug: nil, path: "content/posts/my-trip/index.md") == "my-trip")
        #expect(PostSlug.make(frontMatterSlug: nil, path: "content/2024-05-01-launch/_index.md") == "launch")
        #expect(PostSlug.make(frontMatterSlug: nil, path: "content/posts/index-of-things.md") == "index-of-things")
    }

    @Test func examples() {
        #expect(PostSlug.sanitize("../etc") == "etc")
        #expect(PostSlug.sanitize("a/b") == "a-b")
        #expect(PostSlug.sanitize("Café Crème") == "cafe-creme")
        #expect(PostSlug.sanitize("I'd like it") == "id-like-it")
        #expect(PostSlug.sanitize("🚀🔥") == nil)
        #expect(PostSlug.baseName(ofPath: "_posts/2017-06-02-pycon-us-2017.md") == "pycon-us-2017")
        #expect(PostSlug.sanitize(String(repeating: "word ", count: 40))!.count <= PostSlug.maximumLength)
    }

    @Test func slugFromPostFields() throws {
        #expect(try PostTestSupport.post("---\ntitle: A\nslug: ../../etc/passwd\n---\n").slug == "etc-passwd")
        #expect(try PostTestSupport.post("---\ntitle: A\n---\n").slug == "pycon-us-2017")
        let emoji = try PostTestSupport.post("---\ntitle: 🚀🔥\n---\n", path: "_posts/2020-01-01-🚀.md")
        #expect(emoji.slug == PostSlug.fallback(forPath: "2020-01-01-🚀.md"))
        #expect(emoji.slug.hasPrefix("post-") && emoji.slug.count == 13)
        #expect(emoji.slug != PostSlug.fallback(forPath: "2020-01-01-🔥.md"))
    }

    @Test func uniqueness() {
        #expect(PostSlug.uniqued(["foo", "bar", "foo", "foo"]) == ["foo", "bar", "foo-2", "foo-3"])
        #expect(PostSlug.uniqued(["foo", "foo", "foo-2"]) == ["foo", "foo-3", "foo-2"])
        #expect(PostSlug.uniqued([]) == [])
    }

    @Test func sha256KnownAnswers() {
        #expect(SHA256Digest.hex(Array("".utf8)) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(
            SHA256Digest.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256Digest.hex(Array(String(repeating: "a", count: 1000).utf8)).hasPrefix("41edece4"))
    }
}
