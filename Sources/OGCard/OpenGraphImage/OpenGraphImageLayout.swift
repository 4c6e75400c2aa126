public import Foundation

/// Turns resolved opengraphimg parameters into a `CardLayout` with the service's geometry (see
/// `shared/docs/opengraphimg.md`), minus the service's bugs: text is never HTML, long words
/// wrap, an empty author leaves no pill, and titles that do not fit shrink instead of spilling.
///
/// The geometry lives in the style's layout file (`Assets/layouts/<style>.yml`); this type binds
/// the URL's parameters to the file's `$parameters`. Only the design is used; the text (title,
/// tags, author) is the card's `CardContent`.
public struct OpenGraphImageLayout: Sendable {
    /// The parameters the layout follows.
    public var parameters: OpenGraphImageResolvedParameters
    /// Local files standing in for remote `logoUrl`s (the site config's `logos:`), because
    /// ogcard never downloads anything.
    public var logoFiles: [String: URL]
    /// The folder a relative `logoUrl` path starts from; the current directory when nil.
    public var baseDirectory: URL?
    /// Where the bundled layout files are.
    public var resources: ResourceLocator
    /// The fonts the card will be drawn with (layout files are checked against them).
    public var fonts: FontSet
    /// A site's own layouts folder: a `<style>.yml` there replaces the bundled one.
    public var layoutsDirectory: URL?
    /// The widest and tallest logo used, in pixels (`InputLimits.imageSide`); a larger one is left out with a warning.
    public var maxImageSide: Int = InputLimits.default.imageSide

    /// A layout builder for `parameters`.
    public init(
        _ parameters: OpenGraphImageResolvedParameters, logoFiles: [String: URL] = [:], baseDirectory: URL? = nil,
        resources: ResourceLocator = .locate(), fonts: FontSet = .standard(), layoutsDirectory: URL? = nil
    ) {
        self.layoutsDirectory = layoutsDirectory
        self.parameters = parameters
        self.logoFiles = logoFiles
        self.baseDirectory = baseDirectory
        self.resources = resources
        self.fonts = fonts
    }

    /// The service's defaults for `style`.
    public init(style: OpenGraphImageStyle) {
        self.init(OpenGraphImageStyleDefaults.resolved(for: style))
    }

    /// The font the service drew everything in (Tailwind's preflight fell back to it, Regular).
    public static let font = FontSpec(family: "Open Sans", weight: 400)

    /// The card layout; warnings (a logo that cannot be shown) are dropped; use `resolve()` to get them.
    /// - Throws: when the style's layout file is missing or invalid.
    public func layout() throws(Diagnostic) -> CardLayout {
        try resolve().layout
    }

    /// The card layout and what could not be honoured (the card is then drawn without it).
    /// - Throws: when the style's layout file is missing or invalid.
    public func resolve() throws(Diagnostic) -> ResolvedCardLayout {
        let file = try LayoutFile.named(
            parameters.style.rawValue, in: layoutsDirectory, resources: resources, fonts: fonts)
        let (values, warnings) = bindings()
        return ResolvedCardLayout(layout: try file.layout(values), warnings: warnings)
    }

    /// The layout-file parameters this card's URL parameters set, by name.
    ///
    /// Only what differs from the style's defaults is bound, so the layout file's own defaults
    /// apply otherwise: a site that copies `modern.yml` into its `layouts:` folder and changes a
    /// colour there sees the change, unless a post's URL sets that colour itself.
    public func bindings() -> (values: [String: LayoutValue], warnings: [Diagnostic]) {
        var (values, warnings) = allBindings()
        let defaults = OpenGraphImageLayout(OpenGraphImageStyleDefaults.resolved(for: parameters.style)).allBindings()
            .values
        for (name, value) in values where name != "logo" && defaults[name] == value {
            values[name] = nil
        }
        return (values, warnings)
    }

