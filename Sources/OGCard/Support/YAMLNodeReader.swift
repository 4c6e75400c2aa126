import Foundation
import Yams

/// Typed reads of YAML values from the files ogcard reads with Yams: `ogcard.yml` and layout
/// files. Every failure is an error naming the file, the value's line, the key path
/// (`layers[2].frame.left`, `design.background`) and what to fix.
///
/// One reader for both, so a value means the same in either file (`yes` is true, `a list` is
/// named the same way); each file's own reads are extensions (`+SiteConfig`, `+Layout`).
/// Its errors are diagnostics of `step`: `.checkConfig` for ogcard.yml (`key 'design.background': …`),
/// `.readLayout` for layout files (`'layers[2].size': …`).
struct YAMLNodeReader {
    /// The file named in errors.
    let file: String
    /// The step its errors name: `.checkConfig` (ogcard.yml) or `.readLayout` (layout files).
    let step: BuildStep
    /// What `$name` values stand for: a layout's parameters (the file's defaults overridden by
    /// bindings). Nil for files without parameters (`ogcard.yml`), where `$` is only text.
    let parameters: [String: Node]?

    /// A reader of `file`, with `$name` references resolved from `parameters` when given.
    init(file: String, step: BuildStep, parameters: [String: Node]? = nil) {
        self.file = file
        self.step = step
        self.parameters = parameters
    }

    /// A value after following a `$parameter` reference, with the line to blame when it is wrong.
    struct Value {
        let node: Node
        let line: Int?
        /// The parameter it came from, for messages.
        let parameter: String?
    }

    /// An error at `line` about the value at `key`.
    func error(_ line: Int?, key: String?, _ reason: String) -> Diagnostic {
        if step == .checkConfig {
            return Diagnostic.config(file: file, line: line, key: key, step: step, reason: reason)
        }
        return Diagnostic(
            file: file, line: line, step: step, key: key, reason: (key.map { "'\($0)': " } ?? "") + reason)
    }

    /// An error at `node`'s line about the value at `key`.
    func error(_ node: Node, key: String?, _ reason: String) -> Diagnostic {
        error(node.mark?.line, key: key, reason)
    }

    /// Follows a `$name` reference; other nodes are returned as they are.
    func resolve(_ node: Node, key: String) throws(Diagnostic) -> Value {
        guard let parameters, let text = node.scalar?.string, text.hasPrefix("$"), text.count > 1 else {
            return Value(node: node, line: node.mark?.line, parameter: nil)
        }
        let name = String(text.dropFirst())
        guard let value = parameters[name] else {
            let known = parameters.keys.sorted().map { "$" + $0 }.joined(separator: ", ")
            throw error(
                node, key: key,
                "unknown parameter '\(text)'; declare it under 'parameters:'"
                    + (known.isEmpty ? "" : " (declared: \(known))"))
        }
        // A default declared in the file is blamed at its own line; a bound value at the use.
        return Value(node: value, line: value.mark?.line ?? node.mark?.line, parameter: name)
    }

    /// The value as quoted in messages: `'12px'`, or `'12px' (from $size)`.
    func describe(_ value: Value) -> String {
        let shown = value.node.scalar?.string ?? kind(value.node)
        return value.parameter.map { "'\(shown)' (from $\($0))" } ?? "'\(shown)'"
    }

    /// A describing word for a node's kind, for "expected …, got …".
    func kind(_ node: Node) -> String {
        switch node {
        case .mapping: "a mapping"
        case .sequence: "a list"
        default: "a value"
        }
    }

    // MARK: Mappings

    /// The entries of a mapping, refusing keys not in `allowed` and keys given twice.
    func mapping(_ node: Node, key: String, allowed: [String]) throws(Diagnostic) -> [String: Node] {
        guard let mapping = node.mapping else {
            throw error(
                node, key: key, "expected a mapping (keys \(allowed.joined(separator: ", "))), got \(kind(node))")
        }
        var result: [String: Node] = [:]
        for (keyNode, valueNode) in mapping {
            let name = keyNode.scalar?.string ?? ""
            guard allowed.contains(name) else {
                throw error(
                    keyNode, key: key.isEmpty ? name : "\(key).\(name)",
                    "unknown key; expected one of \(allowed.joined(separator: ", "))")
            }
            guard result[name] == nil else {
                throw error(keyNode, key: key.isEmpty ? name : "\(key).\(name)", "given twice")
            }
            result[name] = valueNode
        }
        return result
    }

    // MARK: Scalars

    /// The text of a scalar as written (spaces kept, may be empty).
    func string(_ node: Node, key: String) throws(Diagnostic) -> String {
        let value = try resolve(node, key: key)
        guard let scalar = value.node.scalar else {
            throw error(value.line, key: key, "expected text, got \(kind(value.node))")
        }
        return scalar.string
    }

    /// Trimmed text that is not empty (numbers are accepted as their text, e.g. a colour `000000`).
    func nonEmptyString(_ node: Node, key: String) throws(Diagnostic) -> String {
        let text = try string(node, key: key).trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { throw error(node, key: key, "must not be empty") }
        return text
    }

    /// A finite number, within `range` when given.
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

    /// A whole number within `range`.
    func integer(_ node: Node, key: String, range: ClosedRange<Int>) throws(Diagnostic) -> Int {
        let value = try number(node, key: key, range: Double(range.lowerBound)...Double(range.upperBound))
        guard value == value.rounded() else { throw error(node, key: key, "expected a whole number, got \(value)") }
        return Int(value)
    }

    /// A YAML 1.1 boolean in any case, quoted or not: `true`/`false`, `yes`/`no`, `on`/`off`.
    /// An empty value is false (`italic:` with nothing after it).
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
            throw error(value.line, key: key, "expected a colour, got \(kind(value.node))")
        }
        if ["transparent", "none"].contains(text.lowercased()) { return .clear }
        guard let color = RGBAColor(hex: text) else {
            throw error(
                value.line, key: key, "\(describe(value)) is not a colour; use #RRGGBB, #RRGGBBAA, #RGB or transparent")
        }
        return color
    }

    /// One of `choices`, by name.
    func choice<T>(_ node: Node, key: String, _ choices: [String: T]) throws(Diagnostic) -> T {
        let value = try resolve(node, key: key)
        guard let text = value.node.scalar?.string, let choice = choices[text] else {
            throw error(
                value.line, key: key,
                "\(describe(value)) is not one of \(choices.keys.sorted().joined(separator: ", "))")
        }
        return choice
    }
}
