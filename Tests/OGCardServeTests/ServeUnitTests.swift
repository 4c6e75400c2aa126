import Foundation
import Testing

@testable import OGCardServe

/// The pieces of `ogcard serve` that decide safety on their own: escaping and loopback hosts.
@Suite struct ServeUnitTests {
    @Test func escapesTextAndAttributes() {
        #expect(
            HTMLText.escape(#"<a href="x">Tom & 'Jerry'</a>"#)
                == "&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;")
        #expect(HTMLText.escape("日本語 ✓") == "日本語 ✓")
    }

    @Test func scriptJSONCannotCloseTheScriptElement() throws {
        let text = "</script><script>alert(1)</script>\u{2028}\"\\\n"
        let literal = HTMLText.scriptJSON(text)
        #expect(!literal.contains("<") && !literal.contains(">") && !literal.contains("\u{2028}"))
        let decoded = try JSONSerialization.jsonObject(with: Data(literal.utf8), options: .fragmentsAllowed)
        #expect(decoded as? String == text)
    }

    @Test(arguments: [
        ("127.0.0.1", true), ("127.1.2.3", true), ("::1", true), ("localhost", true), ("0.0.0.0", false),
        ("192.168.1.2", false), ("::", false), ("127.0.0.256", false), ("example.org", false),
    ])
    func loopbackHosts(host: String, loopback: Bool) {
        #expect(LoopbackHost.isLoopback(host) == loopback)
    }

    @Test func everyPlatformHasItsAspectRatio() {
        let ratios = Dictionary(
            uniqueKeysWithValues: PlatformMockup.all.map { ($0.key, Double($0.width) / Double($0.height)) })
        #expect(
            Set(ratios.keys) == ["x", "facebook", "linkedin", "slack", "discord", "mastodon", "imessage", "whatsapp"])
        #expect(abs(ratios["x"]! - 2) < 0.01)
        for key in ["facebook", "linkedin", "slack", "discord", "mastodon", "imessage"] {
            #expect(abs(ratios[key]! - 1.91) < 0.02, "\(key)")
        }
        #expect(ratios["whatsapp"] == 1)
    }
}
