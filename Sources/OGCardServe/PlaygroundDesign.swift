import Foundation
import OGCard

/// The playground's form: the parameters of a `design:` mapping in ogcard.yml (the opengraphimg
/// styles' colours, sizes, margins and logo), or `design: ogcard`. The same names, spelled as
/// ogcard.yml spells them, go into the form, the query string and the YAML the page copies.
enum PlaygroundDesign {
    /// What kind of input a parameter takes.
    enum Kind: String, Sendable {
        /// `#RRGGBB` or `#RRGGBBAA`; empty for none.
        case color
        /// Tailwind classes (`text-6xl`, `-mt-8 -mx-32`).
        case classes
        /// `true` or `false`.
        case flag
        /// Free text (a logo URL).
        case text
    }

    /// The form's parameters in order (the service's own names, typo included).
    static let fields: [(name: String, kind: Kind, label: String)] = [
        ("background", .color, "Background"), ("boxBackground", .color, "Box background"),
        ("boxOverlayBackground", .color, "Box overlay"), ("borderColor", .color, "Border colour"),
        ("titleColor", .color, "Title colour"), ("titleSize", .classes, "Title size"),
        ("titleAlign", .classes, "Title alignment"), ("titleMargin", .classes, "Title margin"),
        ("detailsMargin", .classes, "Details margin"), ("tagsColor", .color, "Tags colour"),
        ("tagsSize", .classes, "Tags size"), ("tagBackground", .color, "Tag background"),
        ("authorColor", .color, "Author colour"), ("authorSize", .classes, "Author size"),
        ("authorBackgroud", .color, "Author background"), ("atSymbol", .flag, "@ before the author"),
        ("logoUrl", .text, "Logo URL"), ("logoSize", .classes, "Logo size"), ("logoMargin", .classes, "Logo margin"),
    ]

    /// The styles offered: the four opengraphimg styles and ogcard's own design.
    static let styles = ["modern", "custom", "classic", "devto", "ogcard"]

    /// Every parameter's value in `parameters`, as the form shows it (empty for none).
    static func values(_ parameters: OpenGraphImageResolvedParameters) -> [String: String] {
        [
            "style": parameters.style.rawValue, "atSymbol": parameters.atSymbol ? "true" : "false",
            "background": parameters.background.description,
            "boxBackground": parameters.boxBackground.description,
            "boxOverlayBackground": parameters.boxOverlayBackground?.description ?? "",
            "borderColor": parameters.borderColor?.description ?? "",
            "titleColor": parameters.titleColor.description, "titleSize": parameters.titleSize.source,
            "titleAlign": parameters.titleAlign.source, "titleMargin": parameters.titleMargin.source,
            "detailsMargin": parameters.detailsMargin.source, "tagsColor": parameters.tagsColor.description,
            "tagsSize": parameters.tagsSize.source, "tagBackground": parameters.tagBackground?.description ?? "",
            "authorColor": parameters.authorColor.description, "authorSize": parameters.authorSize.source,
            "authorBackgroud": parameters.authorBackground?.description ?? "",
            "logoUrl": parameters.logoUrl ?? "", "logoSize": parameters.logoSize.source,
            "logoMargin": parameters.logoMargin.source,
        ]
    }

    /// Each style's defaults, for the page to leave out of the YAML what a style already sets.
    static var defaults: [String: [String: String]] {
        var result: [String: [String: String]] = [:]
        for style in OpenGraphImageStyle.allCases {
            result[style.rawValue] = values(OpenGraphImageStyleDefaults.resolved(for: style))
        }
        return result
    }

    /// The form's starting values: the design `plan` draws with.
    static func initialValues(for plan: PostCardPlan?) -> [String: String] {
        switch plan?.design {
        case .openGraphImage(let parameters)?:
            return values(parameters)
        case .ogcard?:
            var modern = values(OpenGraphImageStyleDefaults.resolved(for: .modern))
            modern["style"] = "ogcard"
            return modern
        default:
            return values(OpenGraphImageStyleDefaults.resolved(for: .modern))
        }
    }

    /// The layout the form's `query` describes, for `config`'s site (its logos and layouts folder).
    /// Unknown names are ignored; `title`, `tags` and `author` are the post's, never the form's.
    static func layout(query: [(name: String, value: String)], config: SiteConfig) throws(Diagnostic) -> CardLayout {
        let known = Set(fields.map(\.name) + ["style"])
        let items = query.filter { known.contains($0.name) && !$0.value.isEmpty }
        let layoutsDirectory = config.layouts.map { config.root.appendingPathComponent($0) }
        if items.first(where: { $0.name == "style" })?.value == "ogcard" {
            return try CardDesign.ogcard.resolve(layoutsDirectory: layoutsDirectory).layout
        }
        let parsed = try OpenGraphImageParameters.parse(
            items.map { OpenGraphImageQueryItem(name: $0.name, value: $0.value) }, input: "playground")
        let resolved = OpenGraphImageParameters(title: nil, tags: nil, author: nil, design: parsed.parameters.design)
            .resolved()
        let logos = config.logos.mapValues { config.root.appendingPathComponent($0) }
        return try CardDesign.openGraphImage(resolved).resolve(
            logoFiles: logos, baseDirectory: config.root, layoutsDirectory: layoutsDirectory,
            maxImageSide: config.limits.imageSide
        ).layout
    }
}
