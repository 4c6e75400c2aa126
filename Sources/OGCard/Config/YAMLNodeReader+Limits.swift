import Foundation
import Yams

extension YAMLNodeReader {
    /// `limits:`: a mapping of limit name → whole number within the limit's range; unset limits keep
    /// their defaults.
    func limits(_ node: Node, key: String) throws(Diagnostic) -> InputLimits {
        guard let mapping = node.mapping else {
            throw error(node, key: key, "expected a mapping of limit → number, e.g. `front_matter_bytes: 2097152`")
        }
        var limits = InputLimits.default
        var seen = Set<String>()
        let names = InputLimits.keys.map(\.name)
        for (nameNode, valueNode) in mapping {
            let name = try nonEmptyString(nameNode, key: key)
            let nested = "\(key).\(name)"
            guard let limit = InputLimits.keys.first(where: { $0.name == name }) else {
                throw error(nameNode, key: nested, "unknown limit; use \(names.joined(separator: ", "))")
            }
            guard seen.insert(name).inserted else { throw error(nameNode, key: nested, "given twice") }
            // YAML 1.1 writes 1_048_576 for readability; accept it.
            let text = try nonEmptyString(valueNode, key: nested).replacingOccurrences(of: "_", with: "")
            guard let value = Int(text) else {
                throw error(valueNode, key: nested, "expected a whole number, got '\(text)'")
            }
            guard limit.range.contains(value) else {
                throw error(
                    valueNode, key: nested,
                    "\(value) is outside \(limit.range.lowerBound)–\(limit.range.upperBound)")
            }
            limits[keyPath: limit.property] = value
        }
        return limits
    }

    /// A size in bytes: a whole number (`300000`, `300_000`) or one with a unit, `KB` (1000 bytes),
    /// `KiB` (1024), `MB` or `MiB` (`300 KB`, `0.5 MB`), within `range`.
    func byteCount(_ node: Node, key: String, range: ClosedRange<Int>) throws(Diagnostic) -> Int {
        let text = try nonEmptyString(node, key: key)
        let units: [(String, Double)] = [("KiB", 1024), ("MiB", 1_048_576), ("KB", 1000), ("MB", 1_000_000), ("B", 1)]
        var number = text.replacingOccurrences(of: "_", with: "").trimmingCharacters(in: .whitespaces)
        var scale = 1.0
        for (unit, factor) in units where number.lowercased().hasSuffix(unit.lowercased()) {
            number = String(number.dropLast(unit.count)).trimmingCharacters(in: .whitespaces)
            scale = factor
            break
        }
        guard let value = Double(number), value.isFinite, value >= 0, !number.hasPrefix("+"),
            number.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") })
        else {
            throw error(node, key: key, "expected a size in bytes such as 300000 or 300 KB, got '\(text)'")
        }
        let bytes = (value * scale).rounded()
        guard bytes >= Double(range.lowerBound), bytes <= Double(range.upperBound) else {
            throw error(node, key: key, "\(text) is outside \(range.lowerBound)–\(range.upperBound) bytes")
        }
        return Int(bytes)
    }
}
