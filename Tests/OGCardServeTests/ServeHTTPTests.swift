import Foundation
import OGCardTestSupport
import Testing

/// `ogcard serve` over HTTP, the built executable on a copy of Examples/site: what it serves,
/// what it refuses (traversal in every spelling, symbolic links out of the site, other hosts,
/// other methods), where it listens, how it escapes, that it writes nothing to the site, and
/// that an edit reaches open pages through the event stream.
@Suite(.serialized) struct ServeHTTPTests {
    static let nastyTitle = #"<script>alert("x")</script> & 'quoted' "title""#
    /// How a post spells `nastyTitle`: a real `<script>` element in a title is dropped to its text
    /// (title markup), so the angle brackets arrive as character references and must come out as text.
    static let nastyTitleSource = #"&lt;script&gt;alert("x")&lt;/script&gt; & 'quoted' "title""#

    static func post(_ title: String) -> String {
        "---\ntitle: '\(title.replacingOccurrences(of: "'", with: "''"))'\ndate: 2025-01-02\ntags: [a<b, \"q\"]\n---\nBody.\n"
    }

    @Test func servesTheGalleryCardsAndPostPagesAndNothingElse() throws {
        let site = try TemporarySite.copy()
        defer { site.remove() }
        // A file outside the site, and symbolic links to it from inside.
        let outside = try TemporarySite()
        defer { outside.remove() }
        try outside.write("secret.txt", "TOP-SECRET-CONTENT\n")
        try FileManager.default.createDirectory(at: site.url("assets/og"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            at: site.url("assets/og/link.png"), withDestinationURL: outside.url("secret.txt"))
        try FileManager.default.createSymbolicLink(at: site.url("outside"), withDestinationURL: outside.root)
        let before = try site.snapshot()
        let server = try ServeProcess(site: site.root)
        let http = server.http

        #expect(server.url.host == "127.0.0.1")
        let gallery = try http.get("/")
        #expect(gallery.status == 200)
        #expect(gallery.headers["content-type"] == "text/html; charset=utf-8")
        let ids = try server.postIDs()
        #expect(ids.count == 7)
        for id in ids {
            #expect(gallery.text.contains("<img class=\"thumb\" src=\"/card/\(id).png?v="))
        }
        let card = try http.get("/card/\(ids[0]).png")
        #expect(card.status == 200)
        #expect(card.headers["content-type"] == "image/png")
        let image = try DecodedImage(png: card.body)
        #expect(image.width == 1200 && image.height == 630)
        #expect(try http.get("/post/\(ids[0])").status == 200)
        // Each post page carries `ogcard lint`'s findings; nothing is built yet, so lint names
        // the card file that og:image points at and the build has not written.
        let pages = try ids.map { try http.get("/post/\($0)").text }
        #expect(pages.allSatisfy { $0.contains("<section id=\"lint\">") })
        #expect(pages.contains { $0.contains("finding-error") && $0.contains("og:image") })
        #expect(try http.get("/static/serve.js").status == 200)
        #expect(try http.get("/static/serve.css").status == 200)

        let refused = [
            "/../../../../etc/passwd", "/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/static/..%2f..%2fPackage.swift",
            "/static/%2e%2e%2f%2e%2e%2fogcard.yml", "/card/..%2f..%2f_config.yml", "/static/../ogcard.yml",
            "/etc/passwd", "//etc/passwd", "/ogcard.yml", "/_config.yml", "/_posts/2017-06-02-pycon-us-2017.md",
            "/assets/og/link.png", "/outside/secret.txt", "/static/..%5c..%5cogcard.yml", "/card/\(ids[0]).png/..",
            "/post/\(ids[0].uppercased())", "/post/../card/\(ids[0]).png%00", "http://127.0.0.1/etc/passwd",
            "/static/", "/card/", "/post/", "/static/.hidden", "/\(site.root.path)/ogcard.yml",
            "/\(outside.root.path)/secret.txt",
        ]
        for target in refused {
            let response = try http.get(target)
            #expect(response.status == 404, "\(target) → \(response.status)")
            #expect(!response.text.contains("TOP-SECRET") && !response.text.contains("root:x:0"), "\(target)")
            #expect(!response.text.contains("Field Notes"), "\(target) served a site file")
        }
        let head = try http.get("/card/\(ids[0]).png", method: "HEAD")
        #expect(head.status == 200 && head.body.isEmpty && head.headers["content-type"] == "image/png")
        // HEAD gives GET's length (a client sizing a download, a link checker), not 0.
        #expect(head.headers["content-length"] == String(card.body.count) && card.body.count > 1000)
        #expect(try http.get("/", method: "POST").status == 405)
        #expect(try http.get("/", method: "DELETE").status == 405)
        // A page elsewhere reaching 127.0.0.1 through its own DNS name is refused (DNS rebinding).
        #expect(try http.get("/", host: "attacker.example:\(server.port)").status == 403)

        // The playground draws into memory only; an invalid colour is a 422 naming it.
        let playground = try http.get("/playground/\(ids[0]).png?style=classic&titleColor=%23ff0000")
        #expect(playground.status == 200)
        #expect(try DecodedImage(png: playground.body).width == 1200)
        let invalid = try http.get("/playground/\(ids[0]).png?style=classic&titleColor=nocolour")
        #expect(invalid.status == 422)
        #expect(invalid.text.contains("titleColor"))
        let debug = try http.get("/card/\(ids[0]).png?debug=1")
        #expect(debug.status == 200)
        #expect(debug.body != card.body)

        let result = try server.stop()
        #expect(result.status == 0, "\(result)")
        // Nothing on the site changed: no card, snippet, manifest or post written.
        #expect(try site.snapshot() == before)
    }

    @Test func escapesUserDataInEveryPage() throws {
        let site = try TemporarySite.copy()
        defer { site.remove() }
        try site.write("_posts/2025-01-02-nasty.md", Self.post(Self.nastyTitleSource))
        let server = try ServeProcess(site: site.root)
        let id = try #require(try server.postID(forPath: "_posts/2025-01-02-nasty.md"))
        let escaped = "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quoted&#39; &quot;title&quot;"
        for page in [try server.http.get("/").text, try server.http.get("/post/\(id)").text] {
            #expect(page.contains(escaped))
            #expect(!page.contains("<script>alert"))
            #expect(!page.contains("a<b"))
            // Only our own script element: the post's text never opens or closes one.
            #expect(page.components(separatedBy: "<script").count - 1 == (page.contains("post-data") ? 2 : 1))
            #expect(page.components(separatedBy: "</script>").count - 1 == (page.contains("post-data") ? 2 : 1))
        }
        let json = try server.http.get("/api/post/\(id).json")
        #expect(json.status == 200)
        let object = try #require(try JSONSerialization.jsonObject(with: json.body) as? [String: Any])
        #expect(object["title"] as? String == Self.nastyTitle)
        #expect(!json.text.contains("<"))
        try server.stop()
    }

    @Test func bindsLoopbackByDefaultAndWarnsForOtherAddresses() throws {
        let site = try TemporarySite.copy()
        defer { site.remove() }
        let server = try ServeProcess(site: site.root)
        #expect(!server.process.standardErrorSoFar.contains("warning"))
        // Not reachable on this machine's other addresses.
        for address in Self.nonLoopbackAddresses() {
            #expect(!Self.canConnect(address, port: server.port), "reachable on \(address)")
        }
        try server.stop()

        let open = try ServeProcess(site: site.root, arguments: ["--host", "0.0.0.0"])
        #expect(open.url.host == "0.0.0.0")
        #expect(open.process.standardErrorSoFar.contains("warning: serving on 0.0.0.0, not loopback"))
        #expect(try open.http.get("/").status == 200)
        try open.stop()
    }

    @Test func aServerWhoseParentEndsStops() throws {
        // As when a test runner crashes: the server's parent (here a shell) ends without
        // stopping it; with the test support's OGCARD_SERVE_EXIT_WITH_PARENT it stops by itself,
        // as on Ctrl-C (its temporary folder removed).
        let site = try TemporarySite.copy()
        defer { site.remove() }
        let log = site.root.appendingPathComponent("serve.log")
        let shell = try ProcessRunner.run(
            URL(fileURLWithPath: "/bin/sh"),
            [
                "-c", #""$0" serve --port 0 >"$1" 2>&1 & while ! grep -q http "$1"; do sleep 0.1; done"#,
                try Program.ogcard.url.path, log.path,
            ], in: site.root, environment: ["OGCARD_SERVE_EXIT_WITH_PARENT": "1"], timeout: .seconds(90))
        #expect(shell.status == 0)
        let stopped = Eventually.holds(within: .seconds(30)) {
            (try? String(contentsOf: log, encoding: .utf8))?.contains("ogcard: stopped serving") == true
        }
        let output = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        #expect(stopped, "\(output)")
    }

    @Test func anEditReachesOpenPagesAndABrokenEditKeepsTheLastCard() throws {
        let site = try TemporarySite.copy()
        defer { site.remove() }
        try site.write("_posts/2025-01-02-live.md", Self.post("Before the edit"))
        let server = try ServeProcess(site: site.root)
        let id = try #require(try server.postID(forPath: "_posts/2025-01-02-live.md"))
        let first = try server.http.get("/card/\(id).png").body
        let firstVersion = try Self.version(of: id, server)
        let other = try #require(try server.postIDs().first { $0 != id })
        _ = try server.http.get("/card/\(other).png")
        let otherBefore = try server.http.get("/api/post/\(other).json").text
        let events = try server.http.openEvents()
        defer { close(events) }
        #expect(RawHTTP.read(events: events, until: .seconds(5)) { $0.contains("retry:") }.contains("retry:"))

        try site.write("_posts/2025-01-02-live.md", Self.post("After the edit"))
        // The page hears of it: a `card` event for this post, newer than what it shows, with a card.
        let stream = RawHTTP.read(events: events, until: .seconds(10)) { text in
            Self.cardEvents(in: text).contains {
                $0["id"] as? String == id && ($0["version"] as? Int ?? 0) > firstVersion
                    && $0["hasCard"] as? Bool == true
            }
        }
        #expect(
            Self.cardEvents(in: stream).contains {
                $0["id"] as? String == id && ($0["version"] as? Int ?? 0) > firstVersion
            },
            "\(stream)")
        let info = try server.http.get("/api/post/\(id).json").text
        #expect(info.contains("\"title\":\"After the edit\""))
        let second = try server.http.get("/card/\(id).png").body
        #expect(second != first)
        #expect(try DecodedImage(png: second).width == 1200)

        // Only the edited post's card was drawn again: others keep their version.
        #expect(try server.http.get("/api/post/\(other).json").text == otherBefore)

        // A broken edit: the error with file and line, and the last good card still served.
        try site.write("_posts/2025-01-02-live.md", "---\ntitle: [broken\n---\nBody.\n")
        #expect(
            Eventually.holds(within: .seconds(10)) {
                (try? server.http.get("/api/post/\(id).json").text.contains("_posts/2025-01-02-live.md:2")) == true
            })
        let kept = try server.http.get("/card/\(id).png")
        #expect(kept.status == 200)
        #expect(kept.body == second)
        #expect(try server.http.get("/post/\(id)").text.contains("_posts/2025-01-02-live.md:2"))
        try server.stop()
    }

