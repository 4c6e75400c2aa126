import OGCard
import Testing

/// The per-style defaults table and design keys.
@Suite struct OpenGraphImageStyleDefaultsTests {
    let white = RGBAColor.white
    let blue = RGBAColor(hex: "1C64F2")!
    let navy = RGBAColor(hex: "161E2E")!

    @Test func commonDefaults() {
        for style in OpenGraphImageStyle.allCases {
            let d = OpenGraphImageStyleDefaults.resolved(for: style)
            #expect(d.style == style)
            #expect(d.title == "No Title")
            #expect(d.tags == [])
            #expect(d.author == "")
            #expect(d.atSymbol == false)
            #expect(d.titleSize.fontSize == 64)
            #expect(d.tagsSize.fontSize == 24)
            #expect(d.authorSize.fontSize == 24)
            #expect(d.logoUrl == nil)
            #expect(d.logoSize.width == 40 && d.logoSize.height == 40)
            #expect(d.logoMargin.margins == TailwindMargins(right: 16))
        }
    }

    @Test func custom() {
        let d = OpenGraphImageStyleDefaults.resolved(for: .custom)
        #expect(d.background == white)
        #expect(d.boxBackground == RGBAColor(hex: "1a202c"))
        #expect(d.boxOverlayBackground == nil && d.borderColor == nil)
        #expect(d.titleColor == white && d.tagsColor == white && d.authorColor == white)
        #expect(d.titleAlign.textAlignment == .center)
        #expect(d.titleMargin.margins == TailwindMargins(top: 0, right: 0, bottom: 0, left: 0))
        #expect(d.detailsMargin.margins == TailwindMargins(top: -80, right: -80, bottom: -80, left: -80))
        #expect(d.tagBackground == nil && d.authorBackground == nil)
    }

    @Test func classic() {
        let d = OpenGraphImageStyleDefaults.resolved(for: .classic)
        #expect(d.background == blue)
        #expect(d.boxBackground == navy)
        #expect(d.titleColor == white && d.tagsColor == white && d.authorColor == white)
        #expect(d.titleAlign.textAlignment == .center)
        #expect(d.titleMargin.margins == TailwindMargins(top: -32, right: -128, left: -128))
        #expect(d.detailsMargin.margins == TailwindMargins(top: -80, right: -80, bottom: -80, left: -80))
    }

    @Test func devto() {
        let d = OpenGraphImageStyleDefaults.resolved(for: .devto)
        #expect(d.background == white)
        #expect(d.boxBackground == white)
        #expect(d.boxOverlayBackground == blue)
        #expect(d.borderColor == blue)
        #expect(d.titleColor == blue && d.tagsColor == blue && d.authorColor == blue)
        #expect(d.titleAlign.textAlignment == .left)
        #expect(d.titleMargin.margins == TailwindMargins(top: -64, right: -64, left: -64))
        #expect(d.detailsMargin.margins == TailwindMargins(top: -80, right: -64, bottom: -80, left: -64))
    }

    @Test func modern() {
        let d = OpenGraphImageStyleDefaults.resolved(for: .modern)
        #expect(d.background == RGBAColor(red: 255, green: 255, blue: 255, alpha: 0))
        #expect(d.boxBackground == navy)
        #expect(d.titleColor == white && d.tagsColor == white && d.authorColor == white)
        #expect(d.titleMargin.margins.isEmpty)
        #expect(d.tagBackground == blue)
        #expect(d.authorBackground == blue)
        #expect(
            OpenGraphImageStyleDefaults.modernTagsMargin.margins == TailwindMargins(top: -64, right: -64, left: -64))
        #expect(
            OpenGraphImageStyleDefaults.modernAuthorMargin.margins
                == TailwindMargins(right: -64, bottom: -64, left: -64))
        #expect(OpenGraphImageStyleDefaults.legacyAuthorSize.fontSize == 36)
    }

    @Test func givenValuesOverrideDefaults() throws {
        let url = try OpenGraphImageURL.parse(
            "generator.opengraphimg.com/?background=00C389FF&boxBackground=071D49FF&titleMargin=-mt-12")
        let r = url.parameters.resolved()
        #expect(r.style == .custom)
        #expect(r.background == RGBAColor(red: 0, green: 0xC3, blue: 0x89))
        #expect(r.boxBackground == RGBAColor(red: 7, green: 0x1D, blue: 0x49))
        #expect(r.titleMargin.margins == TailwindMargins(top: -48))
        #expect(r.titleColor == white)
    }

    @Test func canonicalKeyIgnoresContentAndDefaults() throws {
        let a = try OpenGraphImageURL.parse(
            "generator.opengraphimg.com/?atSymbol=true&author=x&authorSize=text-2xl&style=modern&tags=a&title=A")
        let b = try OpenGraphImageURL.parse(
            "generator.opengraphimg.com/?style=modern&title=B&atSymbol=true&author=y")
        let c = try OpenGraphImageURL.parse("generator.opengraphimg.com/?atSymbol=true&author=x&title=A")
        #expect(a.parameters.design.canonicalKey == "style=modern&atSymbol=true")
        #expect(a.parameters.design.canonicalKey == b.parameters.design.canonicalKey)
        #expect(c.parameters.design.canonicalKey == "style=custom&atSymbol=true")
        #expect(a.parameters.design != b.parameters.design)  // raw Hashable sees authorSize
        let d = try OpenGraphImageURL.parse("generator.opengraphimg.com/?style=modern&atSymbol=true&background=000")
        #expect(d.parameters.design.canonicalKey == "style=modern&atSymbol=true&background=#000000")
    }
}
