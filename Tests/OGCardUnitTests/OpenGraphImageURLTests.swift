import Foundation
import OGCard
import Testing

/// Decoding and recognition of opengraphimg URLs.
@Suite struct OpenGraphImageURLTests {
    @Test func decodesFormEncoding() throws {
        let url = try OpenGraphImageURL.parse(
            "https://generator.opengraphimg.com/?title=23%+Tomatometer+%2C+ok%3A+%60x%60&tags=a%2Cb")
        #expect(url.parameters.title == "23% Tomatometer , ok: `x`")
        #expect(url.parameters.tags == ["a", "b"])
        #expect(url.warnings.isEmpty)
    }

    @Test func literalPercentVariants() throws {
        let url = try OpenGraphImageURL.parse("generator.opengraphimg.com/?title=100%&author=a%2")
        #expect(url.parameters.title == "100%")
        #expect(url.parameters.author == "a%2")
        let url2 = try OpenGraphImageURL.parse("generator.opengraphimg.com/?title=%zz%25")
        #expect(url2.parameters.title == "%zz%")
    }

    @Test func decodesOnlyOnce() throws {
        // %2541 is "%41" after one pass; a second pass would make it "A".
        let url = try OpenGraphImageURL.parse("generator.opengraphimg.com/?title=%2541")
        #expect(url.parameters.title == "%41")
    }

    @Test func plusIsSpaceAndEncodedPlusIsPlus() throws {
        let url = try OpenGraphImageURL.parse("generator.opengraphimg.com/?title=Py2+%2B+Py3")
        #expect(url.parameters.title == "Py2 + Py3")
    }

