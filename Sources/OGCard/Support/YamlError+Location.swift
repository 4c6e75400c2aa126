import Yams

extension YamlError {
    /// The 1-based line (of the YAML text) a Yams error points at, when it points at one, and a
    /// reason in ogcard's words: one reading for posts, ogcard.yml, _config.yml and layout files.
    var lineAndReason: (line: Int?, reason: String) {
        switch self {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let prefix = context.map { $0.text.isEmpty ? "" : "\($0.text) " } ?? ""
            return (mark.line, "invalid YAML: \(prefix)\(problem) (column \(mark.column))")
        case .duplicatedKeysInMapping(let duplicates, let context):
            return (context.mark.line, "duplicated keys: \(duplicates.joined(separator: ", "))")
        case .reader(let problem, _, _, _):
            return (nil, "invalid YAML: \(problem)")
        default:
            return (nil, "invalid YAML: \(self)")
        }
    }
}
