import Foundation
import Yams

/// Parses a YAML front-matter block with Yams, keeping scalars as their source text.
enum YAMLFrontMatterParser {
    static func parse(
        bytes: [UInt8], contentRange: Range<Int>, contentLines: [SourceLine], path: String,
        limits: InputLimits = .default
    ) throws(Diagnostic) -> (entries: [FrontMatterEntry], keys: [FrontMatterParser.KeyStart]) {
        let lines = YAMLLineMap(bytes: bytes, contentRange: contentRange, contentLines: contentLines)
        let text = String(decoding: bytes[contentRange], as: UTF8.self)
        // Before Yams composes anything: an alias bomb or a deep nest must fail here, in one pass.
        // The count reads the text Yams composes (bytes that are not UTF-8 replaced): on the raw
        // bytes, libyaml stopped at such a byte and the bomb after it went uncounted (found by fuzzing).
        if let violation = YAMLSizeGuard.check(
            text.utf8, maxDepth: limits.frontMatterDepth,
            maxNodes: limits.frontMatterNodes)
        {
            throw Diagnostic(
                file: path, line: lines.fileLine(violation.line), step: .parseYAML, reason: violation.reason)
        }
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            let (line, reason) = describe(error)
            throw Diagnostic(
                file: path, line: line.map(lines.fileLine) ?? contentLines.first?.number, step: .parseYAML,
                reason: reason)
        } catch {
            throw Diagnostic(file: path, line: contentLines.first?.number, step: .parseYAML, reason: "\(error)")
        }
        guard let node else { return ([], []) }
        guard case .mapping(let mapping) = node else {
            throw Diagnostic(
                file: path, line: node.mark.map { lines.fileLine($0.line) } ?? contentLines.first?.number,
                step: .parseYAML, reason: "front matter is not a mapping of keys to values")
        }
        var entries: [FrontMatterEntry] = []
        var keys: [FrontMatterParser.KeyStart] = []
        for (key, value) in mapping {
            let name = key.scalar?.string ?? "\(key)"
            entries.append(FrontMatterEntry(key: name, value: convert(value)))
            if let mark = key.mark {
                keys.append(.init(key: name, line: lines.fileLine(mark.line)))
            }
        }
        return (entries, keys)
    }

    /// Converts a Yams node without resolving scalar types, so dates keep their offset text.
    static func convert(_ node: Node) -> FrontMatterValue {
        switch node {
        case .scalar(let scalar):
            if scalar.style == .plain, ["", "~", "null", "Null", "NULL"].contains(scalar.string) { return .null }
            return .scalar(scalar.string)
        case .sequence(let sequence):
            return .list(sequence.map(convert))
        case .mapping(let mapping):
            return .mapping(
                mapping.map { FrontMatterEntry(key: $0.key.scalar?.string ?? "\($0.key)", value: convert($0.value)) })
        default:
            return .null
        }
    }

    /// Extracts a 1-based line (within the YAML text) and a readable reason from a Yams error.
    static func describe(_ error: YamlError) -> (Int?, String) {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let prefix = context.map { "\($0.text) " } ?? ""
            return (mark.line, "invalid YAML: \(prefix)\(problem) (column \(mark.column))")
        case .duplicatedKeysInMapping(let duplicates, let context):
            return (context.mark.line, "duplicated keys: \(duplicates.joined(separator: ", "))")
        case .reader(let problem, _, _, _):
            return (nil, "invalid YAML: \(problem)")
        default:
            return (nil, "invalid YAML: \(error)")
        }
    }
}
