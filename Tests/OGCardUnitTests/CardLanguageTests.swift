import Testing

@testable import OGCard

/// The card's language: the post's, else the layout's, else the title's script.
@Suite struct CardLanguageTests {
    @Test(arguments: [
        ("如何理解 document 对象是 HTMLDocument 的实例？", "zh"),
        ("「译」ES5, ES6, ES2016, ES.Next: JavaScript 的版本是怎么回事？", "zh"),
        ("日本語のタイトル", "ja"),
        ("直す", "ja"),
        ("한국어 제목", "ko"),
        ("مرحبا بالعالم", "ar"),
        ("שלום עולם", "he"),
        ("Привет, мир! Вы здесь", "ru"),
        ("Привіт, світе: їжак", "uk"),
        ("Здравей, свят", nil),  // no letter only one language uses: no guess
        ("Вълшебна България", "bg"),
        ("سلام دنیا، چطوری؟", "fa"),
        ("PyCon US 2017", nil),
        ("My trip to 東京 and back", nil),  // a few Han characters in an English title
        ("Release notes: שלום in one title", nil),
        ("2024 🎉", nil),
    ])
    func scriptDetection(title: String, expected: String?) {
        #expect(CardLanguage.detect(title) == expected)
    }

    @Test func thePostsLanguageWinsThenTheLayoutsThenTheScript() {
        var content = CardContent(title: "日本語のタイトル")
        #expect(CardLanguage.resolve(content, layoutLanguage: nil) == "ja")
        #expect(CardLanguage.resolve(content, layoutLanguage: "zh-Hant") == "zh-Hant")
        content.language = "ko"
        #expect(CardLanguage.resolve(content, layoutLanguage: "zh-Hant") == "ko")
    }

    @Test(arguments: [
        ("ar", true), ("ar-EG", true), ("he", true), ("iw", true), ("fa_IR", true), ("ur", true),
        ("ku", false), ("ku-Arab", true), ("en", false), ("ja", false), ("az-Arab", true), (nil, false),
    ])
    func rightToLeftLanguages(language: String?, expected: Bool) {
        #expect(CardLanguage.isRightToLeft(language) == expected)
    }
}
