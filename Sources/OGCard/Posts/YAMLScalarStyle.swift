import Yams

/// How a YAML scalar was (or will be) written: plain, 'single' or "double" quoted.
enum YAMLScalarStyle {
    case plain
    case singleQuoted
    case doubleQuoted

    /// Renders `value` in this style; a plain value that YAML would read differently
    /// (`true`, `123`, `a: b`, `#x`, leading spaces…) falls back to single quotes, and
    /// single quotes fall back to double when the value holds control characters.
    func render(_ value: String) -> String {
        switch self {
        case .plain:
            return Self.isSafePlain(value) ? value : YAMLScalarStyle.singleQuoted.render(value)
        case .singleQuoted:
            if value.unicodeScalars.contains(where: ImageLineRewriter.mustEscape) {
                return YAMLScalarStyle.doubleQuoted.render(value)
            }
            return "'" + value.replacingAll("'", with: "''") + "'"
        case .doubleQuoted:
            // A JSON string is a valid YAML double-quoted scalar (YAML 1.2 is a superset of JSON).
            return ImageLineRewriter.jsonString(value)
        }
    }

    /// Asks Yams itself whether `value` written plain reads back as the same string.
    static func isSafePlain(_ value: String) -> Bool {
        guard !value.isEmpty, value.trimmingSpaces() == value,
            !value.unicodeScalars.contains(where: ImageLineRewriter.mustEscape),
            let first = value.first, !"-?:,[]{}#&*!|>'\"%@`".contains(first)
        else { return false }
        guard let node = try? Yams.compose(yaml: "k: \(value)\n"), case .mapping(let mapping) = node,
            mapping.count == 1, let valueNode = mapping.first?.value, let scalar = valueNode.scalar
        else { return false }
        // `Node.tag` is the resolved tag: `true`, `1.5` or `2020-01-01` would not be `str`.
        return scalar.string == value && valueNode.tag.description == Tag.Name.str.rawValue
    }
}
