import Foundation
import Yams

/// Parses a YAML front-matter block with Yams, keeping scalars as their source text.
enum YAMLFrontMatterParser {
    static func parse(
        bytes: [UInt8], contentRange: Range<Int>, contentLines: [SourceLine], path: String,
        limits: InputLimits = .default
    ) throws(Diagnostic) -> (entries: [FrontMatterEntry], keys: [FrontMatterParser.KeyStart]) {
        let lines = YAMLLineMap(bytes: bytes, contentRange: contentRange, contentLines: contentLines)
        // Yams reads the text with invalid UTF-8 replaced by U+FFFD; the guard must read exactly
        // that text, or libyaml's refusal of the raw bytes would let an alias bomb through to Yams.
        let text = String(decoding: bytes[contentRange], as: UTF8.self)
        // Before Yams composes anything: an alias bomb or a deep nest must fail here, in one pass.
        if let violation = YAMLSizeGuard.check(
            text.utf8, maxDepth: limits.frontMatterDepth, maxNodes: limits.frontMatterNodes)
        {
            throw Diagnostic(
                file: path, line: lines.fileLine(violation.line), step: .parseYAML, reason: violation.reason)
        }
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            let (line, reason) = error.lineAndReason
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
                let isQuoted = value.scalar.map { $0.style == .singleQuoted || $0.style == .doubleQuoted } ?? false
                let notPlain = value.scalar.map { $0.style != .plain } ?? false
                keys.append(
                    .init(key: name, line: lines.fileLine(mark.line), isQuotedScalar: isQuoted, isQuoted: notPlain))
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
}
