import Foundation
import Testing

@testable import OGCard

/// Hugo 0.111's `Sanitize`, `MakePathSanitized`, URL escaping and `URLize`, on the examples of
/// docs/research/generator-urls-and-drafts.md §2.6 and §3.2 (H1, H4), which came from real hugo runs.
@Suite struct HugoPathSanitizerTests {
    let plain = HugoPathSanitizer()

    @Test(arguments: [
        ("a - b", "a-b"), ("a -- b", "a--b"), ("--a--", "--a--"), ("emoji🎉party", "emojiparty"),
        ("emoji 🎉 party", "emoji-party"), ("a.b.", "a.b."), ("  lead and trail  ", "lead-and-trail"),
        ("C++ & Rust: a Tale!", "C++-Rust-a-Tale"), ("x² Ⅻ", "x"), ("100%41 %zz", "100%41-zz"),
        ("tab\tand\u{3000}ideographic", "tab-and-ideographic"), ("zero\u{200B}width", "zerowidth"),
        ("C# Tips & Tricks", "C#-Tips-Tricks"), ("a\\b/c_d~e@f", "a\\b/c_d~e@f"),
    ])
    func sanitize(input: String, expected: String) {
        #expect(HugoPathSanitizer.sanitize(input) == expected)
    }

    @Test func lowercasingIsGosSimpleMapping() {
        #expect(plain.makePathSanitized("İstanbul") == "istanbul")
        #expect(plain.makePathSanitized("ΣΑΣ") == "σασ")
        #expect(plain.makePathSanitized("ǅ") == "ǆ")
        #expect(plain.makePathSanitized("Straße") == "straße")
    }

    @Test func optionsKeepCaseOrDropAccents() {
        #expect(HugoPathSanitizer(disablePathToLower: true).makePathSanitized("My File Name") == "My-File-Name")
        #expect(
            HugoPathSanitizer(removePathAccents: true).makePathSanitized("Café Ünïcode (v2), ok?")
                == "cafe-unicode-v2-ok")
        #expect(HugoPathSanitizer(removePathAccents: true).makePathSanitized("ǅ") == "ǆ")
    }

    @Test(arguments: [
        ("/posts/café/", "/posts/caf%C3%A9/"), ("/posts/c++-tips-%41/", "/posts/c++-tips-%41/"),
        ("/posts/c#-tips-tricks/", "/posts/c#-tips-tricks/"), ("/a\\b/", "/a%5Cb/"),
        ("/custom/Path Here/", "/custom/Path%20Here/"), ("/ü-%41/", "/%C3%BC-A/"), ("/x!y(z)/", "/x!y(z)/"),
    ])
    func urlEscape(input: String, expected: String) {
        #expect(HugoPathSanitizer.urlEscape(input) == expected)
    }

    @Test(arguments: [
        ("C++", "c++"), ("%41bc", "%41bc"), ("Ⅻ", ""), ("İstanbul", "istanbul"), ("ΣΑΣ", "%CF%83%CE%B1%CF%83"),
        ("a - b", "a-b"), ("emoji 🎉 party", "emoji-party"), ("Custom Slug! Über", "custom-slug-%C3%BCber"),
    ])
    func urlize(input: String, expected: String) {
        #expect(plain.urlize(input) == expected)
    }

    @Test func queryUnescapeTurnsPlusIntoSpace() {
        #expect(HugoPathSanitizer.queryUnescape("/t/c++-rust/") == "/t/c  -rust/")
        #expect(HugoPathSanitizer.queryUnescape("%41bc") == "Abc")
        #expect(HugoPathSanitizer.queryUnescape("%zz") == nil)
    }
}
