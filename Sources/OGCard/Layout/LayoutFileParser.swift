import Foundation
import Yams

/// Builds a `CardLayout` from a composed layout file (the format is documented in
/// `Assets/layouts/README.md`). Run once with the file's defaults when the file is loaded, which
/// validates it, and again for every set of bound parameters.
struct LayoutFileParser {
    let reader: YAMLNodeReader
    /// The folder relative image paths start from (the layout file's).
    let directory: URL
    /// The font families the renderer has.
    let families: Set<String>
    /// Refuse boxes outside the canvas. On when validating the file as written; off for bound
    /// parameters, which come from URLs and may legitimately push a box past an edge.
    let checksBounds: Bool

    static let topKeys = ["name", "description", "parameters", "lang", "mirror", "canvas", "layers"]
    static let canvasKeys = ["width", "height", "background"]
    static let layerTypes = ["rectangle", "text", "pills", "image"]
    static let frameKeys = ["x", "y", "width", "height", "left", "top", "right", "bottom", "margin"]
    static let rectangleKeys = ["rectangle", "frame", "fill", "gradient", "radius", "border", "shadow"]
    static let textKeys = [
        "text", "field", "format", "frame", "font", "weight", "italic", "size", "min_size", "line_height", "color",
        "align", "vertical_align", "max_lines", "overflow", "balance", "gap",
    ]
    static let pillsKeys = [
        "pills", "items", "prefix", "font", "weight", "italic", "size", "line_height", "color", "background",
        "padding", "radius", "spacing", "separator", "strip", "align", "top", "bottom", "middle", "margin", "icon",
        "overflow",
    ]
    static let imageKeys = ["image", "file", "frame", "mask", "radius", "opacity"]
    static let iconKeys = ["file", "width", "height", "gap", "mask"]

    static let alignments: [String: TextAlignment] = ["left": .left, "center": .center, "right": .right]
    static let verticalAlignments: [String: VerticalAlignment] = ["top": .top, "center": .center, "bottom": .bottom]
    static let balances: [String: LineBalance] = ["true": .on, "false": .off, "widows": .widows]
    static let overflows: [String: TextOverflow] = ["shrink": .shrink, "ellipsis": .ellipsis]
    static let masks: [String: ImageMask] = ["none": .none, "circle": .circle]

    /// What later layers may refer to by name in `below:` / `above:`.
    private enum Placed {
        case row(PillRowLayer)
        case box(CardRect)
    }

