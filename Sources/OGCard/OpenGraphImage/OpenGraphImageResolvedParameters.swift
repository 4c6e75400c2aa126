/// Every opengraphimg parameter with its effective value for one card: given values over the style's defaults.
/// Colours that a style does not use at all (e.g. `borderColor` outside devto) stay nil unless given.
public struct OpenGraphImageResolvedParameters: Hashable, Sendable {
    /// The style.
    public var style: OpenGraphImageStyle
    /// Title text; the service showed "No Title" when none was given. May contain HTML, as in the service.
    public var title: String
    /// Tags, possibly empty.
    public var tags: [String]
    /// Author text, possibly empty.
    public var author: String
    /// Whether "@" precedes the author.
    public var atSymbol: Bool
    /// Canvas colour.
    public var background: RGBAColor
    /// Box colour.
    public var boxBackground: RGBAColor
    /// devto's offset panel colour.
    public var boxOverlayBackground: RGBAColor?
    /// devto's border colour.
    public var borderColor: RGBAColor?
    /// Title colour.
    public var titleColor: RGBAColor
    /// Title alignment class.
    public var titleAlign: TailwindClasses
    /// Title size class.
    public var titleSize: TailwindClasses
    /// Title margin classes.
    public var titleMargin: TailwindClasses
    /// Bottom-row margin classes (modern ignores them).
    public var detailsMargin: TailwindClasses
    /// Tags colour.
    public var tagsColor: RGBAColor
    /// Tags size class.
    public var tagsSize: TailwindClasses
    /// modern's tag pill colour.
    public var tagBackground: RGBAColor?
    /// modern's author pill colour (`authorBackgroud` in the URL).
    public var authorBackground: RGBAColor?
    /// Author colour.
    public var authorColor: RGBAColor
    /// Author size class.
    public var authorSize: TailwindClasses
    /// Logo image URL, if any.
    public var logoUrl: String?
    /// Logo size classes.
    public var logoSize: TailwindClasses
    /// Logo margin class.
    public var logoMargin: TailwindClasses

    /// Creates resolved parameters; `OpenGraphImageStyleDefaults.resolved(for:)` is the usual start.
    public init(
        style: OpenGraphImageStyle, title: String, tags: [String], author: String, atSymbol: Bool,
        background: RGBAColor, boxBackground: RGBAColor, boxOverlayBackground: RGBAColor?,
        borderColor: RGBAColor?, titleColor: RGBAColor, titleAlign: TailwindClasses,
        titleSize: TailwindClasses, titleMargin: TailwindClasses, detailsMargin: TailwindClasses,
        tagsColor: RGBAColor, tagsSize: TailwindClasses, tagBackground: RGBAColor?,
        authorBackground: RGBAColor?, authorColor: RGBAColor, authorSize: TailwindClasses,
        logoUrl: String?, logoSize: TailwindClasses, logoMargin: TailwindClasses
    ) {
        self.style = style
        self.title = title
        self.tags = tags
        self.author = author
        self.atSymbol = atSymbol
        self.background = background
        self.boxBackground = boxBackground
        self.boxOverlayBackground = boxOverlayBackground
        self.borderColor = borderColor
        self.titleColor = titleColor
        self.titleAlign = titleAlign
        self.titleSize = titleSize
        self.titleMargin = titleMargin
        self.detailsMargin = detailsMargin
        self.tagsColor = tagsColor
        self.tagsSize = tagsSize
        self.tagBackground = tagBackground
        self.authorBackground = authorBackground
        self.authorColor = authorColor
        self.authorSize = authorSize
        self.logoUrl = logoUrl
        self.logoSize = logoSize
        self.logoMargin = logoMargin
    }
}
