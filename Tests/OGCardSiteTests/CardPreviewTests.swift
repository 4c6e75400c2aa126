import Foundation
import OGCardTestSupport
import Testing

@testable import OGCard

/// `ogcard preview`'s decisions live in the library: which source, how `--set` and `--date` are
/// read, which design a name means, how the file is named.
@Suite struct CardPreviewTests {
    @Test func designNamesAreTheSitesNames() throws {
        #expect(CardDesign.named("ogcard") == .ogcard)
        #expect(CardDesign.named("devto") == .openGraphImage(OpenGraphImageStyleDefaults.resolved(for: .devto)))
        #expect(CardDesign.named("fancy") == nil)
        #expect(SiteDesign.names.allSatisfy { CardDesign.named($0) != nil })
        #expect(CardDesign.nameList == "ogcard, custom, classic, devto or modern")
        // What bench draws for a name is the layout a build draws for that design.
        #expect(try CardDesign.named("modern")?.resolve().layout == OpenGraphImageLayout(style: .modern).layout())
    }

    @Test(arguments: [
        (CardPreviewRequest(), "Give a post, an opengraphimg URL, or --title."),
        (
            CardPreviewRequest(title: "x", design: "fancy"),
            "Unknown style 'fancy': use ogcard, custom, classic, devto or modern."
        ),
        (CardPreviewRequest(title: "x", date: "2024-02-30"), "--date '2024-02-30' is not a date such as 2024-05-01."),
        (CardPreviewRequest(title: "x", settings: ["a=1", "oops"]), "--set 'oops' is not NAME=VALUE."),
    ])
    func usageProblems(request: CardPreviewRequest, problem: String) {
        #expect(request.usageProblem == problem)
    }

    @Test func setValuesAreTypedAndDateIsShownAsOnAPost() throws {
        let request = CardPreviewRequest(
            title: "Hello, World", tags: " a, ,b ", siteName: "My Blog", date: "2024-05-01", design: "ogcard",
            settings: ["accent=#ff0000", "size=12", "label=a=b", "=x", "size=14"])
        #expect(request.usageProblem == nil)
        #expect(
            request.bindings == [
                "accent": .color(RGBAColor(hex: "#ff0000")!), "size": .number(14), "label": .text("a=b"),
                "": .text("x"),
            ])
        let preview = try CardPreview(request)
        #expect(preview.slug == "hello-world" && preview.defaultOutputPath == "output/hello-world.png")
        #expect(preview.content.tags == ["a", "b"] && preview.content.siteName == "My Blog")
        #expect(preview.content.date == "May 1, 2024")
        #expect(preview.content.publicationDate == PostDate(parsing: "2024-05-01")?.date)
        #expect(preview.metaHTML == nil)
        #expect(preview.layout == (try LayoutFile.builtIn("ogcard").layout(request.bindings)))
    }

    @Test func aURLSourceIsRecognisedAsTheBuildRecognisesIt() throws {
        let preview = try CardPreview(
            CardPreviewRequest(
                source: "https://generator.opengraphimg.com/?style=devto&title=From+URL&author=me&tags=a,b",
                author: "you"))
        #expect(
            preview.content.title == "From URL" && preview.content.author == "you"
                && preview.content.tags == ["a", "b"])
        #expect(preview.layout == (try OpenGraphImageLayout(style: .devto).layout()))
        // Anything else is a post path.
        #expect(throws: Diagnostic.self) {
            try CardPreview(CardPreviewRequest(source: "https://opengraphimg.com/logo.png"))
        }
    }

    @Test func aPostIsPlannedAsABuildWouldAndWritten() throws {
        let site = try TemporarySite.copy()
        defer { site.remove() }
        let post = site.url("_posts/2017-06-02-pycon-us-2017.md").path
        let preview = try CardPreview(CardPreviewRequest(source: post, title: "Override"))
        let plan = try SiteBuild(config: site.config()).plan(postAt: URL(fileURLWithPath: post))
        #expect(preview.slug == plan.slug && preview.layout == plan.layout)
        #expect(preview.content.title == "Override" && preview.content.author == plan.content.author)
        #expect(preview.metaHTML == plan.meta.html())
        let file = site.url("out/card.png")
        try preview.write(to: file)
        let image = try DecodedImage(png: Data(contentsOf: file))
        #expect(image.width == 1200 && image.height == 630)
    }
}
