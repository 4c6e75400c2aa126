import Testing

@testable import OGCard

/// Inline HTML, entities and Markdown in titles become styled text, never literal tags; the
/// plain text (for meta tags) carries no markup.
@Suite struct TitleMarkupTests {
    /// The styled runs of `markup` as (text, style) pairs, for readable expectations.
    static func runs(_ markup: String) -> [(String, InlineStyle)] {
        let styled = TitleMarkup.parse(markup)
        let bytes = Array(styled.text.utf8)
        return styled.spans.map { (String(decoding: bytes[$0.start..<$0.end], as: UTF8.self), $0.style) }
    }

    @Test func codeTagsBecomeCodeRunsInTheIssuesTitle() {
        let markup = "如何理解 <code>document</code> 对象是 <code>HTMLDocument</code> 的实例？"
        let styled = TitleMarkup.parse(markup)
        #expect(styled.text == "如何理解 document 对象是 HTMLDocument 的实例？")
        #expect(Self.runs(markup).map(\.0) == ["document", "HTMLDocument"])
        #expect(Self.runs(markup).allSatisfy { $0.1 == .code })
    }

    @Test(arguments: [
        ("<em>Really</em> fast", "Really", InlineStyle.italic),
        ("<i>Really</i> fast", "Really", .italic),
        ("<strong>Really</strong> fast", "Really", .bold),
        ("<B>Really</B> fast", "Really", .bold),
        ("*Really* fast", "Really", .italic),
        ("**Really** fast", "Really", .bold),
        ("`Really` fast", "Really", .code),
        ("<kbd>Really</kbd> fast", "Really", .code),
    ])
    func eachTagAndMarkdownFormHasItsStyle(markup: String, run: String, style: InlineStyle) {
        #expect(TitleMarkup.parse(markup).text == "Really fast")
        let runs = Self.runs(markup)
        #expect(runs.count == 1 && runs.first?.0 == run && runs.first?.1 == style, "\(runs)")
    }

    @Test func nestedStylesCombine() {
        let runs = Self.runs("<strong>bold <em>both</em></strong> and ***three***")
        #expect(runs.map(\.0) == ["bold ", "both", "three"])
        #expect(runs.map(\.1) == [.bold, [.bold, .italic], [.bold, .italic]])
    }

    @Test(arguments: [
        ("Tom &amp; Jerry &hellip; &#8220;quoted&#x201D;", "Tom & Jerry … “quoted”"),
        ("&lt;code&gt;not a tag&lt;/code&gt;", "<code>not a tag</code>"),  // decoded text is never re-read
        ("AT&T; Q&A & more &bogus; &#0; &#xD800;", "AT&T; Q&A & more &bogus; &#0; &#xD800;"),
        ("Using Vec<T> and Option<String>", "Using Vec<T> and Option<String>"),
        ("How to center a <div>", "How to center a <div>"),  // never closed: as written
        ("a < b > c and <3", "a < b > c and <3"),
        ("<span class=\"x\">Hello</span> <a href='/y'>world</a>", "Hello world"),
        ("🎮  TIL, spaces  as written", "🎮  TIL, spaces  as written"),
        ("<script>alert(1)</script> done", "alert(1) done"),
        ("stray </em> end and <img src=x.png> image", "stray  end and  image"),
        ("`<code>` stays in a code span", "<code> stays in a code span"),
        ("<code>snake_case *args*</code>", "snake_case *args*"),
        ("  spaced <br>  ", "spaced"),
        ("[Link <em>text</em>](https://x.example)", "Link text"),
    ])
    func textIsWhatAReaderSees(markup: String, expected: String) {
        #expect(TitleMarkup.parse(markup).text == expected)
    }

    @Test func lineBreakTagsBreakTheCardButNotTheMetaText() {
        let styled = TitleMarkup.parse("First line<br>second <br/> <BR />  third ")
        #expect(styled.text == "First line\nsecond\nthird")
        #expect(styled.plainText == "First line second third")
    }

    @Test func plainTitlesReadAsTheyDidBefore() {
        for title in ["PyCon US 2017", "snake_case_name and 2*3*4", "[a](b) **c** `d`", "日本語のタイトル", "Tags <b unclosed"]
        {
            #expect(TitleMarkup.plainText(title) == MarkdownTitle.plainText(title), "\(title)")
        }
    }

    @Test func postsCarryPlainTitlesAndStyledCardTitles() throws {
        let post = try PostTestSupport.post(
            "---\ntitle: \"Why <code>&lt;T&gt;</code> &amp; <em>generics</em>?\"\n---\n")
        #expect(post.title == "Why <T> & generics?")
        #expect(post.styledTitle?.spans.map(\.style) == [.code, .italic])
        #expect(post.rawTitle == "Why <code>&lt;T&gt;</code> &amp; <em>generics</em>?")
    }

    @Test func settingAPlainTitleDropsTheOldStyles() {
        var content = CardContent(title: "")
        content.styledTitle = TitleMarkup.parse("<code>x</code> y")
        #expect(content.titleSpans.count == 1)
        content.title = "日本語"
        #expect(content.titleSpans.isEmpty)
    }

    @Test func veryDeepNestingStaysBounded() {
        let deep = String(repeating: "<em>", count: 40) + "x" + String(repeating: "</em>", count: 40)
        #expect(TitleMarkup.parse(deep).text.contains("x"))
        let long = String(repeating: "<b>a</b> &amp; ", count: 1000)
        #expect(TitleMarkup.parse(long).text.count <= MarkdownTitle.maximumInputCharacters)
    }

    @Test func arbitraryMarkupGivesWellFormedStyledText() {
        // Pieces of markup thrown together by a fixed pseudo-random sequence: whatever comes out,
        // spans lie inside the text, in order, on character boundaries, and breaks are tidy.
        let pieces = [
            "<", ">", "/", "code", "em", "b", "br", "strong", "&", "amp;", "#x41;", "#0;", ";", "`", "*", "**", "_",
            "[", "](x)", " ", "a", "日本", "é", "\"", "'", "=", "<code>", "</code>", "<em>", "</em>", "<br>", "\n",
        ]
        var seed: UInt64 = 0x5EED
        func next(_ bound: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((seed >> 33) % UInt64(bound))
        }
        for _ in 0..<3000 {
            let markup = (0..<next(40)).map { _ in pieces[next(pieces.count)] }.joined()
            let styled = TitleMarkup.parse(markup)
            let text = styled.text
            var previousEnd = 0
            for span in styled.spans {
                #expect(span.start >= previousEnd && span.start < span.end && span.end <= text.utf8.count, "\(markup)")
                for offset in [span.start, span.end] {
                    let index = text.utf8.index(text.utf8.startIndex, offsetBy: offset)
                    #expect(index.samePosition(in: text.unicodeScalars) != nil, "\(markup)")
                }
                previousEnd = span.end
            }
            #expect(text.first.map { !$0.isWhitespace } ?? true, "\(markup)")
            #expect(text.last.map { !$0.isWhitespace } ?? true, "\(markup)")
            #expect(!text.contains("\n\n") && !styled.plainText.contains("\n"), "\(markup)")
        }
    }
}
