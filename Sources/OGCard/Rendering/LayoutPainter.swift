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
        let text = content.text(for: layer.field, dateFormat: layer.dateFormat).cut(toCharacters: limit)
        let frame = layer.effectiveFrame(for: content)
        defer { outline(frame, name: layer.name) }
        guard !text.isEmpty else { return }
        let fitted = TextFitter(engine: engine, layer: layer, frame: frame, language: content.language).fit(text)
        let extents = fitted.logicalExtents
        let top: Double
        switch layer.verticalAlignment {
        case .top: top = frame.y
        case .center: top = frame.midY - extents.height / 2
        case .bottom: top = frame.maxY - extents.height
        }
        // Clip to the frame: whatever a font's ink does, text never leaves its box.
        context.saved {
            context.clip(to: frame)
            fitted.draw(in: context, x: frame.x, y: top - extents.y, color: layer.style.color)
        }
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
                lineHeight: lineHeight, language: content.language)
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
        for (index, pill) in pills.enumerated() {
            if index > 0 {
                if let separator {
                    separator.draw(in: context, x: x + layer.spacing, y: textTop, color: layer.style.color)
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
                let iconRect = CardRect(
                    x: textX, y: top + layer.pill.paddingY + (inner - icon.height) / 2, width: icon.width,
                    height: icon.height)
                context.draw(iconImage, in: iconRect, mask: icon.mask, cornerRadius: 0, opacity: 1)
                textX += iconWidth
            }
            pill.draw(in: context, x: textX, y: textTop, color: layer.style.color)
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
