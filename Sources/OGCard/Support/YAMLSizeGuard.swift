import CYaml

/// Measures what a YAML text composes into, with libyaml's event parser (linear time, constant
/// stack), before Yams composes it; refuses a text nested too deeply or with too many nodes.
///
/// Yams composes an alias as a copy sharing storage, which is cheap, but everything after it walks
/// the expanded tree: ogcard's conversion to `FrontMatterValue`, and Yams' own duplicate-key check,
/// which hashes every mapping key, so a key that aliases a 10-level "billion laughs" never finishes
/// hashing inside `compose`. Counting nodes with each anchor's expanded size remembered costs one
/// pass and stops a bomb before anything expands. (CYaml is the libyaml that Yams itself wraps.)
enum YAMLSizeGuard {
    /// Why a text was refused, at a 1-based line of the YAML text.
    struct Violation: Error, Equatable {
        /// What was exceeded.
        enum Kind: Equatable {
            /// Lists and mappings nested deeper than the limit.
            case depth(limit: Int)
            /// More nodes than the limit, aliases expanded.
            case nodes(limit: Int)
        }

        /// The 1-based line (YAML's own count, where CR, NEL, LS and PS also end lines).
        let line: Int
        /// What was exceeded.
        let kind: Kind

        /// A sentence for the user, ending with the key that raises the limit (front matter).
        var reason: String {
            switch kind {
            case .depth: "\(fixedReason) \(InputLimits.hint("front_matter_depth"))"
            case .nodes: "\(fixedReason) \(InputLimits.hint("front_matter_nodes"))"
            }
        }

        /// The sentence without a key to raise: config and layout files have fixed limits.
        var fixedReason: String {
            switch kind {
            case .depth(let limit): "lists and mappings nest deeper than \(limit) levels"
            case .nodes(let limit): "more than \(limit) keys, values and list items, YAML aliases expanded"
            }
        }
    }

    /// Checks `bytes` (UTF-8 YAML); nil when within the limits or when libyaml finds a syntax error
    /// (Yams then reports it, having composed no more than was counted here).
    static func check(_ bytes: some Collection<UInt8>, maxDepth: Int, maxNodes: Int) -> Violation? {
        var input = Array(bytes)
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return nil }
        defer { yaml_parser_delete(&parser) }
        return input.withUnsafeMutableBufferPointer { buffer in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            return walk(&parser, maxDepth: maxDepth, maxNodes: maxNodes)
        }
    }

    /// One open list or mapping: its anchor and the expanded size of what it holds so far.
    private struct Open {
        var anchor: String?
        var size = 0
    }

    private static func walk(_ parser: inout yaml_parser_t, maxDepth: Int, maxNodes: Int) -> Violation? {
        var open: [Open] = []
        // Expanded sizes of anchored nodes. Stays within `maxNodes` each, because counting stops
        // as soon as the total passes it, so no sum can overflow.
        var anchors: [String: Int] = [:]
        var total = 0
        var event = yaml_event_t()
        while true {
            guard yaml_parser_parse(&parser, &event) == 1 else {
                // libyaml's own nesting limit (1000) counts brackets its scanner has read ahead, so
                // a line of thousands of '[' stops it before the events reach this count.
                if let problem = parser.problem, String(cString: problem).hasPrefix("Maximum nesting level") {
                    return Violation(line: Int(parser.problem_mark.line) + 1, kind: .depth(limit: maxDepth))
                }
                return nil
            }
            defer { yaml_event_delete(&event) }
            let line = Int(event.start_mark.line) + 1
            var added = 0
            switch event.type {
            case YAML_STREAM_END_EVENT:
                return nil
            case YAML_SCALAR_EVENT:
                added = 1
                if let anchor = name(event.data.scalar.anchor) { anchors[anchor] = 1 }
            case YAML_ALIAS_EVENT:
                // An undefined alias counts nothing; Yams reports it.
                added = name(event.data.alias.anchor).flatMap { anchors[$0] } ?? 0
            case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                let anchor =
                    event.type == YAML_SEQUENCE_START_EVENT
                    ? event.data.sequence_start.anchor : event.data.mapping_start.anchor
                open.append(Open(anchor: name(anchor)))
                if open.count > maxDepth { return Violation(line: line, kind: .depth(limit: maxDepth)) }
                added = 1
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                guard let closed = open.popLast() else { return nil }
                // The collection itself was counted at its start; its contents were added to it and
                // to the total as they came, so only its parent and its anchor learn its size now.
                if let anchor = closed.anchor { anchors[anchor] = closed.size + 1 }
                if !open.isEmpty { open[open.count - 1].size += closed.size }
                continue
            default:
                continue
            }
            total += added
            if !open.isEmpty { open[open.count - 1].size += added }
            if total > maxNodes { return Violation(line: line, kind: .nodes(limit: maxNodes)) }
        }
    }

    private static func name(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: $0) }
    }
}

extension YAMLSizeGuard {
    /// Limits for one check.
    struct Limits {
        /// The deepest nesting of lists and mappings.
        let depth: Int
        /// The most nodes, aliases expanded.
        let nodes: Int

        /// For config and layout files (ogcard.yml, _config.yml, layouts), read before any
        /// `limits:` is known: far above any real file, and still linear to check and to compose.
        static let files = Limits(depth: 100, nodes: 1_000_000)
    }

    /// Checks `bytes` against `limits`; see `check(_:maxDepth:maxNodes:)`.
    static func check(_ bytes: some Collection<UInt8>, limits: Limits) -> Violation? {
        check(bytes, maxDepth: limits.depth, maxNodes: limits.nodes)
    }
}
