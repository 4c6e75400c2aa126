public import Foundation

/// The design one card is drawn with.
public enum CardDesign: Hashable, Sendable {
    /// One of the opengraphimg styles with its parameters.
    case openGraphImage(OpenGraphImageResolvedParameters)
    /// ogcard's own design (`Assets/layouts/ogcard.yml`).
    case ogcard
    /// A layout file of the site's.
    case layoutFile(URL)

    /// The layout to draw and any warnings (a logo that could not be used).
    /// - Parameters:
    ///   - logoFiles: local files for remote `logoUrl`s (ogcard never downloads).
    ///   - baseDirectory: the folder relative logo paths are read from (the site root).
    ///   - layoutsDirectory: the site's own layouts; a `<name>.yml` there replaces the bundled one.
    public func resolve(
        logoFiles: [String: URL] = [:], baseDirectory: URL? = nil, layoutsDirectory: URL? = nil
    ) throws(OGCardError) -> ResolvedCardLayout {
        switch self {
        case .openGraphImage(let parameters):
            try OpenGraphImageLayout(
                parameters, logoFiles: logoFiles, baseDirectory: baseDirectory, layoutsDirectory: layoutsDirectory
            ).resolve()
        case .ogcard:
            ResolvedCardLayout(layout: try LayoutFile.named("ogcard", in: layoutsDirectory).layout(), warnings: [])
        case .layoutFile(let file):
            ResolvedCardLayout(layout: try LayoutFile.load(file).layout(), warnings: [])
        }
    }
}
