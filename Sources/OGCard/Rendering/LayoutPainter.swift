import Foundation

/// Draws a `CardLayout`'s layers for one card's content.
struct LayoutPainter {
    let engine: TextEngine
    let shadows: ShadowPainter
    let images: ImageCache
    let context: CairoContext
    let content: CardContent
    let layout: CardLayout
    let debugOutlines: Bool
    /// The longest text shaped and the most pills drawn: Pango's fitting costs grow with the text.
    var limits: InputLimits = .default

    /// The backdrop cache; nil draws everything every time.
    var backdrops: BackdropCache? = nil
    /// The card's language (see `CardLanguage.resolve`): glyph forms and date names.
    var language: String? = nil
    /// `.mirrored` when `layout` is already mirrored for a right-to-left card.
    var direction: TextDirection = .auto
    /// For `ogcard lint`: where each piece of text was drawn, in which colour (nil records nothing).
    var textInk: TextInkLog? = nil
    /// False leaves text out (pill backgrounds and images stay), so lint sees what is behind it.
    var drawsText = true

    /// Draws the card. Returns the cached backdrop it was drawn over (nil when drawn whole), for
    /// the encoder to reuse.
    @discardableResult
    func paint() throws(Diagnostic) -> CachedBackdrop? {
        // Rectangles (backgrounds, gradients, shadows, panels) never depend on the content:
        // the leading run of them is drawn once per layout and copied for every card.
        let backdropCount = layout.layers.prefix { if case .rectangle = $0 { true } else { false } }.count
        if let backdrops, !debugOutlines {
            let backdrop = try backdrops.backdrop(for: layout, layerCount: backdropCount) {
                surface throws(Diagnostic) in
                try paintBackdrop(on: CairoContext(surface: surface), layerCount: backdropCount)
            }
            context.copy(backdrop.surface)
            try paintLayers(layout.layers.dropFirst(backdropCount))
            return backdrop
        } else {
            try paintBackdrop(on: context, layerCount: backdropCount)
            try paintLayers(layout.layers.dropFirst(backdropCount))
            return nil
        }
    }

    /// The page, the canvas colour and the first `layerCount` (rectangle) layers.
    private func paintBackdrop(on target: CairoContext, layerCount: Int) throws(Diagnostic) {
        // A browser page is white under a transparent canvas; opengraphimg screenshots kept it.
        target.paint(.white)
        target.paint(layout.background)
        let painter = LayoutPainter(
            engine: engine, shadows: shadows, images: images, context: target, content: content, layout: layout,
            debugOutlines: debugOutlines, limits: limits)
        try painter.paintLayers(layout.layers.prefix(layerCount))
    }

    private func paintLayers(_ layers: ArraySlice<CardLayer>) throws(Diagnostic) {
        for layer in layers {
            switch layer {
            case .rectangle(let rectangle): paint(rectangle)
            case .text(let text): paint(text)
            case .pillRow(let row): try paint(row)
            case .image(let image): try paint(image)
            }
        }
    }

    private func paint(_ layer: RectangleLayer) {
        if let shadow = layer.shadow {
            shadows.paint(shadow, of: layer.frame, radii: layer.cornerRadii, in: context)
        }
        context.addRoundedRectangle(layer.frame, radii: layer.cornerRadii)
        if let gradient = layer.gradient {
            context.fill(gradient, in: layer.frame)
        } else {
            context.fill(layer.fill)
        }
        if let border = layer.border, border.width > 0 {
            // Inside the frame, as CSS border-box draws it.
            let inset = border.width / 2
            let rect = CardRect(
                x: layer.frame.x + inset, y: layer.frame.y + inset,
                width: layer.frame.width - border.width, height: layer.frame.height - border.width)
            let radii = CornerRadii(
                topLeft: max(0, layer.cornerRadii.topLeft - inset),
                topRight: max(0, layer.cornerRadii.topRight - inset),
                bottomRight: max(0, layer.cornerRadii.bottomRight - inset),
                bottomLeft: max(0, layer.cornerRadii.bottomLeft - inset))
            context.addRoundedRectangle(rect, radii: radii)
            context.stroke(border.color, width: border.width)
        }
        outline(layer.frame, name: layer.name)
    }

    private func paint(_ layer: TextLayer) {
        let limit = layer.field == .description ? limits.descriptionCharacters : limits.titleCharacters
        let text =
            layer.field == .title
            ? content.styledTitle
            : StyledText(content.text(for: layer.field, dateFormat: layer.dateFormat, language: language))
        let frame = layer.effectiveFrame(for: content)
        defer { outline(frame, name: layer.name) }
        guard !text.isEmpty else { return }
        var fitter = TextFitter(
            engine: engine, layer: layer, frame: frame, language: language,
            inkBounds: inkBounds(for: layer, frame: frame))
        fitter.direction = direction
        let fitted = fitter.fit(text.cut(toCharacters: limit))
        let origin = fitted.origin(in: frame, verticalAlignment: layer.verticalAlignment)
        // Clip to the frame: whatever a font's ink does, text never leaves its box.
        textInk?.record(
            fitted.layout, layer: layer.name, x: origin.x, y: origin.y, clip: frame, color: layer.style.color)
        guard drawsText else { return }
        context.saved {
            context.clip(to: frame)
            fitted.draw(in: context, frame: frame, verticalAlignment: layer.verticalAlignment, color: layer.style.color)
        }
    }