    /// A post's version as its page sees it.
    static func version(of id: String, _ server: ServeProcess) throws -> Int {
        let body = try server.http.get("/api/post/\(id).json").body
        let object = try JSONSerialization.jsonObject(with: body) as? [String: Any]
        return object?["version"] as? Int ?? -1
    }

    /// The data of every `card` event in an event stream's text.
    static func cardEvents(in stream: String) -> [[String: Any]] {
        stream.components(separatedBy: "event: card\ndata: ").dropFirst().compactMap { part in
            let line = part.prefix { $0 != "\n" }
            return try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
        }
    }

    /// This machine's IPv4 addresses other than loopback (none in some sandboxes).
    static func nonLoopbackAddresses() -> [String] {
        var addresses: [String] = []
        var list: UnsafeMutablePointer<ifaddrs>?
        guard getifaddrs(&list) == 0 else { return [] }
        defer { freeifaddrs(list) }
        var entry = list
        while let current = entry {
            defer { entry = current.pointee.ifa_next }
            guard let address = current.pointee.ifa_addr, address.pointee.sa_family == sa_family_t(AF_INET) else {
                continue
            }
            var host = [CChar](repeating: 0, count: Int(NI_MAXHOST))
            getnameinfo(
                address, socklen_t(MemoryLayout<sockaddr_in>.size), &host, socklen_t(host.count), nil, 0,
                NI_NUMERICHOST)
            let text = String(decoding: host.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            if !text.hasPrefix("127.") { addresses.append(text) }
        }
        return addresses
    }

    static func canConnect(_ address: String, port: UInt16) -> Bool {
        let socket = Foundation.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(socket) }
        var target = sockaddr_in()
        target.sin_family = sa_family_t(AF_INET)
        target.sin_port = port.bigEndian
        target.sin_addr.s_addr = inet_addr(address)
        return withUnsafePointer(to: &target) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                Foundation.connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0
            }
        }
    }
}