    func layout(from root: Node, defaultName: String) throws(Diagnostic) -> CardLayout {
        let top = try reader.mapping(root, key: "", allowed: Self.topKeys)
        let name =
            try top["name"].map { node throws(Diagnostic) in try reader.string(node, key: "name") } ?? defaultName
        guard let canvasNode = top["canvas"] else {
            throw reader.error(root, key: "canvas", "missing; give the canvas width, height and background")
        }
        let canvasKeys = try reader.mapping(canvasNode, key: "canvas", allowed: Self.canvasKeys)
        let width =
            try canvasKeys["width"].map { node throws(Diagnostic) in
                try reader.integer(node, key: "canvas.width", range: 16...4096)
            } ?? 1200
        let height =
            try canvasKeys["height"].map { node throws(Diagnostic) in
                try reader.integer(node, key: "canvas.height", range: 16...4096)
            } ?? 630
        var layout = CardLayout(name: name, width: width, height: height, background: .white, layers: [])
        if let background = canvasKeys["background"] {
            try applyBackground(background, to: &layout)
        }
        if let lang = top["lang"] {
            let tag = try reader.string(lang, key: "lang").trimmingCharacters(in: .whitespaces)
            guard tag.isEmpty || Self.isLanguageTag(tag) else {
                throw reader.error(lang, key: "lang", "expected a language tag such as ja, zh-Hant or ar, got '\(tag)'")
            }
            layout.language = tag.isEmpty ? nil : tag
        }
        if let mirror = top["mirror"] {
            layout.mirrorsForRightToLeft = try reader.bool(mirror, key: "mirror")
        }
        guard let layersNode = top["layers"] else { return layout }
        guard let layers = layersNode.sequence else {
            throw reader.error(layersNode, key: "layers", "expected a list of layers")
        }
        var placed: [String: Placed] = [:]
        for (index, node) in layers.enumerated() {
            let key = "layers[\(index)]"
            guard let mapping = node.mapping else { throw reader.error(node, key: key, "expected a mapping") }
            let types = mapping.keys.compactMap(\.scalar?.string).filter(Self.layerTypes.contains)
            guard types.count == 1, let type = types.first else {
                throw reader.error(
                    node, key: key,
                    "a layer starts with exactly one of \(Self.layerTypes.map { "'\($0): NAME'" }.joined(separator: ", "))"
                )
            }
            let nameNode = mapping[Node(type)] ?? node
            let layerName = try reader.string(nameNode, key: "\(key).\(type)")
            guard !layerName.isEmpty else {
                throw reader.error(nameNode, key: "\(key).\(type)", "the layer needs a name")
            }
            guard placed[layerName] == nil else {
                throw reader.error(nameNode, key: "\(key).\(type)", "another layer is already named '\(layerName)'")
            }
            let scoped = "layers.\(layerName)"
            switch type {
            case "rectangle":
                let layer = try rectangle(node, key: scoped, name: layerName, layout: layout, placed: placed)
                layout.layers.append(.rectangle(layer))
                placed[layerName] = .box(layer.frame)
            case "text":
                let layer = try text(node, key: scoped, name: layerName, layout: layout, placed: placed)
                layout.layers.append(.text(layer))
                placed[layerName] = .box(layer.frame)
            case "pills":
                let layer = try pills(node, key: scoped, name: layerName, layout: layout)
                layout.layers.append(.pillRow(layer))
                placed[layerName] = .row(layer)
            default:
                if let layer = try image(node, key: scoped, name: layerName, layout: layout, placed: placed) {
                    layout.layers.append(.image(layer))
                    placed[layerName] = .box(layer.frame)
                }
            }
        }
        return layout
    }

    /// A BCP 47-shaped tag: letters, digits, `-` or `_`, starting with 2–3 letters.
    static func isLanguageTag(_ tag: String) -> Bool {
        let parts = tag.split(separator: "-", omittingEmptySubsequences: false).flatMap {
            $0.split(separator: "_", omittingEmptySubsequences: false)
        }
        guard let first = parts.first, (2...3).contains(first.count), first.allSatisfy({ $0.isASCII && $0.isLetter })
        else { return false }
        return tag.count <= 35
            && parts.dropFirst().allSatisfy {
                (1...8).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
            }
    }

    // MARK: Canvas

    private func applyBackground(_ node: Node, to layout: inout CardLayout) throws(Diagnostic) {
        let value = try reader.resolve(node, key: "canvas.background")
        if value.node.scalar != nil {
            layout.background = try reader.color(node, key: "canvas.background")
            return
        }
        let fields = try reader.mapping(value.node, key: "canvas.background", allowed: ["color", "gradient", "image"])
        if let color = fields["color"] {
            layout.background = try reader.color(color, key: "canvas.background.color")
        }
        if let gradient = fields["gradient"] {
            layout.layers.append(
                .rectangle(
                    RectangleLayer(
                        name: "background", frame: layout.canvas, fill: .clear,
                        gradient: try self.gradient(gradient, key: "canvas.background.gradient"))))
        }
        if let image = fields["image"], let file = try imageFile(image, key: "canvas.background.image") {
            layout.layers.append(.image(ImageLayer(name: "background", file: file, frame: layout.canvas)))
        }
    }