    /// Every parameter the URL's resolved design sets, defaults included.
    private func allBindings() -> (values: [String: LayoutValue], warnings: [Diagnostic]) {
        var values: [String: LayoutValue] = [
            "background": .color(parameters.background),
            "boxBackground": .color(parameters.boxBackground),
            "titleColor": .color(parameters.titleColor),
            "tagsColor": .color(parameters.tagsColor),
            "authorColor": .color(parameters.authorColor),
            "titleMargin": .insets(EdgeInsets(parameters.titleMargin.margins)),
            "atSymbol": .text(parameters.atSymbol ? "@" : ""),
        ]
        // modern ignores detailsMargin; the others move their bottom row with it.
        if parameters.style != .modern {
            values["detailsMargin"] = .insets(EdgeInsets(parameters.detailsMargin.margins))
        }
        let optionalColors: [(String, RGBAColor?)] = [
            ("boxOverlayBackground", parameters.boxOverlayBackground), ("borderColor", parameters.borderColor),
            ("tagBackground", parameters.tagBackground), ("authorBackground", parameters.authorBackground),
        ]
        for case (let name, let color?) in optionalColors { values[name] = .color(color) }
        if let size = parameters.titleSize.fontSize {
            values["titleSize"] = .number(Double(size))
            values["titleMinSize"] = .number(Self.minimumTitleSize(Double(size)))
        }
        if let size = parameters.tagsSize.fontSize { values["tagsSize"] = .number(Double(size)) }
        if let size = parameters.authorSize.fontSize { values["authorSize"] = .number(Double(size)) }
        switch parameters.titleAlign.textAlignment {
        case .left?, .justify?: values["titleAlign"] = .text("left")
        case .center?: values["titleAlign"] = .text("center")
        case .right?: values["titleAlign"] = .text("right")
        case nil: break
        }
        if let width = parameters.logoSize.width { values["logoWidth"] = .number(Double(width)) }
        if let height = parameters.logoSize.height { values["logoHeight"] = .number(Double(height)) }
        if let gap = parameters.logoMargin.margins.right { values["logoGap"] = .number(Double(gap)) }
        let (logo, warnings) = logoFile()
        values["logo"] = .file(logo)
        return (values, warnings)
    }

    /// The smallest size a title shrinks to before it is cut with an ellipsis.
    public static func minimumTitleSize(_ size: Double) -> Double { max(24, (size * 0.625).rounded()) }

    /// The local PNG for `logoUrl`, or nil with a warning saying why it is left out.
    func logoFile() -> (URL?, [Diagnostic]) {
        guard let logo = parameters.logoUrl?.trimmingCharacters(in: .whitespaces), !logo.isEmpty else {
            return (nil, [])
        }
        let file: URL
        if let mapped = logoFiles[logo] {
            file = mapped
        } else if logo.hasPrefix("http://") || logo.hasPrefix("https://") || logo.hasPrefix("//") {
            return (
                nil,
                [
                    Diagnostic(
                        .warning, step: .layOut,
                        reason:
                            "logo '\(logo)' is remote and ogcard never downloads; map it to a local PNG under 'logos:' in ogcard.yml. The card is drawn without it"
                    )
                ]
            )
        } else if logo.hasPrefix("file://"), let url = URL(string: logo) {
            file = url
        } else if logo.hasPrefix("/") {
            file = URL(fileURLWithPath: logo)
        } else {
            file = (baseDirectory ?? URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
                .appendingPathComponent(logo)
        }
        // The PNG header alone (a regular file only: opening a FIFO would block for ever), so a
        // logo declaring 20 000 × 20 000 px is refused before Cairo decodes 1.6 GB of it.
        let header: PNGHeader
        do {
            header = try PNGHeader.read(file.path)
        } catch .unreadable(let reason) {
            return (
                nil,
                [
                    Diagnostic(
                        .warning, step: .layOut,
                        reason: "logo file '\(file.path)' cannot be read (\(reason)); the card is drawn without it")
                ]
            )
        } catch {
            return (
                nil,
                [
                    Diagnostic(
                        .warning, step: .layOut,
                        reason:
                            "logo file '\(file.path)' is not a PNG (the only format ogcard reads); the card is drawn without it"
                    )
                ]
            )
        }
        guard header.fits(within: maxImageSide) else {
            return (
                nil,
                [
                    Diagnostic(
                        .warning, step: .layOut,
                        reason:
                            "logo file '\(file.path)' is \(header.size), larger than \(maxImageSide)×\(maxImageSide) \(InputLimits.hint("image_side")); the card is drawn without it"
                    )
                ]
            )
        }
        return (file, [])
    }
}
