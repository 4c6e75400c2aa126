extension MetaText {
    /// `clean(text)` cut to at most `limit` characters at a word boundary with "…" (see
    /// `String.cut(toCharacters:)`). Reads only as much of `text` as the cut can keep, so a 50 MB
    /// description costs what a 300-character one does.
    static func clean(_ text: String, maxCharacters limit: Int) -> String {
        // A character is rarely more than a few scalars (an emoji ZWJ family is 7); reading 8 per
        // character allowed, plus one past the limit to know whether to cut, keeps every real text whole.
        let budget = limit * 8 + 8
        var scalars = 0
        var end = text.unicodeScalars.startIndex
        while end < text.unicodeScalars.endIndex, scalars < budget {
            end = text.unicodeScalars.index(after: end)
            scalars += 1
        }
        let cleaned = clean(String(text.unicodeScalars[..<end]))
        let cut = cleaned.cut(toCharacters: limit)
        // Cut by the budget alone (a text of combining marks): still say the text goes on.
        if end < text.unicodeScalars.endIndex, cut == cleaned, !cleaned.isEmpty {
            return String(cleaned.dropLast()) + "…"
        }
        return cut
    }
}
