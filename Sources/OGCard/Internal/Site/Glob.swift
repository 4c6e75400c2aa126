/// Shell-style path globs: `*` and `?` stay within one path part, `**` crosses parts.
enum Glob {
    static func matches(_ pattern: String, _ path: String) -> Bool {
        if pattern == path { return true }
        if !pattern.contains(where: { "*?".contains($0) }) {
            // A plain path names a file or everything under a folder.
            let folder = pattern.hasSuffix("/") ? pattern : pattern + "/"
            return path.hasSuffix("/" + pattern) || path.hasPrefix(folder)
        }
        return match(Array(pattern.utf8)[...], Array(path.utf8)[...])
    }

    private static func match(_ pattern: ArraySlice<UInt8>, _ text: ArraySlice<UInt8>) -> Bool {
        guard let first = pattern.first else { return text.isEmpty }
        let slash = UInt8(ascii: "/")
        if first == UInt8(ascii: "*") {
            let doubled = pattern.dropFirst().first == UInt8(ascii: "*")
            var rest = pattern.dropFirst(doubled ? 2 : 1)
            if doubled, rest.first == slash { rest = rest.dropFirst() }
            var index = text.startIndex
            while true {
                if match(rest, text[index...]) { return true }
                guard index < text.endIndex, doubled || text[index] != slash else { return false }
                index += 1
            }
        }
        guard let character = text.first else { return false }
        if first == UInt8(ascii: "?") ? character != slash : character == first {
            return match(pattern.dropFirst(), text.dropFirst())
        }
        return false
    }
}