    /// `{angle: 135, stops: ["#111", "#333"]}` or stops as `{color:, at:}` with positions 0–1.
    private func gradient(_ node: Node, key: String) throws(Diagnostic) -> LinearGradient {
        let value = try reader.resolve(node, key: key)
        let fields = try reader.mapping(value.node, key: key, allowed: ["angle", "stops"])
        let angle =
            try fields["angle"].map { node throws(Diagnostic) in try reader.number(node, key: "\(key).angle") } ?? 180
        guard let stopsNode = fields["stops"], let stops = stopsNode.sequence, stops.count >= 2 else {
            throw reader.error(
                fields["stops"] ?? value.node, key: "\(key).stops", "give a list of at least two colours")
        }
        var result: [GradientStop] = []
        for (index, stop) in stops.enumerated() {
            let stopKey = "\(key).stops[\(index)]"
            let evenly = Double(index) / Double(stops.count - 1)
            if stop.mapping != nil {
                let parts = try reader.mapping(stop, key: stopKey, allowed: ["color", "at"])
                guard let color = parts["color"] else { throw reader.error(stop, key: stopKey, "missing 'color'") }
                let at =
                    try parts["at"].map { node throws(Diagnostic) in
                        try reader.number(node, key: "\(stopKey).at", range: 0...1)
                    } ?? evenly
                result.append(GradientStop(color: try reader.color(color, key: "\(stopKey).color"), position: at))
            } else {
                result.append(GradientStop(color: try reader.color(stop, key: stopKey), position: evenly))
            }
        }
        return LinearGradient(angle: angle, stops: result)
    }

    // MARK: Frames

    /// A frame from edges and sizes; `top: {below: tags, otherwise: 64}` and
    /// `bottom: {above: author}` place it against earlier pill rows. Returns the frame and,
    /// when `otherwise` is used, the frame for an empty row.
    private func frame(
        _ node: Node, key: String, layout: CardLayout, placed: [String: Placed]
    ) throws(Diagnostic) -> (frame: CardRect, whenEmpty: ConditionalFrame?) {
        let fields = try reader.mapping(node, key: key, allowed: Self.frameKeys)
        func number(_ name: String) throws(Diagnostic) -> Double? {
            guard let node = fields[name] else { return nil }
            return try reader.number(node, key: "\(key).\(name)")
        }
        var emptySource: ItemSource?
        var topWhenEmpty: Double?
        func edge(_ name: String) throws(Diagnostic) -> Double? {
            guard let node = fields[name] else { return nil }
            guard node.mapping != nil else { return try reader.number(node, key: "\(key).\(name)") }
            let relation = name == "top" ? "below" : name == "bottom" ? "above" : ""
            guard !relation.isEmpty else {
                throw reader.error(
                    node, key: "\(key).\(name)", "only 'top' (below:) and 'bottom' (above:) can refer to other layers")
            }
            let parts = try reader.mapping(
                node, key: "\(key).\(name)", allowed: relation == "below" ? ["below", "otherwise"] : ["above"])
            guard let targetsNode = parts[relation] else {
                throw reader.error(
                    node, key: "\(key).\(name)", "missing '\(relation):' (a layer name or a list of them)")
            }
            let names = try (targetsNode.sequence ?? [targetsNode]).map { node throws(Diagnostic) in
                try reader.string(node, key: "\(key).\(name).\(relation)")
            }
            var edges: [Double] = []
            for target in names {
                switch placed[target] {
                case .row(let row)?:
                    let rowTop = row.anchor.top(forHeight: row.pillHeight)
                    edges.append(relation == "below" ? rowTop + row.pillHeight : rowTop)
                    if relation == "below" { emptySource = row.source }
                case .box(let box)?:
                    edges.append(relation == "below" ? box.maxY : box.y)
                case nil:
                    throw reader.error(
                        targetsNode, key: "\(key).\(name).\(relation)",
                        "no earlier layer is named '\(target)'; a frame can only refer to layers above it in the list")
                }
            }
            if let otherwise = parts["otherwise"] {
                guard names.count == 1, emptySource != nil else {
                    throw reader.error(
                        otherwise, key: "\(key).\(name).otherwise",
                        "'otherwise' needs exactly one pills layer in 'below'")
                }
                topWhenEmpty = try reader.number(otherwise, key: "\(key).\(name).otherwise")
            } else if relation == "below" {
                emptySource = nil
            }
            return relation == "below" ? edges.max() : edges.min()
        }
        func span(_ start: String, _ end: String, _ size: String, _ position: String, limit: Double) throws(Diagnostic)
            -> (Double, Double)
        {
            var low = try edge(start)
            if low == nil { low = try number(position) }
            let high = try edge(end)
            let length = try number(size)
            switch (low, high, length) {
            case (let low?, let high?, nil): return (low, high)
            case (let low?, nil, let length?): return (low, low + length)
            case (nil, let high?, let length?): return (high - length, high)
            case (let low?, nil, nil): return (low, limit)
            case (nil, let high?, nil): return (0, high)
            case (nil, nil, let length?): return (0, length)
            case (nil, nil, nil): return (0, limit)
            default:
                throw reader.error(node, key: key, "give two of \(start), \(end) and \(size), not all three")
            }
        }
        let (left, right) = try span("left", "right", "width", "x", limit: Double(layout.width))
        let (top, bottom) = try span("top", "bottom", "height", "y", limit: Double(layout.height))
        let margin =
            try fields["margin"].map { node throws(Diagnostic) in try reader.insets(node, key: "\(key).margin") }
            ?? .zero
        let frame = CardRect(left: left, top: top, right: right, bottom: bottom).applying(margin: margin)
        guard frame.width > 0, frame.height > 0 else {
            throw reader.error(node, key: key, "the box is empty (\(describe(frame)))")
        }
        try checkInside(frame, layout: layout, node: node, key: key)
        let whenEmpty = topWhenEmpty.flatMap { value in
            emptySource.map {
                ConditionalFrame(
                    whenEmpty: $0,
                    frame: CardRect(left: left, top: value, right: right, bottom: bottom).applying(margin: margin))
            }
        }
        return (frame, whenEmpty)
    }

