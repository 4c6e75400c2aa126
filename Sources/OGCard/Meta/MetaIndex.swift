import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The JSON file mapping each post to its meta tags, for generators without includes.
///
/// Written by hand, one post per line (`  "path": [{…}, …],`), sorted by path: still one JSON
/// object, but an update replaces only the changed posts' lines, and neither the whole index
/// nor a JSON tree of it is built in memory (JSONEncoder's tree for 10 000 posts cost ~100 MB;
/// the text of 100 000 posts' lines ~150 MB): see `MetaSpill` and `update(file:with:removing:)`.
enum MetaIndex {
    /// One post's value: its tags as compact JSON.
    static func encode(_ tags: [MetaTag]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(tags)) ?? Data("[]".utf8), as: UTF8.self)
    }

    /// Updates `file` with `entries` (post path → encoded tags), dropping `removing`; writes only
    /// on change. Streams: the old index is read a block at a time and only its keys and line
    /// positions are kept, the new text goes to the temporary file line by line (an index of
    /// 100 000 posts is ~150 MB of text; holding it, and a copy, was most of a build's memory).
    static func update(file: URL, with entries: MetaSpill, removing: Set<String>) throws(Diagnostic) {
        guard !entries.isEmpty || !removing.isEmpty else { return }
        let old = open(file.path, O_RDONLY | O_CLOEXEC)
        defer { if old >= 0 { close(old) } }
        var lines: [(key: String, offset: Int64, length: Int)] = []
        if old >= 0 {
            var info = stat()
            // Only a regular file is read: a FIFO named like the index would block the build.
            if fstat(old, &info) == 0, info.st_mode & S_IFMT == S_IFREG {
                FileBlocks.forEachLine(old) { offset, line in
                    guard let (key, length) = postLine(line), !removing.contains(key), !entries.contains(key)
                    else { return }
                    lines.append((key, offset, length))
                }
            }
        }
        // New posts are marked by a negative offset.
        lines += entries.paths.map { ($0, -1, 0) }
        lines.sort { $0.key < $1.key }
        let writer = try AtomicStreamWriter(replacing: file)
        try writer.write("{\n")
        for (index, line) in lines.enumerated() {
            if line.offset >= 0 {
                guard let bytes = FileBlocks.bytes(old, offset: line.offset, length: line.length) else {
                    throw Diagnostic(file: file.path, step: .writeMetaJSON, reason: "cannot read the file")
                }
                try writer.write(bytes)
            } else {
                try writer.write("  " + ImageLineRewriter.jsonString(line.key) + ": ")
                try writer.write(entries.value(for: line.key) ?? Array("[]".utf8))
            }
            try writer.write(index == lines.count - 1 ? "\n" : ",\n")
        }
        try writer.write("}\n")
        try writer.commit()
    }

    /// The key of one post's line of an index this type wrote (`  "path": [...],`) and the
    /// line's length without its comma; nil for anything else (an older or hand-edited file's
    /// lines are dropped and rebuilt from the posts processed now).
    private static func postLine(_ line: ArraySlice<UInt8>) -> (String, Int)? {
        guard line.starts(with: Array("  \"".utf8)) else { return nil }
        var length = line.count
        if line.last == UInt8(ascii: "\r") { length -= 1 }
        if length > 0, line[line.startIndex + length - 1] == UInt8(ascii: ",") { length -= 1 }
        return line.withUnsafeBytes { raw in
            var reader = ManifestJSONReader(UnsafeRawBufferPointer(rebasing: raw[2...]))
            guard let key = try? reader.readString(), reader.peek() == UInt8(ascii: ":") else { return nil }
            return (key, length)
        }
    }
}
