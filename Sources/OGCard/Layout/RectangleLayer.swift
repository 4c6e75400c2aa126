/// A filled rectangle with optional rounded corners, border and drop shadow.
public struct RectangleLayer: Hashable, Sendable {
    /// The layer's name, shown in debug outlines and error messages.
    public var name: String
    /// Where it is.
    public var frame: CardRect
    /// Fill colour.
    public var fill: RGBAColor
    /// A gradient painted instead of `fill`, if any.
    public var gradient: LinearGradient?
    /// Corner radii.
    public var cornerRadii: CornerRadii
    /// Border drawn inside the frame, if any.
    public var border: Border?
    /// Drop shadow drawn beneath, if any.
    public var shadow: Shadow?

    /// Creates a rectangle layer.
    public init(
        name: String, frame: CardRect, fill: RGBAColor, cornerRadii: CornerRadii = .square,
        border: Border? = nil, shadow: Shadow? = nil, gradient: LinearGradient? = nil
    ) {
        self.gradient = gradient
        self.name = name
        self.frame = frame
        self.fill = fill
        self.cornerRadii = cornerRadii
        self.border = border
        self.shadow = shadow
    }
}
