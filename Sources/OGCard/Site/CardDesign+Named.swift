extension CardDesign {
    /// The design called `name` (one of `SiteDesign.names`) with its defaults: `ogcard`, or an
    /// opengraphimg style such as `modern`; nil for any other name. The one place that turns a
    /// design's name into a design, for `preview --style` and `bench --style` alike.
    package static func named(_ name: String) -> CardDesign? {
        if name == "ogcard" { return .ogcard }
        return OpenGraphImageStyle(rawValue: name).map {
            .openGraphImage(OpenGraphImageStyleDefaults.resolved(for: $0))
        }
    }

    /// The names `named(_:)` accepts, for help and messages: `ogcard, custom, classic, devto or modern`.
    package static var nameList: String {
        let names = SiteDesign.names
        return names.dropLast().joined(separator: ", ") + (names.count > 1 ? " or " : "") + (names.last ?? "")
    }

    /// The message for a design name that is not one: `Unknown style 'x': use ogcard, …`.
    package static func unknownNameMessage(_ name: String) -> String {
        "Unknown style '\(name)': use \(nameList)."
    }
}
