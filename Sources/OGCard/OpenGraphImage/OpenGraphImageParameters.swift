import Foundation

/// The typed parameters of one opengraphimg card: the per-post content plus the design.
/// Each value is optional; nil means the style's default (see `resolved()`).
/// Design fields are reachable directly, e.g. `parameters.authorSize`.
@dynamicMemberLookup
public struct OpenGraphImageParameters: Hashable, Sendable {
    /// `title`, decoded once; nil when absent or empty (the service then showed "No Title").
    public var title: String?
    /// `tags`: nil when absent, `[]` for `tags=`; entries trimmed, empty ones dropped.
    public var tags: [String]?
    /// `author`; nil when absent.
    public var author: String?
    /// Everything else.
    public var design: OpenGraphImageDesign

    /// Creates parameters.
    public init(
        title: String? = nil, tags: [String]? = nil, author: String? = nil,
        design: OpenGraphImageDesign = OpenGraphImageDesign()
    ) {
        self.title = title
        self.tags = tags
        self.author = author
        self.design = design
    }

    /// Direct access to the design's fields.
    public subscript<Value>(dynamicMember keyPath: WritableKeyPath<OpenGraphImageDesign, Value>) -> Value {
        get { design[keyPath: keyPath] }
        set { design[keyPath: keyPath] = newValue }
    }

    /// The effective value of every parameter: given values over the style's defaults.
    public func resolved() -> OpenGraphImageResolvedParameters {
        var result = OpenGraphImageStyleDefaults.resolved(for: design.effectiveStyle)
        if let title { result.title = title }
        if let tags { result.tags = tags }
        if let author { result.author = author }
        let d = design
        if let v = d.atSymbol { result.atSymbol = v }
        if let v = d.background { result.background = v }
        if let v = d.boxBackground { result.boxBackground = v }
        if let v = d.boxOverlayBackground { result.boxOverlayBackground = v }
        if let v = d.borderColor { result.borderColor = v }
        if let v = d.titleColor { result.titleColor = v }
        if let v = d.titleAlign { result.titleAlign = v }
        if let v = d.titleSize { result.titleSize = v }
        if let v = d.titleMargin { result.titleMargin = v }
        if let v = d.detailsMargin { result.detailsMargin = v }
        if let v = d.tagsColor { result.tagsColor = v }
        if let v = d.tagsSize { result.tagsSize = v }
        if let v = d.tagBackground { result.tagBackground = v }
        if let v = d.authorBackground { result.authorBackground = v }
        if let v = d.authorColor { result.authorColor = v }
        if let v = d.authorSize { result.authorSize = v }
        if let v = d.logoUrl { result.logoUrl = v }
        if let v = d.logoSize { result.logoSize = v }
        if let v = d.logoMargin { result.logoMargin = v }
        return result
    }

    /// Splits a `tags` value on commas, trims each entry and drops empty ones; spaces inside a tag stay.
    public static func splitTags(_ value: String) -> [String] {
        value.split(separator: ",", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            .filter { !$0.isEmpty }
    }

    /// Reads decoded name/value pairs (from a URL query or a config mapping) in order.
    /// Unknown names, repeats (last wins), unknown styles, odd `atSymbol` values and unknown Tailwind classes
    /// are warnings; a colour that is not 3/4/6/8 hex digits is an error naming the parameter and value.
    /// - Parameter input: the whole URL or source text, quoted in errors.
    public static func parse(_ items: [OpenGraphImageQueryItem], input: String = "") throws(Diagnostic)
        -> (parameters: OpenGraphImageParameters, warnings: [Diagnostic])
    {
        var result = OpenGraphImageParameters()
        var warnings: [Diagnostic] = []
        var seen: [OpenGraphImageParameterName: String] = [:]
        for item in items {
            guard let name = OpenGraphImageParameterName.lookup(item.name) else {
                warnings.append(Diagnostic.urlWarning(parameter: item.name, message: "unknown parameter ignored"))
                continue
            }
            if let earlier = seen[name] {
                warnings.append(
                    Diagnostic.urlWarning(
                        parameter: item.name,
                        message: "given more than once (first as '\(earlier)'); the last value '\(item.value)' wins"))
            }
            seen[name] = item.name
            try result.apply(name: name, item: item, input: input, warnings: &warnings)
        }
        return (result, warnings)
    }

    /// Stores one parameter's value.
    private mutating func apply(
        name: OpenGraphImageParameterName, item: OpenGraphImageQueryItem, input: String,
        warnings: inout [Diagnostic]
    ) throws(Diagnostic) {
        let value = item.value
        func classes() -> TailwindClasses {
            let parsed = TailwindClasses(value)
            for unknown in parsed.unknownClasses {
                warnings.append(
                    Diagnostic.urlWarning(parameter: item.name, message: "unknown Tailwind class '\(unknown)' ignored"))
            }
            return parsed
        }
        func color() throws(Diagnostic) -> RGBAColor? {
            if value.trimmingCharacters(in: .whitespaces).isEmpty {
                warnings.append(
                    Diagnostic.urlWarning(
                        parameter: item.name, message: "empty colour ignored; the style's default applies"))
                return nil
            }
            guard let parsed = RGBAColor(hex: value) else {
                throw Diagnostic(
                    step: .readURL, key: item.name,
                    reason:
                        "parameter '\(item.name)' = '\(value)': not a colour: expected 3, 4, 6 or 8 hex digits without '#', e.g. 1C64F2 or 00C389FF"
                )
            }
            return parsed
        }
        switch name {
        case .style:
            if value.isEmpty {
                design.style = nil
            } else if let style = OpenGraphImageStyle(rawValue: value) {
                design.style = style
            } else {
                design.style = nil
                warnings.append(
                    Diagnostic.urlWarning(
                        parameter: item.name, message: "unknown style '\(value)'; the service fell back to 'custom'"))
            }
        case .title: title = value.isEmpty ? nil : value
        case .tags: tags = Self.splitTags(value)
        case .author: author = value
        case .atSymbol:
            design.atSymbol = value == "true"
            if value != "true", value != "false" {
                warnings.append(
                    Diagnostic.urlWarning(
                        parameter: item.name, message: "'\(value)' is not 'true' or 'false'; treated as false"))
            }
        case .background: design.background = try color()
        case .boxBackground: design.boxBackground = try color()
        case .boxOverlayBackground: design.boxOverlayBackground = try color()
        case .borderColor: design.borderColor = try color()
        case .titleColor: design.titleColor = try color()
        case .tagsColor: design.tagsColor = try color()
        case .tagBackground: design.tagBackground = try color()
        case .authorBackgroud: design.authorBackground = try color()
        case .authorColor: design.authorColor = try color()
        case .titleAlign: design.titleAlign = classes()
        case .titleSize: design.titleSize = classes()
        case .titleMargin: design.titleMargin = classes()
        case .detailsMargin: design.detailsMargin = classes()
        case .tagsSize: design.tagsSize = classes()
        case .authorSize: design.authorSize = classes()
        case .logoUrl: design.logoUrl = value.isEmpty ? nil : value
        case .logoSize: design.logoSize = classes()
        case .logoMargin: design.logoMargin = classes()
        }
    }
}
