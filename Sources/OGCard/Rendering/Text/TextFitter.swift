import Foundation

/// Fits a text layer's text into its frame.
///
/// In order of preference: the largest size (down to the layer's minimum) at which whole words
/// fit in the allowed lines; then the largest at which it fits when over-long words may break;
/// then the minimum size, cut at a word boundary with an ellipsis.
struct TextFitter {
    let engine: TextEngine
    let layer: TextLayer
    let frame: CardRect
    let language: String?
    /// Mirrored for a right-to-left card, else Pango's own alignment per paragraph.
    var direction: TextDirection = .auto

    private static let ellipsis = "…"

    func fit(_ text: String) -> TextLayout {
        fit(StyledText(text))
    }

    /// Fits styled text (a title with `<code>` runs): the styles go with the text at every size.
    func fit(_ styled: StyledText) -> TextLayout {
        let largest = layer.style.size
        let smallest = layer.overflow == .shrink ? layer.minimumSize : largest
        let layout = makeLayout(styled, size: largest)
        for breakWords in [false, true] {
            if let size = largestFittingSize(layout, from: smallest, to: largest, breakWords: breakWords) {
                return size == largest && !breakWords ? layout : configured(layout, size: size, breakWords: breakWords)
            }
        }
        return ellipsized(styled, size: smallest)
    }

    private func makeLayout(_ text: StyledText, size: Double) -> TextLayout {
        let layout = TextLayout(
            engine: engine, styled: text, font: layer.style.font, size: size,
            lineHeight: size * layer.style.lineHeight, language: language, direction: direction)
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
        return layout.lineCount <= allowedLines(size: size) && extents.width <= frame.width + 0.5
            && extents.height <= frame.height + 0.5
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
