/// The shape an image is cut to.
public enum ImageMask: String, Hashable, Sendable, CaseIterable {
    /// The whole rectangle (rounded by the layer's corner radius, if any).
    case none
    /// The largest circle (ellipse) inside the frame, for avatars and round logos.
    case circle
}
