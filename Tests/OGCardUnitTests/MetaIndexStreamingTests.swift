import Foundation
import Testing

@testable import OGCard

/// The meta JSON index written line by line from a `MetaSpill`, never whole in memory.
@Suite struct MetaIndexStreamingTests {
    private func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ogcard-meta-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    private func inode(_ file: URL) -> UInt64 {
        var info = stat()
        return stat(file.path, &info) == 0 ? UInt64(info.st_ino) : 0
    }

    @Test func anUpdateReplacesOnlyTheChangedLinesAndAnIdenticalOneWritesNothing() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("ogcard.json")
        let first = MetaSpill()
        first.add("b.md", "[1]")
        first.add("a.md", #"["x"]"#)
        first.add("\u{e9} \"q\".md", "[]")
        first.add("b.md", "[1.5]")
        try MetaIndex.update(file: file, with: first, removing: [])
        #expect(
            try String(contentsOf: file, encoding: .utf8)
                == "{\n  \"a.md\": [\"x\"],\n  \"b.md\": [1.5],\n  \"\u{e9} \\\"q\\\".md\": []\n}\n")
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any]
        #expect(object?.keys.sorted() == ["a.md", "b.md", "\u{e9} \"q\".md"])

        let second = MetaSpill()
        second.add("b.md", "[2]")
        second.add("c.md", "[3]")
        try MetaIndex.update(file: file, with: second, removing: ["a.md"])
        #expect(
            try String(contentsOf: file, encoding: .utf8)
                == "{\n  \"b.md\": [2],\n  \"c.md\": [3],\n  \"\u{e9} \\\"q\\\".md\": []\n}\n")

        let before = inode(file)
        let same = MetaSpill()
        same.add("c.md", "[3]")
        try MetaIndex.update(file: file, with: same, removing: ["not-there.md"])
        #expect(inode(file) == before, "the same bytes: the file was not replaced")
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["ogcard.json"],
            "no temporary file left")

        let last = MetaSpill()
        try MetaIndex.update(file: file, with: last, removing: ["b.md", "c.md", "\u{e9} \"q\".md"])
        #expect(try String(contentsOf: file, encoding: .utf8) == "{\n}\n")
    }

    @Test func linesLongerThanABlockCRLFAndForeignLinesAreHandled() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("ogcard.json")
        let long = "[\"" + String(repeating: "x", count: 200_000) + "\"]"
        // A hand-edited index: CRLF line ends, a line that is no post's, and a very long line.
        try Data("{\r\n  \"a.md\": [1],\r\n  junk\r\n  \"long.md\": \(long)\r\n}\r\n".utf8).write(to: file)
        let spill = MetaSpill()
        spill.add("b.md", "[2]")
        try MetaIndex.update(file: file, with: spill, removing: [])
        #expect(
            try String(contentsOf: file, encoding: .utf8)
                == "{\n  \"a.md\": [1],\n  \"b.md\": [2],\n  \"long.md\": \(long)\n}\n")
    }
}
