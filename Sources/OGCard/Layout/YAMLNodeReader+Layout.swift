import Foundation
import Yams

extension YAMLNodeReader {
    /// A family the font set has.
    func fontFamily(_ node: Node, key: String, families: Set<String>) throws(Diagnostic) -> String {
        let family = try string(node, key: key)
        guard families.contains(family) else {
            let value = try resolve(node, key: key)
            throw error(
                value.line, key: key,
                "font family '\(family)' is not in the font set; available: \(families.sorted().joined(separator: ", "))"
            )
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
            default:
                throw error(
                    value.line, key: key, "expected 2 values [vertical, horizontal] or 4 [top, right, bottom, left]")
            }
        }
        let sides = try mapping(resolved, key: key, allowed: ["top", "right", "bottom", "left"])
        func side(_ name: String) throws(Diagnostic) -> Double {
            guard let node = sides[name] else { return 0 }
            return try number(node, key: "\(key).\(name)")
        }
        return EdgeInsets(
            top: try side("top"), right: try side("right"), bottom: try side("bottom"), left: try side("left"))
    }

    /// An image path (relative to `directory`, the layout file's folder) that must exist; nil
    /// when empty (no image).
    func imageFile(_ node: Node, key: String, directory: URL) throws(Diagnostic) -> URL? {
        let value = try resolve(node, key: key)
        guard let text = value.node.scalar?.string else {
            throw error(value.line, key: key, "expected an image path, got \(kind(value.node))")
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
