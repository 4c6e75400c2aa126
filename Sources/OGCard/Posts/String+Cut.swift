extension String {
    /// This text when it has at most `limit` characters; else its first characters cut at a word
    /// boundary (a space in the last third of the allowed length; a grapheme boundary when there
    /// is none, as in CJK text) and ended with "…", `limit` characters at most.
    ///
    /// Costs O(`limit`), however long the text: the cut happens before anything else (Markdown
    /// stripping, cleaning, shaping) touches it.
    func cut(toCharacters limit: Int) -> String {
        guard limit > 0 else { return "" }
        guard let end = index(startIndex, offsetBy: limit, limitedBy: endIndex), end != endIndex else { return self }
        // One character of the allowance goes to the ellipsis.
        let kept = self[..<index(before: end)]
        var stop = kept.endIndex
        if let space = kept.lastIndex(where: \.isWhitespace),
            kept.distance(from: kept.startIndex, to: space) >= (limit * 2) / 3
        {
            stop = space
        }
        var result = kept[..<stop]
        while let last = result.last, last.isWhitespace || (last.isPunctuation && last != ")") {
            result = result.dropLast()
        }
        return String(result) + "…"
    }

    /// Whether `cut(toCharacters:)` would change this text (O(`limit`)).
    func isLonger(thanCharacters limit: Int) -> Bool {
        index(startIndex, offsetBy: limit, limitedBy: endIndex).map { $0 != endIndex } ?? false
    }
}