    /// How high and low a text layer's ink may reach: `gap` px clear of every row of pills with
    /// items whose strip overlaps the frame, above or below it (by their centres). Nil when no
    /// row is near, or when the band left would not hold one line at the smallest size (a
    /// layout that puts a row inside the title's frame keeps its old behaviour, rather than
    /// cutting the whole title).
    private func inkBounds(for layer: TextLayer, frame: CardRect) -> (top: Double, bottom: Double)? {
        var top = -Double.infinity
        var bottom = Double.infinity
        for case .pillRow(let row) in layout.layers
        where row.left < frame.maxX && row.right > frame.x && !row.source.items(in: content).isEmpty {
            let rowTop = row.anchor.top(forHeight: row.pillHeight)
            let rowBottom = rowTop + row.pillHeight
            if rowTop + rowBottom < frame.y + frame.maxY {
                top = max(top, rowBottom + layer.gap)
            } else {
                bottom = min(bottom, rowTop - layer.gap)
            }
        }
        guard top.isFinite || bottom.isFinite,
            bottom - top >= layer.minimumSize * layer.style.lineHeight
        else { return nil }
        return (top, bottom)
    }

    private func paint(_ layer: ImageLayer) throws(Diagnostic) {
        let image = try images.image(layer.file)
        context.draw(image, in: layer.frame, mask: layer.mask, cornerRadius: layer.cornerRadius, opacity: layer.opacity)
        outline(layer.frame, name: layer.name)
    }

    private func paint(_ layer: PillRowLayer) throws(Diagnostic) {
        let items = layer.source.items(in: content).prefix(limits.tags).map {
            $0.cut(toCharacters: limits.titleCharacters)
        }
        guard !items.isEmpty else { return }
        let lineHeight = layer.style.size * layer.style.lineHeight
        func singleLine(_ text: String) -> TextLayout {
            TextLayout(
                engine: engine, text: text, font: layer.style.font, size: layer.style.size,
                lineHeight: lineHeight, language: language, direction: direction)
        }
        var pills = items.map { singleLine(layer.prefix + $0) }
        let separator = layer.separator.map(singleLine)
        let icon = layer.icon
        let iconImage = try icon.map { icon throws(Diagnostic) in try images.image(icon.file) }
        let iconWidth = icon.map { $0.width + $0.gap } ?? 0
        // Whole-pixel pills keep their edges crisp, as a browser snaps backgrounds.
        var pillWidths = pills.enumerated().map { index, pill in
            (pill.logicalExtents.width + 2 * layer.pill.paddingX + (index == 0 ? iconWidth : 0)).rounded(.up)
        }
        let separatorWidth =
            separator.map { ($0.logicalExtents.width + 2 * layer.spacing).rounded(.up) } ?? layer.spacing
        var total = pillWidths.reduce(0, +) + separatorWidth * Double(pills.count - 1)
        while layer.dropsOverflowingItems, pills.count > 1, total > layer.right - layer.left + 0.5 {
            total -= pillWidths.removeLast() + separatorWidth
            pills.removeLast()
        }
        var x: Double
        switch layer.alignment {
        case .left: x = layer.left
        case .center: x = (layer.left + layer.right) / 2 - total / 2
        case .right: x = layer.right - total
        }
        x = x.rounded()
        let height = layer.pillHeight
        let top = layer.anchor.top(forHeight: height)
        // The line box and the icon are centred in the pill's inner height, as a flex row centres them.
        let inner = height - 2 * layer.pill.paddingY
        let textTop = top + layer.pill.paddingY + (inner - lineHeight) / 2
        let start = x
        // Right to left, the first item is drawn last, at the right, with its icon on its right.
        let order = layer.rightToLeft ? Array(pills.indices.reversed()) : Array(pills.indices)
        for (position, index) in order.enumerated() {
            let pill = pills[index]
            if position > 0 {
                if let separator {
                    textInk?.record(
                        separator, layer: layer.name, x: x + layer.spacing, y: textTop, clip: nil,
                        color: layer.style.color)
                    if drawsText {
                        separator.draw(in: context, x: x + layer.spacing, y: textTop, color: layer.style.color)
                    }
                }
                x += separatorWidth
            }
            let rect = CardRect(x: x, y: top, width: pillWidths[index], height: height)
            if layer.pill.background.alpha > 0 {
                context.addRoundedRectangle(rect, radii: CornerRadii(all: layer.pill.cornerRadius))
                context.fill(layer.pill.background)
            }
            var textX = x + layer.pill.paddingX
            if index == 0, let icon, let iconImage {
                let iconX = layer.rightToLeft ? rect.maxX - layer.pill.paddingX - icon.width : textX
                let iconRect = CardRect(
                    x: iconX, y: top + layer.pill.paddingY + (inner - icon.height) / 2, width: icon.width,
                    height: icon.height)
                context.draw(iconImage, in: iconRect, mask: icon.mask, cornerRadius: 0, opacity: 1)
                if !layer.rightToLeft { textX += iconWidth }
            }
            textInk?.record(pill, layer: layer.name, x: textX, y: textTop, clip: nil, color: layer.style.color)
            if drawsText { pill.draw(in: context, x: textX, y: textTop, color: layer.style.color) }
            x += pillWidths[index]
        }
        outline(CardRect(x: start, y: top, width: total, height: height), name: layer.name)
    }

    /// In debug mode, a thin magenta outline and the layer's name.
    private func outline(_ rect: CardRect, name: String) {
        guard debugOutlines else { return }
        let magenta = RGBAColor(red: 255, green: 0, blue: 255)
        context.saved {
            context.addRectangle(
                CardRect(x: rect.x + 0.5, y: rect.y + 0.5, width: rect.width - 1, height: rect.height - 1))
            context.stroke(magenta, width: 1)
            let label = TextLayout(
                engine: engine, text: name, font: FontSpec(family: "Inter", weight: 600), size: 12,
                lineHeight: 14, language: nil)
            label.draw(in: context, x: rect.x + 3, y: rect.y + 2, color: magenta)
        }
    }
}
