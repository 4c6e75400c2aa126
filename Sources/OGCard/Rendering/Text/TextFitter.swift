/// Fits a text layer's text into its frame.
///
/// In order of preference: the largest size (down to the layer's minimum) at which whole words
/// fit in the allowed lines; then the largest at which it fits when over-long words may break;
/// then the minimum size, cut at a word boundary with an ellipsis. "Fit" also means the ink
/// stays inside `inkBounds` (the layout's `gap` from the rows above and below), so a title
/// shrinks before it crowds a pill. The lines are then balanced (the layer's `balance`) and CJK
/// punctuation at line edges is trimmed to its ink.
struct TextFitter {
    let engine: TextEngine
    let layer: TextLayer
    let frame: CardRect
    let language: String?
    /// Mirrored for a right-to-left card, else Pango's own alignment per paragraph.
    var direction: TextDirection = .auto
    /// The highest and lowest y (card coordinates) the ink may reach; nil for no limit.
    var inkBounds: (top: Double, bottom: Double)? = nil

    /// UTF-8 ranges of CJK marks set half width (see `CJKPunctuation.squeezes`); `fit` finds
    /// them.
    var squeezes: [Range<Int>] = []

    private static let ellipsis = "…"

    func fit(_ text: String) -> FittedText {
        fit(StyledText(text))
    }

    /// Fits styled text (a title with `<code>` runs): the styles go with the text at every size.
    func fit(_ styled: StyledText) -> FittedText {
        var fitter = self
        if CJKPunctuation.mayNeedSqueezing(styled.text) {
            fitter.squeezes = CJKPunctuation.squeezes(in: makeLayout(styled, size: layer.style.size))
        }
        return fitter.fitted(styled)
    }

    private func fitted(_ styled: StyledText) -> FittedText {
        let largest = layer.style.size
        let smallest = layer.overflow == .shrink ? layer.minimumSize : largest
        let layout = makeLayout(styled, size: largest)
        for breakWords in [false, true] {
            if let size = largestFittingSize(layout, from: smallest, to: largest, breakWords: breakWords) {
                let sized =
                    size == largest && !breakWords ? layout : configured(layout, size: size, breakWords: breakWords)
                return finished(sized, size: size, breakWords: breakWords)
            }
        }
        return finished(ellipsized(styled, size: smallest), size: smallest, breakWords: nil)
    }

    /// Balances the lines when asked and they still fit, and trims punctuation at line edges.
    /// `breakWords` is how the layout was wrapped; nil for a text cut with an ellipsis, whose
    /// last line is full and is never balanced.
    private func finished(_ layout: TextLayout, size: Double, breakWords: Bool?) -> FittedText {
        var fitted = FittedText(layout: layout, wrapWidth: frame.width)
        if let breakWords, shouldBalance(layout) {
            let width = LineBalancer.balance(layout, width: frame.width, breakWords: breakWords)
            if width < frame.width, fits(layout, size: size) {
                fitted.wrapWidth = width
                // A mirrored layout aligns visually (Pango does not swap alignment for right-to-left lines).
                let swapsAlignment = direction == .auto && (layout.lines().first?.rightToLeft ?? false)
                fitted.offsetX = offset(forWrapWidth: width, rightToLeft: swapsAlignment)
            } else if width < frame.width {
                layout.wrap(width: frame.width, breakWords: breakWords)
            }
        }
        fitted.lineShifts = CJKPunctuation.lineShifts(for: layout, alignment: layer.alignment)
        fitted.offsetY = verticalShift(layout) ?? 0
        return fitted
    }

    private func shouldBalance(_ layout: TextLayout) -> Bool {
        guard layout.lineCount > 1 else { return false }
        switch layer.balance {
        case .on: return true
        case .off: return false
        case .widows:
            let widths = layout.lines().map(\.width)
            return (widths.last ?? 0) < LineBalance.widowShare * (widths.max() ?? 0)
        }
    }

    /// Where a layout `width` px wide sits in the frame so its lines keep the frame's alignment.
    /// Pango aligns a right-to-left paragraph's lines to the other side (auto direction).
    private func offset(forWrapWidth width: Double, rightToLeft: Bool) -> Double {
        let spare = frame.width - width
        switch layer.alignment {
        case .center: return spare / 2
        case .left: return rightToLeft ? spare : 0
        case .right: return rightToLeft ? 0 : spare
        }
    }

