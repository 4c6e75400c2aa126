import Testing

@testable import OGCard

/// Jekyll's `Utils.slugify` and `URL.escape_path` (research §1.7, from results/jekyll-unit.txt).
@Suite struct JekyllSlugifyTests {
    @Test(arguments: [
        ("C++", "c", "C++"),
        ("Q&A?", "q-a", "Q&A"),
        ("a.b.", "a-b", "a.b."),
        ("Hello World_X", "hello-world-x", "Hello-World_X"),
        ("emoji-🎉-party", "emoji-party", "emoji-party"),
        ("what's up, doc", "what-s-up-doc", "what's-up,-doc"),
        ("日本語 ١٢٣", "日本語-١٢٣", "日本語-١٢٣"),
        ("x² Ⅻ", "x", "x"),
        ("--lead  trail--", "lead-trail", "lead-trail"),
    ])
    func slugifyKeepsLettersMarksAndDigits(text: String, defaultMode: String, prettyCased: String) {
        #expect(JekyllSlugify.slugify(text) == defaultMode)
        #expect(JekyllSlugify.slugify(text, mode: .pretty, cased: true) == prettyCased)
    }

    @Test func prettyCasedKeepsAccentsAndDropsTheDash() {
        #expect(JekyllSlugify.slugify("Héllo Wörld — ça va?", mode: .pretty, cased: true) == "Héllo-Wörld-ça-va")
        // A combining mark is a mark (\p{M}), so a decomposed é survives as two scalars.
        #expect(JekyllSlugify.slugify("cafe\u{301}").unicodeScalars.count == 5)
    }

    @Test func downcaseIsRubysFullContextFreeMapping() {
        #expect(JekyllSlugify.downcase("İ").unicodeScalars.map(\.value) == [0x69, 0x307])
        #expect(JekyllSlugify.downcase("ΣΑΣ") == "σασ")
        #expect(JekyllSlugify.downcase("ß") == "ß")
        #expect(JekyllSlugify.downcase("ǅ") == "ǆ")
    }

    @Test(arguments: [
        ("", ""),
        ("2024/03/05/a.html", "2024/03/05/a.html"),
        ("foo bar", "foo%20bar"),
        ("Ü+x", "%C3%9C+x"),
        ("a[b]|c\td", "a%5Bb%5D%7Cc%09d"),
        ("%41", "%2541"),
        ("c#", "c%23"),
        ("c++/node.js/q&a?/ünï", "c++/node.js/q&a?/%C3%BCn%C3%AF"),
        ("python: tips", "python:%20tips"),
        ("what's-up,-doc!(v2)*", "what's-up,-doc!(v2)*"),
    ])
    func escapePathEncodesWhatAddressableEncodes(value: String, escaped: String) throws {
        #expect(try JekyllPathEscaping.escapePath(value) == escaped)
    }

    @Test(arguments: ["1:2", "Swift tips: x", ":x", "ünï:x", "a b:c"])
    func aColonAfterSomethingThatIsNotASchemeStopsJekyll(value: String) {
        #expect(throws: JekyllBuildFailure.self) { try JekyllPathEscaping.escapePath(value) }
    }

    @Test(arguments: [
        ("2024/03/05/wait...what.html", "/2024/03/05/wait/.what.html"),
        ("/a//b/./c", "/a/b/c"),
        ("x/../y", "/x/y"),
        ("", "/"),
    ])
    func sanitizeIsJekyllsSanitizeURL(url: String, sanitized: String) {
        #expect(JekyllPathEscaping.sanitize(url) == sanitized)
    }
}
