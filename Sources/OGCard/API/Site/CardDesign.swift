/// The design one card is drawn with.
public enum CardDesign: Hashable, Sendable {
    /// One of the opengraphimg styles with its parameters.
    case openGraphImage(OpenGraphImageResolvedParameters)
    /// ogcard's own design.
    case ogcard

    /// The layout to draw.
    public func layout() -> CardLayout {
        switch self {
        case .openGraphImage(let parameters):
            OpenGraphImageLayout(parameters).layout()
        case .ogcard:
            // ogcard's own design arrives with the layouts-as-data work; until then the
            // modern style stands in for it.
            OpenGraphImageLayout(style: .modern).layout()
        }
    }
}
