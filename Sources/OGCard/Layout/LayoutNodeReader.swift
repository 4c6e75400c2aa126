import Foundation
import Yams

/// Typed reads of layout-file values. Every failure is an `Diagnostic` naming the file, the
/// line, the key path (`layers[2].frame.left`) and what to fix. A scalar `$name` is replaced by
/// the design parameter `name`: its bound value, or the default the file declares.
struct LayoutNodeReader {
    /// The file named in errors.
    let file: String
    /// The folder relative image paths start from.
    let directory: URL
    /// Parameter values by name: the file's defaults overridden by bindings.
    let parameters: [String: Node]
    /// The font families the renderer has.
    let families: Set<String>

    /// A value after following a `$parameter` reference, with the line to blame when it is wrong.
    struct Value {
        let node: Node
        let line: Int?
        /// The parameter it came from, for messages.
        let parameter: String?
    }

    func error(_ line: Int?, key: String, _ reason: String) -> Diagnostic {
        Diagnostic(file: file, line: line, step: .readLayout, reason: "'\(key)': \(reason)")
    }

    func error(_ node: Node, key: String, _ reason: String) -> Diagnostic {
        error(node.mark?.line, key: key, reason)
    }

    /// Follows a `$name` reference; other nodes are returned as they are.
    func resolve(_ node: Node, key: String) throws(Diagnostic) -> Value {
        guard let text = node.scalar?.string, text.hasPrefix("$"), text.count > 1 else {
            return Value(node: node, line: node.mark?.line, parameter: nil)
        }
        let name = String(text.dropFirst())
        guard let value = parameters[name] else {
            let known = parameters.keys.sorted().map { "$" + $0 }.joined(separator: ", ")
            throw error(node, key: key, "unknown parameter '\(text)'; declare it under 'parameters:'" + (known.isEmpty ? "" : " (declared: \(known))"))
        }
        // A default declared in the file is blamed at its own line; a bound value at the use.
        return Value(node: value, line: value.mark?.line ?? node.mark?.line, parameter: name)
    }

    private func describe(_ value: Value) -> String {
        let shown = value.node.scalar?.string ?? "a \(kind(value.node))"
        return value.parameter.map { "'\(shown)' (from $\($0))" } ?? "'\(shown)'"
    }

    func kind(_ node: Node) -> String {
        switch node {
        case .mapping: "mapping"
        case .sequence: "list"
        default: "value"
        }
    }

    // MARK: Mappings

    /// The entries of a mapping, refusing keys not in `allowed` and keys given twice.
    func mapping(_ node: Node, key: String, allowed: [String]) throws(Diagnostic) -> [String: Node] {
        guard let mapping = node.mapping else {
            throw error(node, key: key, "expected a mapping (keys \(allowed.joined(separator: ", "))), got a \(kind(node))")
        }
        var result: [String: Node] = [:]
        for (keyNode, valueNode) in mapping {
            let name = keyNode.scalar?.string ?? ""
            guard allowed.contains(name) else {
                throw error(keyNode, key: key.isEmpty ? name : "\(key).\(name)", "unknown key; expected one of \(allowed.joined(separator: ", "))")
            }
            guard result[name] == nil else {
                throw error(keyNode, key: key.isEmpty ? name : "\(key).\(name)", "given twice")
            }
            result[name] = valueNode
        }
        return result
    }

    // MARK: Scalars

    func string(_ node: Node, key: String) throws(Diagnostic) -> String {
        let value = try resolve(node, key: key)
        guard let scalar = value.node.scalar else {
            throw error(value.line, key: key, "expected text, got a \(kind(value.node))")
        }
        return scalar.string
    }

    func number(_ node: Node, key: String, range: ClosedRange<Double>? = nil) throws(Diagnostic) -> Double {
        let value = try resolve(node, key: key)
        guard let text = value.node.scalar?.string, let number = Double(text.trimmingCharacters(in: .whitespaces)),
              number.isFinite
        else {
            throw error(value.line, key: key, "expected a number, got \(describe(value))")
        }
        if let range, !range.contains(number) {
            throw error(value.line, key: key, "\(describe(value)) is outside \(range.lowerBound)–\(range.upperBound)")
        }
        return number
    }

    func integer(_ node: Node, key: String, range: ClosedRange<Int>) throws(Diagnostic) -> Int {
        let value = try number(node, key: key, range: Double(range.lowerBound)...Double(range.upperBound))
        guard value == value.rounded() else { throw error(node, key: key, "expected a whole number, got \(value)") }
        return Int(value)
    }

