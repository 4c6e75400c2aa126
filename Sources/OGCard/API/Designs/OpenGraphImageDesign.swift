/// The look of an opengraphimg card: one of the service's four styles with every design
/// parameter resolved. The text (title, tags, author) is not part of it: it comes from the post.
///
/// `layout()` turns it into a `CardLayout` with the service's geometry (see
/// `shared/docs/opengraphimg.md`), minus the service's bugs: text is never HTML, long words
/// wrap, an empty author leaves no pill, and titles that do not fit shrink instead of spilling.
public struct OpenGraphImageDesign: Hashable, Sendable {
    /// The service's four styles.
    public enum Style: String, Hashable, Sendable, CaseIterable {
        /// The default when a URL has no `style`: a dark rounded box with a shadow on a white page.
        case custom
        /// Like custom, on a blue page, with a wider title.
        case classic
        /// White box with a blue border and a hard offset shadow panel, left-aligned title.
        case devto
        /// Full-bleed navy card with tag pills on top and an author pill at the bottom.
        case modern
    }

    /// Which style.
    public var style: Style
    /// Page colour behind the box.
    public var background: RGBAColor
    /// Box colour.
    public var boxBackground: RGBAColor
    /// devto's offset panel colour.
    public var boxOverlayBackground: RGBAColor
    /// devto's 2 px border colour.
    public var borderColor: RGBAColor
    /// Title colour.
    public var titleColor: RGBAColor
    /// Title alignment.
    public var titleAlign: TextAlignment
    /// Title size, px.
    public var titleSize: Double
    /// Title margins (Tailwind classes resolved to px).
    public var titleMargin: EdgeInsets
    /// Bottom row margins (custom, classic, devto).
    public var detailsMargin: EdgeInsets
    /// Tag text colour.
    public var tagsColor: RGBAColor
    /// Tag text size, px.
    public var tagsSize: Double
    /// Tag pill colour (modern).
    public var tagBackground: RGBAColor
    /// Author pill colour (modern; the service's parameter is the misspelled `authorBackgroud`).
    public var authorBackground: RGBAColor
    /// Author text colour.
    public var authorColor: RGBAColor
    /// Author text size, px.
    public var authorSize: Double
    /// Whether "@" goes before the author.
    public var atSymbol: Bool

    /// The service's defaults for `style`.
    public init(style: Style) {
        self.style = style
        let blue = RGBAColor(hex: "1C64F2")!
        let navy = RGBAColor(hex: "161E2E")!
        background = .white
        boxBackground = RGBAColor(hex: "1a202c")!
        boxOverlayBackground = blue
        borderColor = blue
        titleColor = .white
        titleAlign = .center
        titleSize = 64
        titleMargin = .zero
        detailsMargin = EdgeInsets(top: -80, right: -80, bottom: -80, left: -80)
        tagsColor = .white
        tagsSize = 24
        tagBackground = blue
        authorBackground = blue
        authorColor = .white
        authorSize = 24
        atSymbol = false
        switch style {
        case .custom:
            break
        case .classic:
            background = blue
            boxBackground = navy
            titleMargin = EdgeInsets(top: -32, right: -128, bottom: 0, left: -128)
        case .devto:
            boxBackground = .white
            titleColor = blue
            titleAlign = .left
            titleMargin = EdgeInsets(top: -64, right: -64, bottom: 0, left: -64)
            detailsMargin = EdgeInsets(top: -80, right: -64, bottom: -80, left: -64)
            tagsColor = blue
            authorColor = blue
        case .modern:
            background = RGBAColor(hex: "ffffff00")!
            boxBackground = navy
        }
    }

    /// The font the service drew everything in (Tailwind's preflight fell back to it, Regular).
    public static let font = FontSpec(family: "Open Sans", weight: 400)

    /// The smallest size a title shrinks to before it is cut with an ellipsis.
    var minimumTitleSize: Double { max(24, (titleSize * 0.625).rounded()) }

    /// The card layout of this design.
    public func layout() -> CardLayout {
        switch style {
        case .modern: modernLayout()
        case .custom, .classic, .devto: boxedLayout()
        }
    }
}
