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
    ///   - maxImageSide: the largest logo used (`InputLimits.imageSide`); a larger one is left out with a warning.
    public func resolve(
        logoFiles: [String: URL] = [:], baseDirectory: URL? = nil, layoutsDirectory: URL? = nil,
        maxImageSide: Int = InputLimits.default.imageSide
    ) throws(Diagnostic) -> ResolvedCardLayout {
        switch self {
        case .openGraphImage(let parameters):
            var layout = OpenGraphImageLayout(
                parameters, logoFiles: logoFiles, baseDirectory: baseDirectory, layoutsDirectory: layoutsDirectory)
            layout.maxImageSide = maxImageSide
            return try layout.resolve()
        case .ogcard:
            return ResolvedCardLayout(
                layout: try LayoutFile.named("ogcard", in: layoutsDirectory).layout(), warnings: [])
        case .layoutFile(let file):
            return ResolvedCardLayout(layout: try LayoutFile.load(file).layout(), warnings: [])
        }
    }
}