    func bool(_ node: Node, key: String) throws(Diagnostic) -> Bool {
        let value = try resolve(node, key: key)
        switch value.node.scalar?.string.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off", "": return false
        default: throw error(value.line, key: key, "expected true or false, got \(describe(value))")
        }
    }

    /// `#RGB`, `#RGBA`, `#RRGGBB`, `#RRGGBBAA` (the `#` is optional), or `transparent`/`none`.
    func color(_ node: Node, key: String) throws(Diagnostic) -> RGBAColor {
        let value = try resolve(node, key: key)
        guard let text = value.node.scalar?.string else {
            throw error(value.line, key: key, "expected a colour, got a \(kind(value.node))")
        }
        if ["transparent", "none"].contains(text.lowercased()) { return .clear }
        guard let color = RGBAColor(hex: text) else {
            throw error(value.line, key: key, "\(describe(value)) is not a colour; use #RRGGBB, #RRGGBBAA, #RGB or transparent")
        }
        return color
    }

    /// One of `choices`, by name.
    func choice<T>(_ node: Node, key: String, _ choices: [String: T]) throws(Diagnostic) -> T {
        let value = try resolve(node, key: key)
        guard let text = value.node.scalar?.string, let choice = choices[text] else {
            throw error(value.line, key: key, "\(describe(value)) is not one of \(choices.keys.sorted().joined(separator: ", "))")
        }
        return choice
    }

    /// A family the font set has.
    func fontFamily(_ node: Node, key: String) throws(Diagnostic) -> String {
        let family = try string(node, key: key)
        guard families.contains(family) else {
            let value = try resolve(node, key: key)
            throw error(
                value.line, key: key,
                "font family '\(family)' is not in the font set; available: \(families.sorted().joined(separator: ", "))")
        }
        return family
    }

    /// Margins: one number for every side, `[vertical, horizontal]`, `[top, right, bottom, left]`,
    /// or a mapping with `top`, `right`, `bottom`, `left` (missing sides are 0).
    func insets(_ node: Node, key: String) throws(Diagnostic) -> EdgeInsets {
        let value = try resolve(node, key: key)
        let resolved = value.node
        if resolved.scalar != nil {
            let all = try number(resolved, key: key)
            return EdgeInsets(top: all, right: all, bottom: all, left: all)
        }
        if let sequence = resolved.sequence {
            var numbers: [Double] = []
            for (index, item) in sequence.enumerated() { numbers.append(try number(item, key: "\(key)[\(index)]")) }
            switch numbers.count {
            case 2: return EdgeInsets(top: numbers[0], right: numbers[1], bottom: numbers[0], left: numbers[1])
            case 4: return EdgeInsets(top: numbers[0], right: numbers[1], bottom: numbers[2], left: numbers[3])
            default: throw error(value.line, key: key, "expected 2 values [vertical, horizontal] or 4 [top, right, bottom, left]")
            }
        }
        let sides = try mapping(resolved, key: key, allowed: ["top", "right", "bottom", "left"])
        func side(_ name: String) throws(Diagnostic) -> Double {
            guard let node = sides[name] else { return 0 }
            return try number(node, key: "\(key).\(name)")
        }
        return EdgeInsets(top: try side("top"), right: try side("right"), bottom: try side("bottom"), left: try side("left"))
    }

    /// An image path (relative to the layout file) that must exist; nil when empty (no image).
    func imageFile(_ node: Node, key: String) throws(Diagnostic) -> URL? {
        let value = try resolve(node, key: key)
        guard let text = value.node.scalar?.string else {
            throw error(value.line, key: key, "expected an image path, got a \(kind(value.node))")
        }
        let path = text.trimmingCharacters(in: .whitespaces)
        if path.isEmpty { return nil }
        if path.hasPrefix("http://") || path.hasPrefix("https://") || path.hasPrefix("//") {
            throw error(value.line, key: key, "'\(path)' is remote; ogcard never downloads: give a local PNG file")
        }
        let url = path.hasPrefix("/") ? URL(fileURLWithPath: path) : directory.appendingPathComponent(path)
        guard FileManager.default.isReadableFile(atPath: url.path) else {
            throw error(value.line, key: key, "image file '\(url.path)' does not exist or cannot be read")
        }
        // A FIFO or device would block Cairo for ever when the card is drawn.
        guard RegularFile.isRegular(url.path) else {
            throw error(value.line, key: key, "image file '\(url.path)' is not a regular file")
        }
        return url
    }
}
