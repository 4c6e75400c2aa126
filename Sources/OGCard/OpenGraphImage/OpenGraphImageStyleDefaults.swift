/// The per-style defaults table of the opengraphimg service (final version, 2020-11-07), as the
/// service's own source defined it.
package enum OpenGraphImageStyleDefaults {
    /// Title shown when the URL has none.
    package static let defaultTitle = "No Title"

    /// `authorSize` default in v0.0.1–0.0.2 (before styles existed); 36 px instead of 24 px.
    package static let legacyAuthorSize = TailwindClasses("text-4xl")

    /// modern's tag-row margins: read by the component but never passable, so fixed.
    package static let modernTagsMargin = TailwindClasses("-mx-16 -mt-16")

    /// modern's author-row margins: read by the component but never passable, so fixed.
    package static let modernAuthorMargin = TailwindClasses("-mx-16 -mb-16")

    /// Every parameter's default for `style`, with the default (empty) content.
    package static func resolved(for style: OpenGraphImageStyle) -> OpenGraphImageResolvedParameters {
        let white = RGBAColor.white
        let blue = color("1C64F2")
        let navy = color("161E2E")
        var result = OpenGraphImageResolvedParameters(
            style: style, title: defaultTitle, tags: [], author: "", atSymbol: false,
            background: white, boxBackground: color("1a202c"), boxOverlayBackground: nil,
            borderColor: nil, titleColor: white, titleAlign: TailwindClasses("text-center"),
            titleSize: TailwindClasses("text-6xl"), titleMargin: TailwindClasses("m-0"),
            detailsMargin: TailwindClasses("-m-20"), tagsColor: white,
            tagsSize: TailwindClasses("text-2xl"), tagBackground: nil, authorBackground: nil,
            authorColor: white, authorSize: TailwindClasses("text-2xl"), logoUrl: nil,
            logoSize: TailwindClasses("w-10 h-10"), logoMargin: TailwindClasses("mr-4"))
        switch style {
        case .custom:
            break
        case .classic:
            result.background = blue
            result.boxBackground = navy
            result.titleMargin = TailwindClasses("-mt-8 -mx-32")
        case .devto:
            result.boxBackground = white
            result.boxOverlayBackground = blue
            result.borderColor = blue
            result.titleColor = blue
            result.titleAlign = TailwindClasses("text-left")
            result.titleMargin = TailwindClasses("-mt-16 -mx-16")
            result.detailsMargin = TailwindClasses("-my-20 -mx-16")
            result.tagsColor = blue
            result.authorColor = blue
        case .modern:
            result.background = color("ffffff00")
            result.boxBackground = navy
            result.titleMargin = TailwindClasses("")
            // modern ignores detailsMargin; empty says "no effect" rather than inventing a value.
            result.detailsMargin = TailwindClasses("")
            result.tagBackground = blue
            result.authorBackground = blue
        }
        return result
    }

    /// A colour from a literal known to be valid.
    private static func color(_ hex: String) -> RGBAColor {
        guard let color = RGBAColor(hex: hex) else { preconditionFailure("bad built-in colour \(hex)") }
        return color
    }
}