    private func describe(_ rect: CardRect) -> String {
        // Whole numbers without ".0"; a value past Int's range (a fuzzed 1e300) must not trap.
        func text(_ value: Double) -> String {
            value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
        }
        return "x \(text(rect.x))–\(text(rect.maxX)), y \(text(rect.y))–\(text(rect.maxY))"
    }

    private func checkInside(_ rect: CardRect, layout: CardLayout, node: Node, key: String) throws(Diagnostic) {
        guard checksBounds else { return }
        let tolerance = 0.5
        if rect.x < -tolerance || rect.y < -tolerance || rect.maxX > Double(layout.width) + tolerance
            || rect.maxY > Double(layout.height) + tolerance
        {
            throw reader.error(
                node, key: key,
                "the box (\(describe(rect))) is outside the \(layout.width)×\(layout.height) canvas")
        }
    }

    // MARK: Layers

    private func rectangle(
        _ node: Node, key: String, name: String, layout: CardLayout, placed: [String: Placed]
    ) throws(Diagnostic) -> RectangleLayer {
        let fields = try reader.mapping(node, key: key, allowed: Self.rectangleKeys)
        let frame = try required(fields, "frame", node: node, key: key) { node, key throws(Diagnostic) in
            try self.frame(node, key: key, layout: layout, placed: placed).frame
        }
        var layer = RectangleLayer(
            name: name, frame: frame,
            fill: try optional(fields, "fill", key: key, reader.color) ?? .clear,
            cornerRadii: try optional(fields, "radius", key: key, radii) ?? .square,
            border: try optional(fields, "border", key: key, border) ?? nil,
            shadow: try optional(fields, "shadow", key: key, shadow) ?? nil)
        layer.gradient = try optional(fields, "gradient", key: key, gradient)
        return layer
    }

