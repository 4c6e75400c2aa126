import Foundation

/// The JSON file mapping each post to its meta tags, for generators without includes.
///
/// Written by hand, one post per line (`  "path": [{…}, …],`), sorted by path: still one JSON
/// object, but an update replaces only the changed posts' lines, and neither the whole index
/// nor a JSON tree of it is built in memory (JSONEncoder's tree for 10 000 posts cost ~100 MB).
enum MetaIndex {
    /// One post's value: its tags as compact JSON.
    static func encode(_ tags: [MetaTag]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(tags)) ?? Data("[]".utf8), as: UTF8.self)
    }

    /// Updates `file` with `entries` (post path → encoded tags), dropping `removing`; writes only on change.
    static func update(file: URL, with entries: [String: String], removing: Set<String>) throws {
        guard !entries.isEmpty || !removing.isEmpty else { return }
        let existing = try? RegularFile.read(file)
        var lines: [(key: String, line: String)] =
            existing.map { parseLines(String(decoding: $0, as: UTF8.self)) } ?? []
        lines.removeAll { removing.contains($0.key) || entries[$0.key] != nil }
        for (path, value) in entries {
            lines.append((path, "  \(ImageLineRewriter.jsonString(path)): \(value)"))
        }
        lines.sort { $0.key < $1.key }
        var text = "{\n"
        for (index, entry) in lines.enumerated() {
            text += entry.line + (index == lines.count - 1 ? "\n" : ",\n")
        }
        text += "}\n"
        let data = Data(text.utf8)
        if data != existing { try AtomicFileWriter.write(data, to: file, durable: false) }
    }

    /// The post lines of an index this type wrote; anything else (an older or hand-edited
    /// file) is dropped and rebuilt from the posts processed now.
    private static func parseLines(_ text: String) -> [(key: String, line: String)] {
        var result: [(key: String, line: String)] = []
        for raw in text.split(separator: "\n") where raw.hasPrefix("  \"") {
            var line = String(raw)
            if line.hasSuffix(",") { line.removeLast() }
            guard let key = leadingJSONString(line.dropFirst(2)) else { continue }
            result.append((key, line))
        }
        return result
    }

    /// Decodes the JSON string at the start of `text`.
    private static func leadingJSONString(_ text: Substring) -> String? {
        var escaped = false
        var end = text.index(after: text.startIndex)
        while end < text.endIndex {
            let character = text[end]
            if escaped {
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "\"" {
                break
            }
            end = text.index(after: end)
        }
        guard end < text.endIndex else { return nil }
        return try? JSONDecoder().decode(String.self, from: Data(text[text.startIndex...end].utf8))
    }
}
