/// Text ink that a platform's crop cuts off (X shows 1200×630 cards cropped to 2:1).
public struct LintCropSpill: Hashable, Sendable, Codable {
    /// The layer's name in the layout.
    public var layer: String
    /// Pixels of its ink outside the kept band.
    public var pixels: Int
    /// How far the ink reaches past the band's edge, in px.
    public var depth: Int
    /// The band kept, `x,y,width,height` in card pixels.
    public var band: CardRect
}