    private func text(
        _ node: Node, key: String, name: String, layout: CardLayout, placed: [String: Placed]
    ) throws(Diagnostic) -> TextLayer {
        let fields = try reader.mapping(node, key: key, allowed: Self.textKeys)
        let field = CardField(name: try required(fields, "field", node: node, key: key, reader.string))
        let placement = try required(fields, "frame", node: node, key: key) { node, key throws(Diagnostic) in
            try self.frame(node, key: key, layout: layout, placed: placed)
        }
        let style = try textStyle(fields, node: node, key: key)
        let minimum = try optional(fields, "min_size", key: key) { node, key throws(Diagnostic) in
            try reader.number(node, key: key, range: 1...1000)
        }
        let maxLines: Int
        if let linesNode = fields["max_lines"],
            try reader.resolve(linesNode, key: "\(key).max_lines").node.scalar?.string == "auto"
        {
            // As many lines as fit the frame at the largest size: a title never runs into what is below.
            maxLines = max(1, Int(placement.frame.height / (style.size * style.lineHeight)))
        } else {
            maxLines =
                try optional(fields, "max_lines", key: key) { node, key throws(Diagnostic) in
                    try reader.integer(node, key: key, range: 1...100)
                } ?? 4
        }
        let format = try optional(fields, "format", key: key, reader.string)
        if format != nil, field != .date {
            throw reader.error(fields["format"] ?? node, key: "\(key).format", "only a 'date' field has a format")
        }
        return TextLayer(
            name: name, field: field, frame: placement.frame, frameWhenEmpty: placement.whenEmpty, style: style,
            minimumSize: minimum,
            alignment: try optional(fields, "align", key: key) { node, key throws(Diagnostic) in
                try reader.choice(node, key: key, Self.alignments)
            } ?? .left,
            verticalAlignment: try optional(fields, "vertical_align", key: key) { node, key throws(Diagnostic) in
                try reader.choice(node, key: key, Self.verticalAlignments)
            } ?? .top,
            maxLines: maxLines,
            overflow: try optional(fields, "overflow", key: key) { node, key throws(Diagnostic) in
                try reader.choice(node, key: key, Self.overflows)
            } ?? .shrink,
            dateFormat: format,
            balance: try optional(fields, "balance", key: key) { node, key throws(Diagnostic) in
                try reader.choice(node, key: key, Self.balances)
            } ?? .on,
            gap: try optional(fields, "gap", key: key) { node, key throws(Diagnostic) in
                try reader.number(node, key: key, range: 0...1000)
            } ?? 0)
    }

    private func pills(_ node: Node, key: String, name: String, layout: CardLayout) throws(Diagnostic) -> PillRowLayer {
        let fields = try reader.mapping(node, key: key, allowed: Self.pillsKeys)
        let itemsName = try required(fields, "items", node: node, key: key, reader.string)
        let source: ItemSource = itemsName == "tags" ? .tags : .field(CardField(name: itemsName))
        let style = try textStyle(fields, node: node, key: key)
        let padding = try optional(fields, "padding", key: key, reader.insets) ?? .zero
        let pill = PillStyle(
            background: try optional(fields, "background", key: key, reader.color) ?? .clear,
            paddingX: padding.left, paddingY: padding.top,
            cornerRadius: try optional(fields, "radius", key: key) { node, key throws(Diagnostic) in
                try reader.number(node, key: key, range: 0...1000)
            } ?? 0)
        let margin = try optional(fields, "margin", key: key, reader.insets) ?? .zero
        // The strip the row is placed in: `{left:, right:}`, the canvas width by default.
        var left = 0.0, right = Double(layout.width)
        if let stripNode = fields["strip"] {
            let strip = try reader.mapping(stripNode, key: "\(key).strip", allowed: ["left", "right"])
            if let node = strip["left"] { left = try reader.number(node, key: "\(key).strip.left") }
            if let node = strip["right"] { right = try reader.number(node, key: "\(key).strip.right") }
        }
        left += margin.left
        right -= margin.right
        let anchor: VerticalAnchor
        switch (fields["top"], fields["bottom"], fields["middle"]) {
        case (let top?, nil, nil): anchor = .top(try reader.number(top, key: "\(key).top") + margin.top)
        case (nil, let bottom?, nil): anchor = .bottom(try reader.number(bottom, key: "\(key).bottom") - margin.bottom)
        case (nil, nil, let middle?):
            anchor = .middle(try reader.number(middle, key: "\(key).middle") + (margin.top - margin.bottom) / 2)
        default:
            throw reader.error(node, key: key, "give exactly one of 'top', 'bottom' and 'middle' to anchor the row")
        }
        let icon = try optional(fields, "icon", key: key, self.icon) ?? nil
        let row = PillRowLayer(
            name: name, source: source,
            prefix: try optional(fields, "prefix", key: key, reader.string) ?? "",
            style: style, pill: pill,
            spacing: try optional(fields, "spacing", key: key) { node, key throws(Diagnostic) in
                try reader.number(node, key: key, range: 0...1000)
            } ?? 0,
            separator: try optional(fields, "separator", key: key, reader.string).flatMap { $0.isEmpty ? nil : $0 },
            left: left, right: right,
            alignment: try optional(fields, "align", key: key) { node, key throws(Diagnostic) in
                try reader.choice(node, key: key, Self.alignments)
            } ?? .left,
            anchor: anchor, icon: icon,
            dropsOverflowingItems: try optional(fields, "overflow", key: key) { node, key throws(Diagnostic) in
                try reader.choice(node, key: key, ["visible": false, "drop": true])
            } ?? false)
        let height = row.pillHeight
        try checkInside(
            CardRect(
                left: left, top: anchor.top(forHeight: height), right: right,
                bottom: anchor.top(forHeight: height) + height),
            layout: layout, node: node, key: key)
        return row
    }

