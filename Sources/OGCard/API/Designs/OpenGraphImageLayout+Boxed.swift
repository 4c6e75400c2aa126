extension OpenGraphImageLayout {
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
}
