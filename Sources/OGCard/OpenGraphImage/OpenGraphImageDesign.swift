/// The look of an opengraphimg card: every parameter except the per-post content (title, tags, author).
/// nil means "not given", so the style's default applies (see `OpenGraphImageStyleDefaults`).
///
/// Hashable, so posts can be grouped by design; `canonicalKey` groups by *effective* look instead.
public struct OpenGraphImageDesign: Hashable, Sendable {
    /// `style`; nil when absent or unknown (both mean custom).
    public var style: OpenGraphImageStyle?
    /// `atSymbol`: "@" before the author.
    public var atSymbol: Bool?
    /// `background`: the canvas colour behind the box.
    public var background: RGBAColor?
    /// `boxBackground`: the box colour.
    public var boxBackground: RGBAColor?
    /// `boxOverlayBackground`: devto's offset panel.
    public var boxOverlayBackground: RGBAColor?
    /// `borderColor`: devto's 2 px box border.
    public var borderColor: RGBAColor?
    /// `titleColor`.
    public var titleColor: RGBAColor?
    /// `tagsColor`.
    public var tagsColor: RGBAColor?
    /// `tagBackground` (alias `tagBackgroud`): modern's tag pill colour.
    public var tagBackground: RGBAColor?
    /// `authorBackgroud` (sic; alias `authorBackground`): modern's author pill colour.
    public var authorBackground: RGBAColor?
    /// `authorColor`.
    public var authorColor: RGBAColor?
    /// `titleAlign`, a Tailwind class.
    public var titleAlign: TailwindClasses?
    /// `titleSize`, a Tailwind class.
    public var titleSize: TailwindClasses?
    /// `titleMargin`, Tailwind class(es).
    public var titleMargin: TailwindClasses?
    /// `detailsMargin`, Tailwind class(es) for the bottom row.
    public var detailsMargin: TailwindClasses?
    /// `tagsSize`, a Tailwind class.
    public var tagsSize: TailwindClasses?
    /// `authorSize`, a Tailwind class.
    public var authorSize: TailwindClasses?
    /// `logoUrl`: an image shown before the author.
    public var logoUrl: String?
    /// `logoSize`, Tailwind class(es).
    public var logoSize: TailwindClasses?
    /// `logoMargin`, a Tailwind class.
    public var logoMargin: TailwindClasses?

    /// Creates an empty design: everything at the custom style's defaults.
    public init() {}

    /// The style that applies: custom when none (or an unknown one) was given.
    public var effectiveStyle: OpenGraphImageStyle { style ?? .custom }

    /// The design's effective look as parameters: the style, then every parameter that differs
    /// from that style's default, in the service's parameter order. Parsing these items back
    /// gives a design with the same `canonicalKey`; ogcard writes them into config and posts
    /// so that nothing a URL said about the design is lost when the URL is replaced.
    public var canonicalItems: [OpenGraphImageQueryItem] {
        let defaults = OpenGraphImageStyleDefaults.resolved(for: effectiveStyle)
        var parts = [OpenGraphImageQueryItem(name: "style", value: effectiveStyle.rawValue)]
        func add<T: Equatable>(_ name: String, _ value: T?, _ fallback: T, _ text: (T) -> String) {
            if let value, value != fallback { parts.append(OpenGraphImageQueryItem(name: name, value: text(value))) }
        }
        func addOptional(_ name: String, _ value: RGBAColor?, _ fallback: RGBAColor?) {
            if let value, value != fallback {
                parts.append(OpenGraphImageQueryItem(name: name, value: value.description))
            }
        }
        add("atSymbol", atSymbol, defaults.atSymbol) { String($0) }
        add("background", background, defaults.background) { $0.description }
        add("boxBackground", boxBackground, defaults.boxBackground) { $0.description }
        addOptional("boxOverlayBackground", boxOverlayBackground, defaults.boxOverlayBackground)
        addOptional("borderColor", borderColor, defaults.borderColor)
        add("titleColor", titleColor, defaults.titleColor) { $0.description }
        add("titleAlign", titleAlign, defaults.titleAlign) { $0.source }
        add("titleSize", titleSize, defaults.titleSize) { $0.source }
        add("titleMargin", titleMargin, defaults.titleMargin) { $0.source }
        add("detailsMargin", detailsMargin, defaults.detailsMargin) { $0.source }
        add("tagsColor", tagsColor, defaults.tagsColor) { $0.description }
        add("tagsSize", tagsSize, defaults.tagsSize) { $0.source }
        addOptional("tagBackground", tagBackground, defaults.tagBackground)
        addOptional("authorBackgroud", authorBackground, defaults.authorBackground)
        add("authorColor", authorColor, defaults.authorColor) { $0.description }
        add("authorSize", authorSize, defaults.authorSize) { $0.source }
        if let logoUrl { parts.append(OpenGraphImageQueryItem(name: "logoUrl", value: logoUrl)) }
        add("logoSize", logoSize, defaults.logoSize) { $0.source }
        add("logoMargin", logoMargin, defaults.logoMargin) { $0.source }
        return parts
    }

    /// A stable text key for the design's effective look: the style plus every parameter that differs
    /// from that style's default, in the service's parameter order, e.g. `style=modern&atSymbol=true`.
    /// Two designs with the same key render the same card for the same content.
    public var canonicalKey: String {
        canonicalItems.map { "\($0.name)=\($0.value)" }.joined(separator: "&")
    }
}