    private func image(
        _ node: Node, key: String, name: String, layout: CardLayout, placed: [String: Placed]
    ) throws(Diagnostic) -> ImageLayer? {
        let fields = try reader.mapping(node, key: key, allowed: Self.imageKeys)
        let frame = try required(fields, "frame", node: node, key: key) { node, key throws(Diagnostic) in
            try self.frame(node, key: key, layout: layout, placed: placed).frame
        }
        // An empty file (e.g. a `$logo` parameter left empty) means the layer is not drawn.
        guard let file = try required(fields, "file", node: node, key: key, imageFile) else { return nil }
        return ImageLayer(
            name: name, file: file, frame: frame,
            mask: try optional(fields, "mask", key: key) { node, key throws(Diagnostic) in
                try reader.choice(node, key: key, Self.masks)
            } ?? .none,
            cornerRadius: try optional(fields, "radius", key: key) { node, key throws(Diagnostic) in
                try reader.number(node, key: key, range: 0...10000)
            } ?? 0,
            opacity: try optional(fields, "opacity", key: key) { node, key throws(Diagnostic) in
                try reader.number(node, key: key, range: 0...1)
            } ?? 1)
    }

    private func icon(_ node: Node, key: String) throws(Diagnostic) -> PillIcon? {
        let value = try reader.resolve(node, key: key)
        let fields = try reader.mapping(value.node, key: key, allowed: Self.iconKeys)
        guard let file = try required(fields, "file", node: node, key: key, imageFile) else { return nil }
        func size(_ name: String, _ fallback: Double) throws(Diagnostic) -> Double {
            try optional(fields, name, key: key) { node, key throws(Diagnostic) in
                try reader.number(node, key: key, range: 0...2000)
            } ?? fallback
        }
        return PillIcon(
            file: file, width: try size("width", 40), height: try size("height", 40), gap: try size("gap", 16),
            mask: try optional(fields, "mask", key: key) { node, key throws(Diagnostic) in
                try reader.choice(node, key: key, Self.masks)
            } ?? .none)
    }

    // MARK: Parts

    private func textStyle(_ fields: [String: Node], node: Node, key: String) throws(Diagnostic) -> TextStyle {
        let family = try required(fields, "font", node: node, key: key, fontFamily)
        let weight =
            try optional(fields, "weight", key: key) { node, key throws(Diagnostic) in
                try reader.integer(node, key: key, range: 100...1000)
            } ?? 400
        let italic = try optional(fields, "italic", key: key, reader.bool) ?? false
        let size = try required(fields, "size", node: node, key: key) { node, key throws(Diagnostic) in
            try reader.number(node, key: key, range: 1...1000)
        }
        let lineHeight =
            try optional(fields, "line_height", key: key) { node, key throws(Diagnostic) in
                try reader.number(node, key: key, range: 0.5...5)
            } ?? 1.5
        return TextStyle(
            font: FontSpec(family: family, weight: weight, italic: italic), size: size, lineHeight: lineHeight,
            color: try optional(fields, "color", key: key, reader.color) ?? .black)
    }

