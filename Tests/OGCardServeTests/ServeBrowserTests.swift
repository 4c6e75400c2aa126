import Foundation
import OGCardTestSupport
import Testing

/// `ogcard serve` in a real browser: Debian's chromium, headless, driven over the DevTools
/// protocol (`HeadlessChromium`) against the built executable on a copy of Examples/site. The
/// pages load without a console error, every card and mock-up image decodes, search filters,
/// an edited title reaches the open page within 2 s, and the playground redraws. Screenshots go
/// to output/ (with OGCARD_RECORD_SCREENSHOTS=1 also the README's docs/images/serve.png).
@Suite(.serialized, .enabled(if: TestEnvironment.runs(needing: HeadlessChromium.isInstalled)))
struct ServeBrowserTests {
    static let output = PackageRoot.appending("output")

    static func save(_ png: Data, as name: String) throws {
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        try png.write(to: output.appendingPathComponent(name))
    }

    @Test func galleryAndPostPageLoadCleanlyWithEveryMockup() throws {
        let site = try TemporarySite.copy()
        defer { site.remove() }
        // Built first, so the gallery has cards to compare with: all up to date but the post
        // that keeps its own picture.
        let build = try Program.ogcard.run(["build", "-q"], in: site.root, timeout: .seconds(120))
        #expect(build.status == 0, "\(build)")
        let server = try ServeProcess(site: site.root)
        let browser = try HeadlessChromium()

        try browser.navigate(server.url)
        let thumbnails =
            try browser.evaluate(
                """
                (async () => {
                  const images = Array.from(document.querySelectorAll('#gallery img.thumb'));
                  images.forEach((image) => { image.loading = 'eager'; });
                  await Promise.all(images.map((image) => image.decode()));
                  return images.map((image) => image.naturalWidth);
                })()
                """) as? [Int]
        #expect(thumbnails == Array(repeating: 1200, count: 7))
        let counts = try browser.evaluate("document.getElementById('counts').textContent") as? String
        #expect(counts == "6 up to date · 1 own picture")
        try Self.save(try browser.screenshot(), as: "serve-gallery.png")
        let found =
            try browser.evaluate(
                """
                (() => {
                  const search = document.getElementById('search');
                  search.value = 'PYCON';
                  search.dispatchEvent(new Event('input'));
                  return Array.from(document.querySelectorAll('#gallery .item')).filter((item) => !item.hidden)
                    .map((item) => item.querySelector('h2').textContent);
                })()
                """) as? [String]
        #expect(found == ["PyCon US 2017"])

        let id = try #require(try server.postID(forPath: "_posts/2017-06-02-pycon-us-2017.md"))
        try browser.navigate(server.url.appendingPathComponent("post/\(id)"))
        let mockups =
            try browser.evaluate(
                """
                (async () => {
                  const images = Array.from(document.querySelectorAll('.mock-img, #card'));
                  await Promise.all(images.map((image) => image.decode()));
                  return Object.fromEntries(images.map((image) => [
                    image.closest('figure') ? image.closest('figure').dataset.platform : 'card',
                    [image.naturalWidth, image.getBoundingClientRect().width, image.getBoundingClientRect().height]]));
                })()
                """) as? [String: [Double]]
        let shown = try #require(mockups)
        #expect(shown.count == 9)
        #expect(shown.values.allSatisfy { $0[0] == 1200 }, "\(shown)")
        // Each platform's crop: X 2:1, most 1.91:1, WhatsApp a square.
        #expect(abs((shown["x"]?[1] ?? 0) / (shown["x"]?[2] ?? 1) - 2) < 0.02, "\(shown)")
        #expect(abs((shown["linkedin"]?[1] ?? 0) / (shown["linkedin"]?[2] ?? 1) - 1.91) < 0.02, "\(shown)")
        #expect(shown["whatsapp"]?[1] == shown["whatsapp"]?[2])
        let meta = try browser.evaluate("document.getElementById('meta-tags').textContent") as? String
        #expect(meta?.contains("<meta property=\"og:title\" content=\"PyCon US 2017\">") == true)
        let debug =
            try browser.evaluate(
                """
                (async () => {
                  const card = document.getElementById('card');
                  const toggle = document.getElementById('debug-toggle');
                  toggle.checked = true;
                  toggle.dispatchEvent(new Event('change'));
                  await card.decode();
                  return card.src;
                })()
                """) as? String
        #expect(debug?.hasSuffix("&debug=1") == true)
        let png = try browser.screenshot()
        try Self.save(png, as: "serve-post.png")
        if TestEnvironment.isOn("OGCARD_RECORD_SCREENSHOTS") {
            // The README's picture: the card (with layer outlines) and the first rows of mock-ups.
            try browser.screenshot(maxHeight: 1500).write(to: PackageRoot.appending("docs/images/serve.png"))
        }
        let pageErrors = try browser.evaluate("window.ogcardErrors") as? [String]
        #expect(pageErrors == [])
        #expect(browser.errors == [])

        // The collector does see errors: a missing image is one (so the checks above can fail).
        try browser.evaluate(
            """
            new Promise((resolve) => {
              const image = new Image();
              image.onerror = () => setTimeout(() => resolve(true), 200);
              image.src = '/card/000000000000.png';
            })
            """)
        try browser.evaluate("new Promise((resolve) => setTimeout(resolve, 100))")
        #expect(browser.errors.contains { $0.contains("404") }, "\(browser.errors)")
        try server.stop()
    }

