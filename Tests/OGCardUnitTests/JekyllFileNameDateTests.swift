import Testing

@testable import OGCard

/// Jekyll's post file names, `(\d{2,4}-\d{1,2}-\d{1,2})-(.*)` before the extension, matched by hand.
@Suite struct JekyllFileNameDateTests {
    @Test(arguments: [
        ("_posts/2015-06-12-post.md", "2015-06-12", "post"),
        ("_posts/15-6-1-a-b.markdown", "15-6-1", "a-b"),
        ("_posts/2015-06-12-.md", "2015-06-12", ""),
        ("_posts/sub/999-12-31-caf\u{e9} 2.html", "999-12-31", "caf\u{e9} 2"),
        ("_posts/2015-06-12-2016-01-01-x.md", "2015-06-12", "2016-01-01-x"),
    ])
    func datedNamesGiveDateAndSlug(path: String, date: String, slug: String) {
        let document = JekyllDocument(path: path, settings: JekyllSiteSettings())
        #expect(document.fileNameDateAndSlug?.date == date)
        #expect(document.fileNameDateAndSlug?.slug == slug)
    }

    @Test(arguments: [
        "_posts/2015-06-123-x.md", "_posts/20150-1-2-x.md", "_posts/2015-06-12.md", "_posts/a2015-06-12-x.md",
        "_posts/2015-06-12-x", "_posts/1-06-12-x.md", "_posts/2015--12-x.md", "_posts/2015-06-12-a\nb.md",
        "_posts/\u{661}\u{662}-06-12-x.md",
    ])
    func otherNamesAreNotPosts(path: String) {
        #expect(JekyllDocument(path: path, settings: JekyllSiteSettings()).fileNameDateAndSlug == nil)
    }
}
