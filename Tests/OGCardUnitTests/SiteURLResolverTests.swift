import OGCard
import Testing

/// Absolute URLs from the site URL and a path.
@Suite struct SiteURLResolverTests {
    @Test func joinsSlashes() throws {
        for site in ["https://example.com", "https://example.com/", "https://example.com//"] {
            let resolver = try SiteURLResolver(siteURL: site)
            #expect(try resolver.absolute("/assets/og/a.png") == "https://example.com/assets/og/a.png")
            #expect(try resolver.absolute("assets/og/a.png") == "https://example.com/assets/og/a.png")
            #expect(try resolver.absolute("//assets") == "https://assets")
        }
        let base = try SiteURLResolver(siteURL: "http://example.com/blog/")
        #expect(try base.absolute("/2020/01/post/") == "http://example.com/blog/2020/01/post/")
        #expect(try base.absolute("") == "http://example.com/blog/")
    }

    @Test func percentEncodes() throws {
        let resolver = try SiteURLResolver(siteURL: "https://example.com")
        #expect(try resolver.absolute("/og/my post.png") == "https://example.com/og/my%20post.png")
        #expect(try resolver.absolute("/og/café.png") == "https://example.com/og/caf%C3%A9.png")
        #expect(try resolver.absolute("/og/already%20done.png") == "https://example.com/og/already%20done.png")
        #expect(try resolver.absolute("/og/100%.png") == "https://example.com/og/100%25.png")
        #expect(try resolver.absolute("/a?b=c d#x") == "https://example.com/a?b=c%20d#x")
    }

    @Test func absoluteInputIsKept() throws {
        let resolver = try SiteURLResolver(siteURL: "https://example.com")
        #expect(try resolver.absolute("https://cdn.example.org/x y.png") == "https://cdn.example.org/x%20y.png")
        #expect(try resolver.absolute("//cdn.example.org/x.png") == "https://cdn.example.org/x.png")
    }

    @Test func noSiteURL() throws {
        let strict = try SiteURLResolver(siteURL: nil)
        #expect(throws: Diagnostic.self) { try strict.absolute("/og/a.png") }
        #expect(try strict.absolute("https://x.org/a") == "https://x.org/a")
        let relaxed = try SiteURLResolver(siteURL: "  ", allowRelativeURLs: true)
        #expect(try relaxed.absolute("og/a b.png") == "/og/a%20b.png")
    }

    @Test(arguments: ["example.com", "ftp://example.com", "https://", "/blog"])
    func badSiteURL(site: String) {
        #expect(throws: Diagnostic.self) { try SiteURLResolver(siteURL: site) }
    }
}
