import Foundation
import OGCardTestSupport
import Synchronization
import Testing

@testable import OGCard

/// Faults during a build of a ~50-post site, with the `ogcard` executable as users run it: after
/// each, posts are byte-identical but for the `image:` line they were due to get, cards are whole
/// PNGs, the message is clear, and the next build finishes the job leaving no temporary files.
/// Serialized: they time kills against a measured build and mount file systems.
@Suite(.serialized) struct FaultTests {
    /// A seeded generator, so a failure can be replayed from the seed in its message.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var value = state
            value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
            value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
            return value ^ (value >> 31)
        }
    }

    @Test func killNineAtRandomPointsLeavesWholeFilesAndTheNextBuildFinishes() throws {
        let ogcard = try Program.ogcard
        let fault = try FaultSite.make()
        defer { fault.site.remove() }
        let seed = UInt64(Date().timeIntervalSince1970 * 1000)
        var random = SplitMix(state: seed)
        // 8 kills at random moments of a build (0 to the length of an uninterrupted one), each followed by the checks.
        for round in 1...8 {
            let process = try ogcard.start(["build"], in: fault.site.root)
            let delay = Double.random(in: 0...(fault.referenceSeconds * 1.0), using: &random)
            Thread.sleep(forTimeInterval: delay)
            process.kill(SIGKILL)
            _ = try process.wait()
            try fault.checkWholeFiles("kill -9 \(round) after \(String(format: "%.3f", delay)) s (seed \(seed))")
        }
        let last = try fault.run()
        #expect(last.status == 0, "seed \(seed): \(last.stderr)")
        try fault.checkFinished("the build after 8 kills (seed \(seed))")
    }

    @Test func twoBuildsAtOnceWaitForEachOtherAndAgree() throws {
        let fault = try FaultSite.make()
        defer { fault.site.remove() }
        let collected = Mutex<[ProcessResult?]>([nil, nil])
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            let result = try? fault.run()
            collected.withLock { $0[index] = result }
        }
        let results = collected.withLock { $0 }
        for result in results {
            let result = try #require(result)
            #expect(result.status == 0, "\(result.stderr)")
        }
        // One of them waited for the other (the lock), and says so; neither rewrote a post twice.
        #expect(
            results.contains { $0?.stderr.contains("another ogcard build is running on this site; waiting") == true }
                || results.contains { $0?.stderr.contains(" 0 rewritten") == true },
            "\(results.map { $0?.stderr ?? "" })")
        try fault.checkFinished("two builds at once")
    }

    @Test(.enabled(if: Mounts.available, "needs to mount a tmpfs (root, as in CI)"))
    func aFullDiskFailsEachWriteByNameAndTheNextBuildFinishes() throws {
        let point = FileManager.default.temporaryDirectory.appendingPathComponent("ogcard-full-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: point, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: point) }
        // 600 KB: the posts fit, about ten of the fifty cards do not.
        try #require(Mounts.run(["mount", "-t", "tmpfs", "-o", "size=600k", "tmpfs", point.path]))
        defer { Mounts.run(["umount", point.path]) }
        let fault = try FaultSite.make(at: point)
        let full = try fault.run()
        #expect(full.status != 0)
        #expect(full.stderr.contains("No space left on device"), "\(full.stderr)")
        let lines = full.stderr.split(separator: "\n").map(String.init)
        let failures = lines.filter { $0.hasPrefix("error: ") }
        #expect(!failures.isEmpty)
        for line in failures {
            // `error: _posts/x.md: writing the card: assets/og/x.png: cannot write temporary file: No space left on device`
            #expect(line.hasPrefix("error: _posts/"), "\(line)")
            let steps = [
                "writing the card: assets/og/", "writing the snippet: _includes/ogcard/", "rewriting the post: cannot ",
            ]
            #expect(steps.contains { line.contains(": \($0)") } || !line.contains("No space"), "\(line)")
            #expect(!line.contains(".ogcard-"), "names the file, not its temporary sibling: \(line)")
        }
        if let fatal = lines.firstIndex(where: { $0.hasPrefix("ogcard: ") && $0.contains("No space") }) {
            // A site-wide write that failed names its own file and step, after the posts' failures.
            let line = lines[fatal]
            #expect(
                (line.contains("_data/ogcard.json: writing the meta JSON")
                    || line.contains(".ogcard-manifest.json: writing the manifest")), "\(line)")
            #expect(lines.lastIndex { $0.hasPrefix("error: ") }.map { $0 < fatal } ?? true)
        }
        try fault.checkWholeFiles("a full disk")
        // No temporary file survives a failed write.
        let leftovers = try fault.site.files().keys.filter { FaultSite.isTemporary(($0 as NSString).lastPathComponent) }
        #expect(leftovers.isEmpty, "\(leftovers)")

        try #require(Mounts.run(["mount", "-o", "remount,size=50m", point.path]))
        let next = try fault.run()
        #expect(next.status == 0, "\(next.stderr)")
        try fault.checkFinished("the build after a full disk")
    }

    @Test(.enabled(if: Mounts.available, "needs to mount a tmpfs (root, as in CI)"))
    func aFullDiskAtTheMetaJSONBlamesTheMetaJSONAndKeepsTheOldOne() throws {
        let point = FileManager.default.temporaryDirectory.appendingPathComponent("ogcard-full-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: point, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: point) }
        try #require(Mounts.run(["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", point.path]))
        defer { Mounts.run(["umount", point.path]) }
        let fault = try FaultSite.make(at: point)
        #expect(try fault.run().status == 0)
        let indexBefore = try fault.site.bytes("_data/ogcard.json")
        // A post that keeps its own picture changes its description: no card, a snippet (one page)
        // and the meta JSON (tens of KB) to write. Fill the disk to two free pages.
        let post = "_posts/2019-11-01-own-picture.md"
        try fault.site.write(
            post,
            try fault.site.read(post).replacingOccurrences(of: "\ntitle:", with: "\ndescription: Changed.\ntitle:"))
        let filler = fault.site.url("filler")
        try #require(FileManager.default.createFile(atPath: filler.path, contents: nil))
        let handle = try FileHandle(forWritingTo: filler)
        let page = Data(count: 4096)
        while (try? handle.write(contentsOf: page)) != nil {}
        try handle.truncate(atOffset: try handle.offset() - 8192)
        try handle.close()
        let result = try fault.run()
        #expect(result.status == 2, "\(result.stderr)")
        let fatal = try #require(result.stderr.split(separator: "\n").last.map(String.init))
        #expect(
            fatal.hasPrefix("ogcard: \(fault.site.url("_data/ogcard.json").path): writing the meta JSON: "), "\(fatal)")
        #expect(fatal.contains("No space left on device") && !fatal.contains("manifest"), "\(fatal)")
        #expect(try fault.site.bytes("_data/ogcard.json") == indexBefore, "the old index stays whole")
        try FileManager.default.removeItem(at: filler)
        #expect(try fault.run().status == 0)
        let index = try JSONDecoder().decode([String: [MetaTag]].self, from: fault.site.bytes("_data/ogcard.json"))
        #expect(index[post]?.contains { $0.key == "og:description" && $0.content == "Changed." } == true)
    }

    /// Read-only folders: root ignores permission bits, so a read-only bind mount stands in for a
    /// folder the build may not write (`EROFS` instead of `EACCES`; the same failure path).
    @Test(
        .enabled(if: Mounts.available, "needs to bind-mount folders read-only (root, as in CI)"),
        arguments: ["_posts", "assets/og"])
    func aReadOnlyFolderFailsItsPostsAndTheNextBuildFinishes(_ folder: String) throws {
        let fault = try FaultSite.make()
        defer { fault.site.remove() }
        let path = fault.site.url(folder).path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        try #require(Mounts.run(["mount", "--bind", path, path]))
        var mounted = true
        defer { if mounted { Mounts.run(["umount", path]) } }
        try #require(Mounts.run(["mount", "-o", "remount,bind,ro", path]))
        let result = try fault.run()
        #expect(result.status == 1, "\(result.stderr)")
        let failures = result.stderr.split(separator: "\n").filter { $0.hasPrefix("error: ") }
        #expect(!failures.isEmpty)
        let step = folder == "_posts" ? "rewriting the post" : "writing the card"
        for line in failures {
            #expect(line.contains(": \(step): ") && line.contains("Read-only file system"), "\(line)")
        }
        try fault.checkWholeFiles("read-only \(folder)")
        // Nothing was written into the read-only folder, not even a temporary file.
        let inside = try fault.site.files().filter { $0.key.hasPrefix(folder + "/") }
        #expect(inside.keys.allSatisfy { fault.original[$0] == inside[$0] }, "read-only \(folder) changed")
        mounted = !Mounts.run(["umount", path])
        let next = try fault.run()
        #expect(next.status == 0, "\(next.stderr)")
        try fault.checkFinished("the build after read-only \(folder)")
    }
}
