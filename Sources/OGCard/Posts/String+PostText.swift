/// Small text helpers for the post readers and rewriters (internal; no Foundation needed).
extension String {
    /// Removes leading and trailing spaces (internal; avoids importing Foundation here).
    func trimmingSpaces() -> String {
        var slice = Substring(self)
        while slice.first?.isWhitespace == true { slice = slice.dropFirst() }
        while slice.last?.isWhitespace == true { slice = slice.dropLast() }
        return String(slice)
    }

    /// Replaces every occurrence of `target` (internal; keeps this file free of Foundation).
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var out = ""
        for character in self { if character == target { out += replacement } else { out.append(character) } }
        return out
    }

    /// Left-pads with zeros to `width` characters (for hex escapes).
    func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