    /// A number for every corner, or `[top-left, top-right, bottom-right, bottom-left]`.
    private func radii(_ node: Node, key: String) throws(Diagnostic) -> CornerRadii {
        let value = try reader.resolve(node, key: key)
        if let list = value.node.sequence {
            guard list.count == 4 else {
                throw reader.error(
                    value.line, key: key, "expected one number or 4 [top-left, top-right, bottom-right, bottom-left]")
            }
            var corners: [Double] = []
            for (index, item) in list.enumerated() {
                corners.append(try reader.number(item, key: "\(key)[\(index)]", range: 0...10000))
            }
            return CornerRadii(
                topLeft: corners[0], topRight: corners[1], bottomRight: corners[2], bottomLeft: corners[3])
        }
        return CornerRadii(all: try reader.number(node, key: key, range: 0...10000))
    }

    private func border(_ node: Node, key: String) throws(Diagnostic) -> Border? {
        let value = try reader.resolve(node, key: key)
        let fields = try reader.mapping(value.node, key: key, allowed: ["color", "width"])
        let color = try required(fields, "color", node: node, key: key, reader.color)
        let width =
            try optional(fields, "width", key: key) { node, key throws(Diagnostic) in
                try reader.number(node, key: key, range: 0...1000)
            } ?? 1
        return width > 0 && color.alpha > 0 ? Border(color: color, width: width) : nil
    }

    /// `tailwind-2xl`, `none`, or `{x:, y:, blur:, spread:, color:}`.
    private func shadow(_ node: Node, key: String) throws(Diagnostic) -> Shadow? {
        let value = try reader.resolve(node, key: key)
        if let name = value.node.scalar?.string {
            switch name {
            case "tailwind-2xl": return .tailwind2XL
            case "none", "": return nil
            default:
                throw reader.error(
                    value.line, key: key, "'\(name)' is not a shadow; use tailwind-2xl, none or a mapping")
            }
        }
        let fields = try reader.mapping(value.node, key: key, allowed: ["x", "y", "blur", "spread", "color"])
        // Bounded: the blurred mask is (frame + spread + 3 × blur) squared pixels, blurred per pixel.
        func number(_ name: String, _ range: ClosedRange<Double>) throws(Diagnostic) -> Double {
            try optional(fields, name, key: key) { node, key throws(Diagnostic) in
                try reader.number(node, key: key, range: range)
            } ?? 0
        }
        return Shadow(
            offsetX: try number("x", -4096...4096), offsetY: try number("y", -4096...4096),
            blur: max(0, try number("blur", -4096...500)), spread: try number("spread", -4096...1000),
            color: try optional(fields, "color", key: key, reader.color)
                ?? RGBAColor(red: 0, green: 0, blue: 0, alpha: 64))
    }

    /// An image file of this layout (see `YAMLNodeReader.imageFile`).
    private func imageFile(_ node: Node, key: String) throws(Diagnostic) -> URL? {
        try reader.imageFile(node, key: key, directory: directory)
    }

    /// A font family the renderer has.
    private func fontFamily(_ node: Node, key: String) throws(Diagnostic) -> String {
        try reader.fontFamily(node, key: key, families: families)
    }

    private func optional<T>(
        _ fields: [String: Node], _ name: String, key: String, _ read: (Node, String) throws(Diagnostic) -> T
    ) throws(Diagnostic) -> T? {
        guard let node = fields[name] else { return nil }
        return try read(node, "\(key).\(name)")
    }

    private func required<T>(
        _ fields: [String: Node], _ name: String, node: Node, key: String,
        _ read: (Node, String) throws(Diagnostic) -> T
    ) throws(Diagnostic) -> T {
        guard let value = fields[name] else { throw reader.error(node, key: "\(key).\(name)", "missing") }
        return try read(value, "\(key).\(name)")
    }
}
