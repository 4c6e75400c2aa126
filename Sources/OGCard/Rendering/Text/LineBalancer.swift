import Foundation

/// Evens out the lines of a wrapped layout, as CSS `text-wrap: balance` does: the least wrap
/// width that keeps the line count, so the last line is not a short remnant (`好？` alone, or
/// one word under three long lines) when a better break exists. Works for every script, since
/// Pango's own break opportunities decide where lines may end.
///
/// Cost: a binary search to 2 px between the average and the widest line, started near the
/// average: 4–9 re-wraps of one title, only for titles of two lines or more.
enum LineBalancer {
    /// Rewraps `layout` (already wrapped at `width`, breaking over-long words or not) at the
    /// balanced width and returns that width; returns `width` and leaves the layout as it was
    /// when there is nothing to balance. With `breakWords`, a word too long for any line is
    /// split evenly too.
    static func balance(_ layout: TextLayout, width: Double, breakWords: Bool) -> Double {
        let lines = layout.lines()
        let count = lines.count
        guard count > 1 else { return width }
        let widest = lines.map(\.width).max() ?? width
        let total = lines.reduce(0) { $0 + $1.width }
        func keepsLines(_ candidate: Double) -> Bool {
            layout.wrap(width: candidate, breakWords: breakWords)
            // An overflowing word (wider than the candidate) would leave the frame's alignment.
            return layout.lineCount == count && layout.logicalWidth <= candidate + 0.5
        }
        var low = (total / Double(count)).rounded(.down)  // never enough: lines are not that even
        var high = min(width, widest.rounded(.up) + 1)
        guard low < high, keepsLines(high) else {
            layout.wrap(width: width, breakWords: breakWords)
            return width
        }
        // The balanced width is usually a little over the average line: try there first, so
        // most titles need 4–6 re-wraps rather than 8–9.
        let guess = (low + max(8, (high - low) / 8)).rounded(.up)
        if guess < high {
            if keepsLines(guess) { high = guess } else { low = guess }
        }
        while high - low > 2 {
            let middle = ((low + high) / 2).rounded(.down)
            if keepsLines(middle) { high = middle } else { low = middle }
        }
        _ = keepsLines(high)
        return high
    }
}
