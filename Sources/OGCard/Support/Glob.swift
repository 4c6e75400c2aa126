/// Shell-style path globs: `*` and `?` stay within one path part, `**` crosses parts.
enum Glob {
    /// Whether `text` is a pattern rather than a path: it has `*` or `?`, the only wildcards
    /// ogcard's globs know (`[` and `{` are ordinary characters in a folder name).
    static func hasWildcard(_ text: some StringProtocol) -> Bool {
        text.contains { $0 == "*" || $0 == "?" }
    }

    /// Whether `path` (from the site root) is matched by `pattern`, or lies under it when it is a plain path.
    static func matches(_ pattern: String, _ path: String) -> Bool {
        if pattern == path { return true }
        if !hasWildcard(pattern) {
            // A plain path names a file or everything under a folder.
            let folder = pattern.hasSuffix("/") ? pattern : pattern + "/"
            return path.hasSuffix("/" + pattern) || path.hasPrefix(folder)
        }
        return match(Array(pattern.utf8), Array(path.utf8))
    }

    /// One element of a pattern.
    private enum Token: Equatable {
        /// `*` (stays within a path part) or `**`, `**/` (crosses parts).
        case any(crossesSlash: Bool)
        /// `?`: one character of a part.
        case one
        /// A byte matched as is.
        case literal(UInt8)
    }

    private static func tokens(_ pattern: [UInt8]) -> [Token] {
        var tokens: [Token] = []
        var index = 0
        while index < pattern.count {
            let byte = pattern[index]
            if byte == UInt8(ascii: "*") {
                let doubled = index + 1 < pattern.count && pattern[index + 1] == UInt8(ascii: "*")
                index += doubled ? 2 : 1
                if doubled, index < pattern.count, pattern[index] == UInt8(ascii: "/") { index += 1 }
                tokens.append(.any(crossesSlash: doubled))
            } else {
                tokens.append(byte == UInt8(ascii: "?") ? .one : .literal(byte))
                index += 1
            }
        }
        return tokens
    }

    /// Dynamic programming over (pattern token, text position): time and memory grow with their
    /// product. Backtracking on each `*` instead costs exponential time on a pattern like
    /// `*a*a*a*a*a*a*b` against a long name.
    private static func match(_ pattern: [UInt8], _ text: [UInt8]) -> Bool {
        let tokens = tokens(pattern)
        let slash = UInt8(ascii: "/")
        let count = text.count
        // `next[j]`: tokens after the current one match text[j...].
        var next = [Bool](repeating: false, count: count + 1)
        next[count] = true
        for token in tokens.reversed() {
            var current = [Bool](repeating: false, count: count + 1)
            for position in stride(from: count, through: 0, by: -1) {
                let character = position < count ? text[position] : nil
                switch token {
                case .any(let crossesSlash):
                    current[position] =
                        next[position]
                        || (character != nil && (crossesSlash || character != slash) && current[position + 1])
                case .one:
                    current[position] = character != nil && character != slash && next[position + 1]
                case .literal(let byte):
                    current[position] = character == byte && next[position + 1]
                }
            }
            next = current
        }
        return next[0]
    }
}
