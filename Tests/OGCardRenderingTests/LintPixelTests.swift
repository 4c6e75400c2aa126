import Foundation
import OGCardTestSupport
import Testing

@testable import OGCard

/// `ogcard lint`'s pixel rules, measured on cards drawn by the renderer: WCAG contrast against
/// what is really behind the text, and text ink that X's 2:1 crop cuts off.
struct LintPixelTests {
    private static func layout(background: RGBAColor, text: RGBAColor, frame: CardRect, size: Double = 64)
        -> CardLayout
    {
        CardLayout(
            name: "crafted", background: background,
            layers: [
                .text(
                    TextLayer(
                        name: "title", field: .title, frame: frame,
                        style: TextStyle(font: FontSpec(family: "Inter", weight: 700), size: size, color: text)))
            ])
    }

    private static let middle = CardRect(x: 100, y: 200, width: 1000, height: 230)

    @Test func greyOnGreyTextFailsContrastWithBothColoursNamed() throws {
        let grey = RGBAColor(red: 0x77, green: 0x77, blue: 0x77)
        let lighter = RGBAColor(red: 0x88, green: 0x88, blue: 0x88)
        let card = try CardRenderer().inspect(
            CardContent(title: "Grey on grey"), layout: Self.layout(background: grey, text: lighter, frame: Self.middle)
        )
        let contrast = try #require(CardPixelLint.contrasts(card, normal: 4.5, large: 3).first)
        #expect(contrast.layer == "title")
        #expect(contrast.textColor == "#888888")
        #expect(contrast.background == "#777777")
        #expect(contrast.ratio < 1.5)
        #expect(contrast.large)
        #expect(!contrast.passes)
        let findings = TagLint(rules: try LintRules.load()).check(
            tags: [], image: nil, missingImage: nil, card: card
        ).findings.filter { $0.rule == "contrast" }
        #expect(findings.count == 1)
        #expect(findings.first?.severity == .error)
        #expect(findings.first?.message.contains("#888888 on #777777") == true)
    }

    @Test func whiteOnBlackPassesNearTheMaximum() throws {
        let card = try CardRenderer().inspect(
            CardContent(title: "White on black"),
            layout: Self.layout(background: .black, text: .white, frame: Self.middle))
        let contrast = try #require(CardPixelLint.contrasts(card, normal: 4.5, large: 3).first)
        #expect(contrast.ratio > 20)
        #expect(contrast.passes)
    }

    @Test func contrastIsMeasuredAgainstThePanelBehindTheTextNotTheCanvas() throws {
        // White canvas, a dark panel under the text: the text is light, so only the panel is right.
        let panel = RGBAColor(red: 0x10, green: 0x20, blue: 0x40)
        var layout = Self.layout(background: .white, text: .white, frame: Self.middle)
        layout.layers.insert(.rectangle(RectangleLayer(name: "panel", frame: Self.middle, fill: panel)), at: 0)
        let card = try CardRenderer().inspect(CardContent(title: "On the panel"), layout: layout)
        let contrast = try #require(CardPixelLint.contrasts(card, normal: 4.5, large: 3).first)
        #expect(contrast.background == "#102040")
        #expect(contrast.passes)
    }

    @Test func normalSizedTextNeedsFourAndAHalf() throws {
        // #777 on white is 4.48:1: enough for large text, not for 20 px regular text.
        let grey = RGBAColor(red: 0x77, green: 0x77, blue: 0x77)
        var layout = Self.layout(background: .white, text: grey, frame: Self.middle, size: 20)
        if case .text(var text) = layout.layers[0] {
            text.style.font.weight = 400
            layout.layers[0] = .text(text)
        }
        let card = try CardRenderer().inspect(CardContent(title: "Small grey text"), layout: layout)
        let contrast = try #require(CardPixelLint.contrasts(card, normal: 4.5, large: 3).first)
        #expect(!contrast.large)
        #expect(contrast.required == 4.5)
        #expect(!contrast.passes)
    }

    @Test func inkInXsCropZoneIsFoundAndMiddleTextIsNot() throws {
        // X keeps rows 15–614 of a 1200×630 card: descenders at the very bottom are cut off.
        let bottom = CardRect(x: 100, y: 550, width: 1000, height: 80)
        var layout = Self.layout(background: .white, text: .black, frame: bottom)
        if case .text(var text) = layout.layers[0] {
            text.style.lineHeight = 1
            text.verticalAlignment = .bottom
            layout.layers[0] = .text(text)
        }
        let card = try CardRenderer().inspect(CardContent(title: "Cropped: jumpy glyphs"), layout: layout)
        let spills = CardPixelLint.cropSpills(card, aspect: 2)
        let spill = try #require(spills.first)
        #expect(spill.layer == "title")
        #expect(spill.pixels > 0)
        #expect(spill.band == CardRect(x: 0, y: 15, width: 1200, height: 600))
        #expect(spill.depth <= 15)
        let findings = TagLint(rules: try LintRules.load()).check(tags: [], image: nil, missingImage: nil, card: card)
            .findings.filter { $0.rule == "crop_aspect" }
        #expect(findings.map(\.platforms) == [["X"]])

        let safe = try CardRenderer().inspect(
            CardContent(title: "Safe"), layout: Self.layout(background: .white, text: .black, frame: Self.middle))
        #expect(CardPixelLint.cropSpills(safe, aspect: 2).isEmpty)
    }

    @Test func theBackgroundDrawingHasNoTextAndTheCardDoes() throws {
        let card = try CardRenderer().inspect(
            CardContent(title: "Ink"), layout: Self.layout(background: .white, text: .black, frame: Self.middle))
        #expect(card.background.allSatisfy { $0 == 255 })
        #expect(card.pixels.contains { $0 < 128 })
        let ink = try #require(card.text.first)
        #expect(ink.text == "Ink")
        #expect(ink.size == 64)
        #expect(ink.weight == 700)
        #expect(ink.rect.y > Self.middle.y && ink.rect.maxY < Self.middle.maxY)
    }

    /// Every built-in design, with long text and tags, passes contrast and keeps its text out of
    /// X's crop (the promise; the example site's lint in the command tests covers the rest).
    @Test(arguments: ["ogcard", "modern", "custom", "classic", "devto"])
    func builtInDesignsPass(_ name: String) throws {
        let design = try #require(CardDesign.named(name))
        let layout = try design.resolve(logoFiles: [:], baseDirectory: PackageRoot.url, layoutsDirectory: nil).layout
        let content = CardContent(
            title: "A rather long title about Django class-based views, permissions and mixins",
            author: "webology", tags: ["python", "django", "pycon"],
            description: "What goes wrong on a Friday afternoon, and how to see it coming.", siteName: "Example",
            date: "June 2, 2017")
        let card = try CardRenderer().inspect(content, layout: layout)
        let contrasts = CardPixelLint.contrasts(card, normal: 4.5, large: 3)
        #expect(!contrasts.isEmpty)
        for contrast in contrasts {
            #expect(
                contrast.passes,
                "\(name): \(contrast.layer) \(contrast.textColor) on \(contrast.background) is \(contrast.ratio)")
        }
        #expect(CardPixelLint.cropSpills(card, aspect: 2).isEmpty, "\(name)")
    }
}