    @Test func utf8AndInvalidUTF8() throws {
        let good = try OpenGraphImageURL.parse("generator.opengraphimg.com/?title=caf%C3%A9+%F0%9F%8E%89")
        #expect(good.parameters.title == "café 🎉")
        #expect(good.warnings.isEmpty)
        let bad = try OpenGraphImageURL.parse("generator.opengraphimg.com/?title=a%FFb%C3")
        #expect(bad.parameters.title == "a\u{FFFD}b\u{FFFD}")
        #expect(
            bad.warnings.count == 1 && zip(bad.warnings, ["not valid UTF-8"]).allSatisfy { $0.reason.contains($1) },
            "\(bad.warnings)")
    }

    @Test func emptyTagsAndTagTrimming() throws {
        let empty = try OpenGraphImageURL.parse("generator.opengraphimg.com/?tags=&title=x")
        #expect(empty.parameters.tags == [])
        let absent = try OpenGraphImageURL.parse("generator.opengraphimg.com/?title=x")
        #expect(absent.parameters.tags == nil)
        #expect(absent.parameters.resolved().tags == [])
        let messy = try OpenGraphImageURL.parse("generator.opengraphimg.com/?tags=+a+%2C%2C+side+projects+,b,")
        #expect(messy.parameters.tags == ["a", "side projects", "b"])
    }

    @Test(arguments: [
        ("https://generator.opengraphimg.com/?title=T", OpenGraphImageEndpoint.generator),
        ("http://generator.opengraphimg.com/?title=T", .generator),
        ("//generator.opengraphimg.com/?title=T", .generator),
        ("generator.opengraphimg.com/?title=T", .generator),
        ("generator.opengraphimg.com?title=T", .generator),
        ("HTTPS://Generator.OpenGraphImg.com/?title=T", .generator),
        ("https://generator.opengraphimg.com/view?title=T", .generatorView),
        ("generator.opengraphimg.com/view?title=T", .generatorView),
        ("//generator.opengraphimg.com/view/?title=T", .generatorView),
        ("https://opengraphimg.com/opengraph?title=T", .legacyOpengraph),
        ("opengraphimg.com/opengraph?title=T", .legacyOpengraph),
        ("http://www.opengraphimg.com/opengraph?title=T", .legacyOpengraph),
        ("https://opengraphimg.com/.netlify/functions/generate-opengraph?title=T", .netlifyFunction),
        ("//opengraphimg.com/.netlify/functions/generate-opengraph?title=T", .netlifyFunction),
        ("  \"https://generator.opengraphimg.com/?title=T\"  ", .generator),
        ("https://generator.opengraphimg.com:443/?title=T#frag", .generator),
    ])
    func recognisesEveryForm(input: String, endpoint: OpenGraphImageEndpoint) throws {
        #expect(OpenGraphImageURL.isOpenGraphImageURL(input))
        let url = try OpenGraphImageURL.parse(input)
        #expect(url.endpoint == endpoint)
        #expect(url.parameters.title == "T")
    }

    @Test(arguments: [
        "https://example.com/?title=T",
        "https://generator.opengraphimg.com/other?title=T",
        "https://opengraphimg.com/?title=T",
        "https://opengraphimg.com.evil.com/opengraph?title=T",
        "/assets/og/post.png",
        "",
    ])
    func rejectsOtherURLs(input: String) {
        #expect(!OpenGraphImageURL.isOpenGraphImageURL(input))
        #expect(throws: Diagnostic.self) { try OpenGraphImageURL.parse(input) }
    }

    @Test func keepsOrderAndLastWins() throws {
        let url = try OpenGraphImageURL.parse("generator.opengraphimg.com/?title=A&author=x&title=B")
        #expect(url.queryItems.map(\.name) == ["title", "author", "title"])
        #expect(url.parameters.title == "B")
        #expect(url.warnings.count == 1)
        #expect(url.warnings.first?.reason.contains("given more than once") == true)
        #expect(url.warnings.first?.description.contains("title") == true)
    }

    @Test func aliasesCountAsRepeats() throws {
        let url = try OpenGraphImageURL.parse(
            "generator.opengraphimg.com/?style=modern&tagBackgroud=ff0000&tagBackground=00ff00")
        #expect(url.parameters.tagBackground == RGBAColor(red: 0, green: 255, blue: 0))
        #expect(
            url.warnings.count == 1
                && zip(url.warnings, ["given more than once"]).allSatisfy { $0.reason.contains($1) }, "\(url.warnings)")
    }

    @Test func unknownParameterIsAWarning() throws {
        let url = try OpenGraphImageURL.parse("generator.opengraphimg.com/?title=T&tagsMargin=-m-4&foo")
        #expect(url.parameters.title == "T")
        #expect(
            url.warnings.count == 2
                && zip(url.warnings, ["unknown parameter ignored", "unknown parameter ignored"]).allSatisfy {
                    $0.reason.contains($1)
                }, "\(url.warnings)")
        #expect(url.warnings.map(\.key) == ["tagsMargin", "foo"])
        #expect(url.warnings[0].description.contains("tagsMargin"))
    }

    @Test func styleDefaultsAndUnknownStyle() throws {
        #expect(try OpenGraphImageURL.parse("generator.opengraphimg.com/?title=T").parameters.style == nil)
        #expect(
            try OpenGraphImageURL.parse("generator.opengraphimg.com/?title=T").parameters.design.effectiveStyle
                == .custom)
        for style in OpenGraphImageStyle.allCases {
            let url = try OpenGraphImageURL.parse("generator.opengraphimg.com/?style=\(style.rawValue)")
            #expect(url.parameters.style == style)
            #expect(url.warnings.isEmpty)
        }
        let unknown = try OpenGraphImageURL.parse("generator.opengraphimg.com/?style=Modern")
        #expect(unknown.parameters.design.effectiveStyle == .custom)
        #expect(
            unknown.warnings.count == 1
                && zip(unknown.warnings, ["unknown style"]).allSatisfy { $0.reason.contains($1) }, "\(unknown.warnings)"
        )
        #expect(unknown.warnings[0].reason.contains("'Modern'"))
    }

    @Test func atSymbolValues() throws {
        func parse(_ value: String) throws -> OpenGraphImageURL {
            try OpenGraphImageURL.parse("generator.opengraphimg.com/?atSymbol=\(value)")
        }
        #expect(try parse("true").parameters.atSymbol == true)
        #expect(try parse("true").warnings.isEmpty)
        #expect(try parse("false").parameters.atSymbol == false)
        #expect(try parse("false").warnings.isEmpty)
        let odd = try parse("yes")
        #expect(odd.parameters.atSymbol == false)
        #expect(
            odd.warnings.count == 1
                && zip(odd.warnings, ["is not 'true' or 'false'"]).allSatisfy { $0.reason.contains($1) },
            "\(odd.warnings)")
        #expect(try parse("TRUE").parameters.atSymbol == false)
    }

    @Test func everyParameterIsRead() throws {
        let query = [
            "style=devto", "title=Hello", "tags=a%2Cb", "author=me", "atSymbol=true",
            "background=fff", "boxBackground=000a", "boxOverlayBackground=112233",
            "borderColor=11223344", "titleColor=ABCDEF", "tagsColor=abc", "tagBackground=123",
            "authorBackgroud=456", "authorColor=789", "titleAlign=text-right", "titleSize=text-3xl",
            "titleMargin=-mt-12", "detailsMargin=-my-20+-mx-16", "tagsSize=text-xl", "authorSize=text-4xl",
            "logoUrl=https%3A%2F%2Fexample.com%2Flogo.png", "logoSize=w-12+h-12", "logoMargin=mr-2",
        ].joined(separator: "&")
        let url = try OpenGraphImageURL.parse("https://generator.opengraphimg.com/view?" + query)
        #expect(url.warnings.isEmpty)
        let p = url.parameters
        #expect(p.style == .devto)
        #expect(p.title == "Hello")
        #expect(p.tags == ["a", "b"])
        #expect(p.author == "me")
        #expect(p.atSymbol == true)
        #expect(p.background == .white)
        #expect(p.boxBackground == RGBAColor(red: 0, green: 0, blue: 0, alpha: 0xAA))
        #expect(p.boxOverlayBackground == RGBAColor(red: 0x11, green: 0x22, blue: 0x33))
        #expect(p.borderColor == RGBAColor(red: 0x11, green: 0x22, blue: 0x33, alpha: 0x44))
        #expect(p.titleColor == RGBAColor(red: 0xAB, green: 0xCD, blue: 0xEF))
        #expect(p.tagsColor == RGBAColor(red: 0xAA, green: 0xBB, blue: 0xCC))
        #expect(p.tagBackground == RGBAColor(red: 0x11, green: 0x22, blue: 0x33))
        #expect(p.authorBackground == RGBAColor(red: 0x44, green: 0x55, blue: 0x66))
        #expect(p.authorColor == RGBAColor(red: 0x77, green: 0x88, blue: 0x99))
        #expect(p.titleAlign?.textAlignment == .right)
        #expect(p.titleSize?.fontSize == 30)
        #expect(p.titleMargin?.margins == TailwindMargins(top: -48))
        #expect(p.detailsMargin?.margins == TailwindMargins(top: -80, right: -64, bottom: -80, left: -64))
        #expect(p.tagsSize?.fontSize == 20)
        #expect(p.authorSize?.fontSize == 36)
        #expect(p.logoUrl == "https://example.com/logo.png")
        #expect(p.logoSize?.width == 48)
        #expect(p.logoSize?.height == 48)
        #expect(p.logoMargin?.margins == TailwindMargins(right: 8))
        let r = p.resolved()
        #expect(r.style == .devto)
        #expect(r.title == "Hello")
        #expect(r.authorSize.fontSize == 36)
    }

    @Test func authorBackgroundAlias() throws {
        let url = try OpenGraphImageURL.parse("generator.opengraphimg.com/?authorBackground=f00")
        #expect(url.parameters.authorBackground == RGBAColor(red: 255, green: 0, blue: 0))
        #expect(url.warnings.isEmpty)
    }

    @Test(arguments: [
        ("fff", RGBAColor(red: 255, green: 255, blue: 255)),
        ("f00a", RGBAColor(red: 255, green: 0, blue: 0, alpha: 0xAA)),
        ("1C64F2", RGBAColor(red: 0x1C, green: 0x64, blue: 0xF2)),
        ("00C389FF", RGBAColor(red: 0, green: 0xC3, blue: 0x89)),
        ("ffffff00", RGBAColor(red: 255, green: 255, blue: 255, alpha: 0)),
    ])
    func colours(hex: String, expected: RGBAColor) throws {
        let url = try OpenGraphImageURL.parse("generator.opengraphimg.com/?background=\(hex)")
        #expect(url.parameters.background == expected)
    }

    @Test(arguments: ["ff", "fffff", "1234567", "123456789", "ggg", "red", "%23zzz"])
    func badColourIsAnErrorNamingParameterAndValue(hex: String) {
        do {
            _ = try OpenGraphImageURL.parse("generator.opengraphimg.com/?title=T&titleColor=\(hex)")
            Issue.record("expected an error for \(hex)")
        } catch {
            #expect(error.key == "titleColor")
            #expect(error.step == .readURL)
            #expect(error.description.contains("titleColor"))
            #expect(error.description.contains("parameter 'titleColor' = '\(hex.removingPercentEncoding ?? hex)'"))
            let located = error.located(file: "_posts/x.md", line: 4)
            #expect(located.description.hasPrefix("_posts/x.md:4: "))
        }
    }

    @Test func emptyColourIsIgnoredWithWarning() throws {
        let url = try OpenGraphImageURL.parse("generator.opengraphimg.com/?background=")
        #expect(url.parameters.background == nil)
        #expect(
            url.warnings.count == 1
                && zip(url.warnings, ["empty colour ignored"]).allSatisfy { $0.reason.contains($1) }, "\(url.warnings)")
    }

    @Test func unknownTailwindClassInParameterIsAWarning() throws {
        let url = try OpenGraphImageURL.parse("generator.opengraphimg.com/?titleSize=text-7xl+font-bold")
        #expect(
            url.warnings.count == 2
                && zip(url.warnings, ["unknown Tailwind class", "unknown Tailwind class"]).allSatisfy {
                    $0.reason.contains($1)
                }, "\(url.warnings)")
        #expect(url.warnings[0].reason.contains("'text-7xl'") && url.warnings[1].reason.contains("'font-bold'"))
        #expect(url.warnings[0].key == "titleSize")
    }
}
