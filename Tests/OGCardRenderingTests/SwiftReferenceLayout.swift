@testable import OGCard

/// The four opengraphimg styles as they were built in Swift before layouts became files
/// (commit aa530da). Tests check that the bundled layout files produce exactly these layouts, so
/// moving the designs into data changed no pixel.
struct SwiftReferenceLayout {
    var parameters: OpenGraphImageResolvedParameters

    init(_ parameters: OpenGraphImageResolvedParameters) {
        self.parameters = parameters
    }

    static let font = FontSpec(family: "Open Sans", weight: 400)

    func layout() -> CardLayout {
        switch parameters.style {
        case .modern: modernLayout()
        case .custom, .classic, .devto: boxedLayout()
        }
    }

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
    var minimumTitleSize: Double { max(24, (titleSize * 0.625).rounded()) }
    var authorPrefix: String { parameters.atSymbol ? "@" : "" }

    /// custom, classic and devto: a box inset in the page with 128 px padding, the title from
    /// the top of the content area, and one bottom row with tags and author.
    func boxedLayout() -> CardLayout {
        let isDevto = parameters.style == .devto
        let box: CardRect
        let border: Double
        var layers: [CardLayer] = []
        if isDevto {
            // A white box with a 2 px border and rounded top corners, over a solid panel of
            // the same size shifted 8 px right and down: a hard offset "shadow".
            box = CardRect(left: 48, top: 48, right: 1152, bottom: 582)
            border = 2
            let topCorners = CornerRadii(topLeft: 16, topRight: 16, bottomRight: 0, bottomLeft: 0)
            let panelColor = parameters.boxOverlayBackground ?? RGBAColor(red: 0x1C, green: 0x64, blue: 0xF2)
            layers.append(.rectangle(RectangleLayer(
                name: "panel", frame: CardRect(x: 56, y: 56, width: box.width, height: box.height),
                fill: panelColor, cornerRadii: topCorners)))
            layers.append(.rectangle(RectangleLayer(
                name: "box", frame: box, fill: parameters.boxBackground, cornerRadii: topCorners,
                border: Border(color: parameters.borderColor ?? panelColor, width: border))))
        } else {
            box = CardRect(left: 40, top: 40, right: 1160, bottom: 590)
            border = 0
            layers.append(.rectangle(RectangleLayer(
                name: "box", frame: box, fill: parameters.boxBackground, cornerRadii: CornerRadii(all: 16),
                shadow: .tailwind2XL)))
        }
        let content = box.applying(margin: EdgeInsets(top: 128 + border, right: 128 + border, bottom: 128 + border, left: 128 + border))
        let details = content.applying(margin: detailsMargin)

        let tagStyle = TextStyle(font: Self.font, size: tagsSize, color: parameters.tagsColor)
        let authorStyle = TextStyle(font: Self.font, size: authorSize, color: parameters.authorColor)
        let tags = PillRowLayer(
            name: "tags", source: .tags, style: tagStyle, pill: .plain, spacing: 8, separator: "•",
            left: details.x, right: details.maxX, alignment: isDevto ? .right : .left, anchor: .bottom(details.maxY))
        let author = PillRowLayer(
            name: "author", source: .field(.author), prefix: authorPrefix, style: authorStyle, pill: .plain,
            spacing: 0, left: details.x, right: details.maxX, alignment: isDevto ? .left : .right,
            anchor: .bottom(details.maxY))

        // The title starts at the top of the content area (moved by titleMargin) and may use
        // the height down to the bottom row.
        let rowTop = details.maxY - max(tags.pillHeight, author.pillHeight)
        let titleArea = content.applying(margin: titleMargin)
        let titleFrame = CardRect(left: titleArea.x, top: titleArea.y, right: titleArea.maxX, bottom: rowTop)
        let lineHeight = titleSize * 1.5
        let title = TextLayer(
            name: "title", field: .title, frame: titleFrame,
            style: TextStyle(font: Self.font, size: titleSize, color: parameters.titleColor),
            minimumSize: minimumTitleSize, alignment: titleAlign, verticalAlignment: .top,
            maxLines: max(1, Int(titleFrame.height / lineHeight)))
        layers += [.text(title), .pillRow(tags), .pillRow(author)]
        return CardLayout(name: parameters.style.rawValue, background: parameters.background, layers: layers)
    }

    /// modern: full-bleed box, tag pills centred at y 64, title centred in the space between,
    /// author pill centred with its bottom at y 566.
    func modernLayout() -> CardLayout {
        let canvas = CardRect(x: 0, y: 0, width: 1200, height: 630)
        let tags = PillRowLayer(
            name: "tags", source: .tags, prefix: "#",
            style: TextStyle(font: Self.font, size: tagsSize, color: parameters.tagsColor),
            pill: PillStyle(background: parameters.tagBackground ?? .clear), spacing: 24,
            left: 64, right: 1136, alignment: .center, anchor: .top(64))
        let author = PillRowLayer(
            name: "author", source: .field(.author), prefix: authorPrefix,
            style: TextStyle(font: Self.font, size: authorSize, color: parameters.authorColor),
            pill: PillStyle(background: parameters.authorBackground ?? .clear), spacing: 24,
            left: 64, right: 1136, alignment: .center, anchor: .bottom(566))
        // The title area is what the two rows leave: x 128–1072 (the box's 128 px padding),
        // y from under the tag strip (or the strip's top when there are no tags) to the author pill.
        let titleBottom = 566 - author.pillHeight
        let frame = CardRect(left: 128, top: 64 + tags.pillHeight, right: 1072, bottom: titleBottom)
            .applying(margin: titleMargin)
        let frameWithoutTags = CardRect(left: 128, top: 64, right: 1072, bottom: titleBottom)
            .applying(margin: titleMargin)
        let title = TextLayer(
            name: "title", field: .title, frame: frame,
            frameWhenEmpty: ConditionalFrame(whenEmpty: .tags, frame: frameWithoutTags),
            style: TextStyle(font: Self.font, size: titleSize, color: parameters.titleColor),
            minimumSize: minimumTitleSize, alignment: titleAlign, verticalAlignment: .center, maxLines: 4)
        return CardLayout(
            name: "modern", background: parameters.background,
            layers: [
                .rectangle(RectangleLayer(name: "box", frame: canvas, fill: parameters.boxBackground)),
                .pillRow(tags), .text(title), .pillRow(author),
            ])
    }
}
