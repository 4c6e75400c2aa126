import Foundation
import OGCardTestSupport
import Testing

@testable import OGCard

/// Issue 13: an injected page's `<html lang>` is its card's language: it picks the Han forms.
@Suite struct PageLanguageTests {
    static func page(lang: String) -> String {
        """
        <!doctype html>
        <html lang="\(lang)">
        <head>
        <title>直 | Site</title>
        </head>
        <body><main><p>Same words.</p></main></body>
        </html>

        """
    }

    @Test func htmlLangPicksTheGlyphForms() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        try site.write("ogcard.yml", "url: https://example.org\nname: Site\n")
        try site.write("public/ja/index.html", Self.page(lang: "ja"))
        try site.write("public/ja2/index.html", Self.page(lang: "ja-JP"))
        try site.write("public/zh/index.html", Self.page(lang: "zh-Hans"))
        let result = try runOGCard(["inject", "public", "-q"], in: site.root)
        #expect(result.status == 0, "\(result)")
        let japanese = try site.bytes("public/og/ja/index.png")
        let chinese = try site.bytes("public/og/zh/index.png")
        #expect(japanese != chinese)
        #expect(japanese == (try site.bytes("public/og/ja2/index.png")))
    }
}
