extension ImageLineRewriter {
    /// Plans the JSON edit: the string token of `"image"`, or a new member after the
    /// last one, indented like it.
    func jsonEdit(_ bytes: [UInt8], _ frontMatter: FrontMatter, newImage: String, path: String) throws(Diagnostic)
        -> Edit
    {
        let lines = SourceLine.split(bytes)
        let value = Array(Self.jsonString(newImage).utf8)
        if let location = frontMatter.location(of: "image") {
            guard let range = location.valueByteRange, bytes[range.lowerBound] == 0x22 else {
                throw Diagnostic(
                    file: path, line: location.line, step: .rewritePost,
                    reason: "the image value is not a JSON string")
            }
            return Edit(range: range, replacement: value, line: SourceLine.lineNumber(of: range.lowerBound, in: lines))
        }
        guard let last = frontMatter.locations.last, let range = last.valueByteRange else {
            throw Diagnostic(
                file: path, line: frontMatter.openingLine, step: .rewritePost,
                reason: "cannot add image to an empty JSON object; add it by hand")
        }
        let keyLine = lines[last.line - 1]
        let valueLine = SourceLine.lineNumber(of: range.lowerBound, in: lines)
        if keyLine.number == frontMatter.openingLine {
            return Edit(
                range: range.upperBound..<range.upperBound, replacement: Array(", \"image\": ".utf8) + value,
                line: valueLine)
        }
        let indent = Array(bytes[keyLine.start..<Self.skipBlanks(bytes, from: keyLine.start, to: keyLine.contentEnd)])
        let ending = Array(keyLine.ending(in: bytes).utf8)
        let lastValueLine = SourceLine.lineNumber(of: range.upperBound - 1, in: lines)
        return Edit(
            range: range.upperBound..<range.upperBound,
            replacement: [UInt8(ascii: ",")] + ending + indent + Array("\"image\": ".utf8) + value,
            line: lastValueLine + 1)
    }
}
