import Foundation

/// The JSON file mapping each post to its meta tags, for generators without includes.
enum MetaIndex {
    /// Updates `file` with `entries` (post path → tags), dropping `removing`; writes only on change.
    static func update(file: URL, with entries: [String: [MetaTag]], removing: Set<String>) throws {
        guard !entries.isEmpty || !removing.isEmpty else { return }
        var index: [String: [MetaTag]] = [:]
        let existing = try? Data(contentsOf: file)
        if let existing, let decoded = try? JSONDecoder().decode([String: [MetaTag]].self, from: existing) {
            index = decoded
        }
        for path in removing { index[path] = nil }
        for (path, tags) in entries { index[path] = tags }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(index) + Data("\n".utf8)
        if data != existing { try AtomicFileWriter.write(data, to: file) }
    }
}
