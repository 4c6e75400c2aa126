extension OpenGraphImageLayout {
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

extension CardRect {
    /// The rectangle with CSS margins applied: a positive margin shrinks it, a negative one
    /// widens it.
    func applying(margin: EdgeInsets) -> CardRect {
        CardRect(left: x + margin.left, top: y + margin.top, right: maxX - margin.right, bottom: maxY - margin.bottom)
    }
}
