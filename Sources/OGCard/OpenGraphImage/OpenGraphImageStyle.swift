/// The four card designs of the opengraphimg service.
public enum OpenGraphImageStyle: String, Hashable, Sendable, CaseIterable, Codable {
    /// The default: an inset dark rounded box with a shadow on a white canvas.
    case custom
    /// Like custom, on a blue canvas, with a wider title.
    case classic
    /// A white box with a blue border and a hard offset "shadow" panel.
    case devto
    /// A full-bleed navy box with tag and author pills.
    case modern
}
