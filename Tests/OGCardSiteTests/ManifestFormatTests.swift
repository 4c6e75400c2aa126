import Foundation
import OGCardTestSupport
import Testing

@testable import OGCard

/// The manifest's format 3 (format 2's records, one per line, read without JSONDecoder) and the
/// upgrade from format 2.
@Suite struct ManifestFormatTests {
    @Test func aFormat2ManifestIsReadAsItIsAndTheNextBuildOnlyRewritesItAsFormat3() throws {
        let site = try TemporarySite.copy()
        defer { site.remove() }
        _ = try site.build()
        let file = SiteBuild.manifestFile(root: site.root)
        // What the previous version wrote: the same records, JSONEncoder's pretty layout, format 2.
        var old = try BuildManifest.load(from: file)
        old.format = 2
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        try (encoder.encode(old) + Data("\n".utf8)).write(to: file)
        #expect(try BuildManifest.load(from: file) == old)

        var before = try site.snapshot()
        let summary = try site.build()
        #expect(summary.failures.isEmpty, "\(summary.failures)")
        #expect(summary.rendered == 0 && summary.rewritten == 0 && summary.snippetsWritten == 0)
        #expect(summary.skipped == summary.posts, "no post was read again")
        var after = try site.snapshot()
        #expect(
            before.removeValue(forKey: ".ogcard-manifest.json") != after.removeValue(forKey: ".ogcard-manifest.json"))
        #expect(after == before, "only the manifest changed")

        let upgraded = try BuildManifest.load(from: file)
        #expect(upgraded.format == 3)
        #expect(upgraded.posts == old.posts && upgraded.settings == old.settings && upgraded.files == old.files)
        let lines = try site.read(".ogcard-manifest.json").split(separator: "\n")
        for path in old.posts.keys {
            #expect(lines.filter { $0.hasPrefix("    \"\(path)\": {") }.count == 1, "one line for \(path)")
        }
        // Still JSON that any reader takes.
        #expect(try JSONDecoder().decode(BuildManifest.self, from: site.bytes(".ogcard-manifest.json")) == upgraded)

        let settled = try site.snapshot()
        _ = try site.build()
        #expect(try site.snapshot() == settled, "the build after the upgrade writes nothing")
    }

    @Test func recordsWithEscapesUnicodeAndEveryFieldRoundTrip() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ogcard-manifest-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var manifest = BuildManifest(
            settings: "s\"\\/\u{1}",
            posts: [
                "_posts/caf\u{e9} \"q\"\t\\.md": BuildManifest.Entry(
                    source: "0123456789abcdef", slug: "cafe", card: "assets/og/cafe.png",
                    snippet: "_includes/ogcard/cafe.html", digest: "d", expires: -5, language: "fr",
                    translationKey: "k/\u{2028}", alternates: ["en_US", "es_ES"]),
                "_posts/\u{1F600}\u{200D}.md": BuildManifest.Entry(
                    source: "x", slug: "y", digest: "", hidden: "draft", alternates: []),
            ])
        manifest.files["/fonts/Inter Bold.otf"] = BuildManifest.FileRecord(
            size: 10, modified: 1_700_000_000_123_456_789, digest: "abc")
        let file = folder.appendingPathComponent("m.json")
        try manifest.encoded().write(to: file)
        #expect(try BuildManifest.load(from: file) == manifest)
        #expect(try JSONDecoder().decode(BuildManifest.self, from: manifest.encoded()) == manifest)
        #expect(manifest.encoded() == manifest.encoded())

        // Keys a later version adds are skipped; escapes JSONEncoder writes are decoded.
        try Data(
            #"{"format":3,"later":{"a":[1,true,null,{"b":-2.5e3}]},"settings":"\u00e9\ud83d\ude00","posts":{"p.md":{"source":"s","slug":"x","digest":"d","card":null,"new":"v"}}}"#
                .utf8
        ).write(to: file)
        let read = try BuildManifest.load(from: file)
        #expect(read.settings == "\u{e9}\u{1F600}")
        #expect(read.posts["p.md"] == BuildManifest.Entry(source: "s", slug: "x", card: nil, digest: "d"))
    }

    @Test func aDamagedManifestIsAnErrorNamingItsLine() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ogcard-manifest-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("m.json")
        for (text, line) in [
            ("{\n  \"format\": 3,\n  \"posts\": {\n    \"a.md\": {\"slug\": }\n", 4),
            ("{\n  \"format\": 3,\n  \"settings\": \"\"\n}\n", 1),
            ("{\"format\": 3, \"settings\": \"\", \"posts\": {}} trailing", 1),
            ("{\n\"format\": 3, \"settings\": \"\", \"posts\": {\"a\": {\"slug\": \"s\", \"digest\": \"d\"}}}", 2),
        ] {
            try Data(text.utf8).write(to: file)
            do {
                _ = try BuildManifest.load(from: file)
                Issue.record("accepted \(text)")
            } catch {
                #expect(error.line == line, "\(text): \(error)")
                #expect(error.reason.contains("not a valid ogcard manifest"), "\(error.reason)")
            }
        }
    }
}