    @Test func anEditedTitleReachesTheOpenPageWithinTwoSeconds() throws {
        let site = try TemporarySite.copy()
        defer { site.remove() }
        let post = "_posts/2025-01-02-live.md"
        try site.write(post, "---\ntitle: Before the edit\ndate: 2025-01-02\n---\nBody.\n")
        let server = try ServeProcess(site: site.root)
        let browser = try HeadlessChromium()
        let id = try #require(try server.postID(forPath: post))
        try browser.navigate(server.url.appendingPathComponent("post/\(id)"))
        // A fingerprint of the card's pixels, drawn through a canvas (same origin, so readable).
        let fingerprint = """
            (async () => {
              const card = document.getElementById('card');
              await card.decode();
              const canvas = document.createElement('canvas');
              canvas.width = 240; canvas.height = 126;
              const context = canvas.getContext('2d');
              context.drawImage(card, 0, 0, 240, 126);
              const pixels = context.getImageData(0, 0, 240, 126).data;
              let hash = 0;
              for (let i = 0; i < pixels.length; i++) hash = (hash * 31 + pixels[i]) >>> 0;
              return hash;
            })()
            """
        let before = try browser.evaluate(fingerprint) as? Int
        let source = try browser.evaluate("document.getElementById('card').src") as? String
        // Give the page's event stream a moment to be open before the edit.
        _ = try browser.evaluate("new Promise((resolve) => setTimeout(resolve, 300))")

        try site.write(post, "---\ntitle: After the edit\ndate: 2025-01-02\n---\nBody.\n")
        let arrived =
            try browser.evaluate(
                """
                new Promise((resolve) => {
                  const start = performance.now();
                  const look = () => {
                    const card = document.getElementById('card');
                    const title = document.querySelector('h1').textContent;
                    if (card.src !== \(JavaScriptLiteral.quoted(source ?? "")) && card.complete && card.naturalWidth > 0
                        && title === 'After the edit') return resolve(true);
                    if (performance.now() - start > 2000) return resolve(false);
                    setTimeout(look, 25);
                  };
                  look();
                })
                """) as? Bool
        #expect(arrived == true, "the card did not change within 2 s")
        let after = try browser.evaluate(fingerprint) as? Int
        #expect(before != nil && after != nil && before != after)
        #expect(try browser.evaluate("window.ogcardErrors") as? [String] == [])
        #expect(browser.errors == [])
        try server.stop()
    }

    @Test func thePlaygroundRedrawsAsYouTypeAndGivesTheYAML() throws {
        let site = try TemporarySite.copy()
        defer { site.remove() }
        let before = try site.snapshot()
        let server = try ServeProcess(site: site.root)
        let browser = try HeadlessChromium()
        let id = try #require(try server.postID(forPath: "_posts/2017-06-02-pycon-us-2017.md"))
        try browser.navigate(server.url.appendingPathComponent("post/\(id)"))
        let result =
            try browser.evaluate(
                """
                (async () => {
                  const image = document.getElementById('playground-card');
                  const wait = async (condition) => {
                    for (let i = 0; i < 200 && !condition(); i++) await new Promise((r) => setTimeout(r, 25));
                    return condition();
                  };
                  await wait(() => image.src && image.complete && image.naturalWidth > 0);
                  const first = image.src;
                  const form = document.getElementById('playground-form');
                  form.elements.style.value = 'classic';
                  form.elements.titleColor.value = '#ff0000';
                  // Typing: several edits in a row; only the last is drawn (debounced, stale ones cancelled).
                  for (const value of ['#f', '#ff0', '#ff00', '#ff0000']) {
                    form.elements.titleColor.value = value;
                    form.dispatchEvent(new Event('input'));
                  }
                  const redrawn = await wait(() => image.src !== first && image.complete && image.naturalWidth > 0);
                  return [redrawn, image.naturalWidth, document.getElementById('playground-yaml').textContent];
                })()
                """) as? [Any]
        #expect(result?[0] as? Bool == true)
        #expect(result?[1] as? Int == 1200)
        let yaml = result?[2] as? String ?? ""
        #expect(yaml.hasPrefix("design:\n  style: \"classic\"\n"), "\(yaml)")
        #expect(yaml.contains("  titleColor: \"#ff0000\"\n"), "\(yaml)")
        #expect(try browser.evaluate("window.ogcardErrors") as? [String] == [])
        #expect(browser.errors == [])
        try server.stop()
        #expect(try site.snapshot() == before)
    }
}
