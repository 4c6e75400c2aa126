/// A card drawn for `ogcard lint`: its pixels, the same card drawn without its text (what is
/// behind the text), and where each piece of text went. Pixels are RGB triplets, row by row.
public struct CardInspection: Sendable {
    /// Width in px.
    public var width: Int
    /// Height in px.
    public var height: Int
    /// The card as written.
    public var pixels: [UInt8]
    /// The card without its text: backgrounds, panels, pill backgrounds and images only.
    public var background: [UInt8]
    /// Every piece of text drawn, in drawing order.
    public var text: [CardTextInk]

    /// Creates an inspection from drawn pixels (tests craft their own).
    public init(width: Int, height: Int, pixels: [UInt8], background: [UInt8], text: [CardTextInk]) {
        self.width = width
        self.height = height
        self.pixels = pixels
        self.background = background
        self.text = text
    }

    /// Whether text put paint at (x, y): the card differs there from its background by more
    /// than anti-aliasing noise. Only such pixels are "behind the text" for contrast.
    func isInk(x: Int, y: Int) -> Bool {
        let index = (y * width + x) * 3
        for channel in 0..<3 where abs(Int(pixels[index + channel]) - Int(background[index + channel])) >= 24 {
            return true
        }
        return false
    }

    /// The background's colour at (x, y).
    func backgroundColor(x: Int, y: Int) -> (UInt8, UInt8, UInt8) {
        let index = (y * width + x) * 3
        return (background[index], background[index + 1], background[index + 2])
    }

    /// The whole pixels `rect` touches, inside the card.
    func pixelBounds(_ rect: CardRect) -> (xs: Range<Int>, ys: Range<Int>) {
        let left = max(0, Int(rect.x.rounded(.down)))
        let top = max(0, Int(rect.y.rounded(.down)))
        let right = min(width, Int(rect.maxX.rounded(.up)))
        let bottom = min(height, Int(rect.maxY.rounded(.up)))
        return (left..<max(left, right), top..<max(top, bottom))
    }
}