    private func makeLayout(_ text: StyledText, size: Double) -> TextLayout {
        let layout = TextLayout(
            engine: engine, styled: text, font: layer.style.font, size: size,
            lineHeight: size * layer.style.lineHeight, language: language, direction: direction)
        for range in squeezes {
            layout.addFontFeatures(CJKPunctuation.halfWidth, range: range)
        }
        layout.wrap(width: frame.width, breakWords: false)
        layout.align(layer.alignment)
        return layout
    }

    private func configured(_ layout: TextLayout, size: Double, breakWords: Bool) -> TextLayout {
        let sized = makeLayout(layout.styled, size: size)
        sized.wrap(width: frame.width, breakWords: breakWords)
        return sized
    }

    private func allowedLines(size: Double) -> Int {
        min(layer.maxLines, max(1, ((frame.height + 0.01) / (size * layer.style.lineHeight)).clampedInt))
    }

    private func fits(_ layout: TextLayout, size: Double) -> Bool {
        let extents = layout.logicalExtents
        guard
            layout.lineCount <= allowedLines(size: size) && extents.width <= frame.width + 0.5
                && extents.height <= frame.height + 0.5
        else { return false }
        return verticalShift(layout) != nil
    }

    /// How far to move the block from its aligned place, staying inside the frame, so that its
    /// ink keeps within `inkBounds`: the move closest to none, 0 without bounds, nil when no move
    /// does it (the text must shrink).
    private func verticalShift(_ layout: TextLayout) -> Double? {
        guard let inkBounds else { return 0 }
        let placed = FittedText(layout: layout, wrapWidth: frame.width)
        let ink = placed.inkSpan(in: frame, verticalAlignment: layer.verticalAlignment)
        let top = placed.origin(in: frame, verticalAlignment: layer.verticalAlignment).y + layout.logicalExtents.y
        let height = layout.logicalExtents.height
        // Moves that keep the ink clear, and moves that keep the line boxes in the frame.
        let lowest = max(inkBounds.top - ink.top, frame.y - top)
        let highest = min(inkBounds.bottom - ink.bottom, frame.maxY - (top + height))
        guard lowest <= highest + 0.5 else { return nil }
        return min(max(0, lowest), highest)
    }

    /// Binary search over whole pixel sizes; nil when even the smallest does not fit.
    private func largestFittingSize(_ layout: TextLayout, from smallest: Double, to largest: Double, breakWords: Bool)
        -> Double?
    {
        func check(_ size: Double) -> Bool {
            let candidate =
                size == largest && !breakWords ? layout : configured(layout, size: size, breakWords: breakWords)
            return fits(candidate, size: size)
        }
        if check(largest) { return largest }
        guard smallest < largest, check(smallest) else { return nil }
        var low = smallest.rounded(.up), high = largest.rounded(.down) - 1  // low fits, largest does not
        if !check(low) { return smallest }
        while low < high {
            let middle = ((low + high + 1) / 2).rounded(.down)
            if check(middle) { low = middle } else { high = middle - 1 }
        }
        return low
    }

    /// The text cut after the last allowed line at a word boundary, with an ellipsis.
    private func ellipsized(_ styled: StyledText, size: Double) -> TextLayout {
        let text = styled.text
        let layout = makeLayout(styled, size: size)
        layout.wrap(width: frame.width, breakWords: true)
        let lines = allowedLines(size: size)
        let cut = layout.endOfLine(lines - 1)
        var kept = String(decoding: text.utf8.prefix(cut), as: UTF8.self)
        // Pango may have broken inside a word to fill the last line: go back to a word start.
        let rest = text.utf8.dropFirst(cut)
        if let next = rest.first, !Self.isBreak(next), kept.contains(where: \.isWhitespace) {
            kept = Self.droppingLastWord(kept)
        }
        while true {
            kept = String(kept.reversed().drop(while: { $0.isWhitespace || $0.isPunctuation && $0 != ")" }).reversed())
            layout.setText(kept + Self.ellipsis)
            if kept.isEmpty || fits(layout, size: size) { return layout }
            kept = kept.contains(where: \.isWhitespace) ? Self.droppingLastWord(kept) : String(kept.dropLast())
        }
    }

    private static func isBreak(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    private static func droppingLastWord(_ text: String) -> String {
        guard let space = text.lastIndex(where: \.isWhitespace) else { return "" }
        return String(text[..<space])
    }
}
