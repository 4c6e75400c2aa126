/// The default card design from `design:` in ogcard.yml.
public enum SiteDesign: Hashable, Sendable {
    /// One of the opengraphimg styles with its defaults, e.g. `design: modern`.
    case style(OpenGraphImageStyle)
    /// ogcard's own design, `design: ogcard`.
    case ogcard
    /// A mapping of opengraphimg parameters (or an opengraphimg URL); only the design part is used.
    case parameters(OpenGraphImageDesign)
    /// A layout file (YAML, see Assets/layouts/README.md), relative to the site root.
    case layoutFile(String)

    /// The names accepted for `design:` as a plain string.
    public static let names = ["ogcard"] + OpenGraphImageStyle.allCases.map(\.rawValue)
}
