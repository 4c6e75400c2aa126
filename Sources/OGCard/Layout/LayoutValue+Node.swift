import Yams

extension LayoutValue {
    /// The value as the YAML node a file would have written.
    var node: Node {
        switch self {
        case .number(let value):
            Node(value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value))
        case .text(let value): Node(value, .implicit, .doubleQuoted)
        case .color(let value): Node(value.description)
        case .flag(let value): Node(value ? "true" : "false")
        case .insets(let value):
            Node([
                (Node("top"), LayoutValue.number(value.top).node),
                (Node("right"), LayoutValue.number(value.right).node),
                (Node("bottom"), LayoutValue.number(value.bottom).node),
                (Node("left"), LayoutValue.number(value.left).node),
            ])
        case .file(let url): Node(url?.path ?? "", .implicit, .doubleQuoted)
        }
    }
}
