/// Turns resolved opengraphimg parameters into a `CardLayout` with the service's geometry (see
/// `shared/docs/opengraphimg.md`), minus the service's bugs: text is never HTML, long words
/// wrap, an empty author leaves no pill, and titles that do not fit shrink instead of spilling.
///
/// Only the design is used; the text (title, tags, author) is the card's `CardContent`.
public struct OpenGraphImageLayout: Sendable {
    /// The parameters the layout follows.
    public var parameters: OpenGraphImageResolvedParameters

    /// A layout builder for `parameters`.
    public init(_ parameters: OpenGraphImageResolvedParameters) {
        self.parameters = parameters
    }

    /// The service's defaults for `style`.
    public init(style: OpenGraphImageStyle) {
        self.init(OpenGraphImageStyleDefaults.resolved(for: style))
    }

    /// The font the service drew everything in (Tailwind's preflight fell back to it, Regular).
    public static let font = FontSpec(family: "Open Sans", weight: 400)

    /// The card layout.
    public func layout() -> CardLayout {
        switch parameters.style {
        case .modern: modernLayout()
        case .custom, .classic, .devto: boxedLayout()
        }
    }

    // MARK: - Parameters in pixels

    var titleSize: Double { Double(parameters.titleSize.fontSize ?? 64) }
    var tagsSize: Double { Double(parameters.tagsSize.fontSize ?? 24) }
    var authorSize: Double { Double(parameters.authorSize.fontSize ?? 24) }
    var titleMargin: EdgeInsets { EdgeInsets(parameters.titleMargin.margins) }
    var detailsMargin: EdgeInsets { EdgeInsets(parameters.detailsMargin.margins) }
    var titleAlign: TextAlignment {
        switch parameters.titleAlign.textAlignment {
        case .left: .left
        case .right: .right
        case .center, .justify, nil: parameters.style == .devto ? .left : .center
        }
    }

    /// The smallest size a title shrinks to before it is cut with an ellipsis.
    var minimumTitleSize: Double { max(24, (titleSize * 0.625).rounded()) }

    /// Text drawn before the author.
    var authorPrefix: String { parameters.atSymbol ? "@" : "" }
}

extension EdgeInsets {
    /// Pixels from Tailwind margins; a side no class set is 0.
    init(_ margins: TailwindMargins) {
        self.init(
            top: Double(margins.top ?? 0), right: Double(margins.right ?? 0),
            bottom: Double(margins.bottom ?? 0), left: Double(margins.left ?? 0))
    }
}
