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
}
