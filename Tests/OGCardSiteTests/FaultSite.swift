import Foundation
import OGCardTestSupport
import Testing

@testable import OGCard

/// A ~50-post site for fault tests, with what a finished build of it looks like, and the checks
/// every fault must pass: posts byte-identical to before or to the finished build (only their
/// `image:` line, and for another design one `ogcard:` line, changed), cards whole PNGs equal to
/// the finished build's, snippets and indexes whole.
struct FaultSite {
    /// The site under test.
    let site: TemporarySite
    /// Every file of the site before any build, by relative path.
    let original: [String: Data]
    /// Every file of the same site after one uninterrupted build (the manifest aside).
    let reference: [String: Data]
    /// Seconds the uninterrupted build took (with the `ogcard` executable).
    let referenceSeconds: Double

    /// The example site plus `extra` posts whose `image:` is an opengraphimg URL (so every build
    /// renders, writes snippets and rewrites posts), copied to `root` (a new temporary folder when nil).
    static func make(extra: Int = 43, at root: URL? = nil) throws -> FaultSite {
        let source = try TemporarySite.copy()
        let styles = ["custom", "classic", "devto"]
        for index in 0..<extra {
            let style = index % 3 == 0 ? styles[(index / 3) % 3] : "modern"
            try source.write(
                "_posts/2023-01-\(String(format: "%02d", index % 28 + 1))-post-\(index).md",
                """
                ---
                layout: post
                title: "Post number \(index): a title long enough to wrap onto a second line"
                tags: [swift, testing, post\(index)]
                date: 2023-01-\(String(format: "%02d", index % 28 + 1)) 10:00:00 -0500
                image: https://generator.opengraphimg.com/?style=\(style)&atSymbol=true&author=webology&tags=swift&title=Post+\(index)
                ---
                Body of post \(index).

                """)
        }
        let original = try source.files()
        source.remove()
        // The reference: the same files, built once without interruption.
        let referenceSite = try TemporarySite()
        defer { referenceSite.remove() }
        try referenceSite.write(original)
        let clock = ContinuousClock()
        let start = clock.now
        let built = try Program.ogcard.run(["build"], in: referenceSite.root)
        let seconds = (clock.now - start).seconds
        guard built.status == 0 else {
            Issue.record("the reference build failed: \(built.stderr)")
            throw CocoaError(.featureUnsupported)
        }
        var reference = try referenceSite.files()
        reference[".ogcard-manifest.json"] = nil
        let site = try root.map(TemporarySite.init(at:)) ?? TemporarySite()
        try site.write(original)
        return FaultSite(site: site, original: original, reference: reference, referenceSeconds: seconds)
    }

    /// Runs `ogcard build` (or other arguments) in the site.
    func run(_ arguments: [String] = ["build"]) throws -> ProcessResult {
        try Program.ogcard.run(arguments, in: site.root)
    }

    /// Checks what must hold whenever a build stopped, however: `context` names the fault in messages.
    func checkWholeFiles(_ context: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let now = try site.files()
        for (path, data) in now {
            let name = (path as NSString).lastPathComponent
            if Self.isTemporary(name) { continue }  // left by a kill -9; the next build's business
            if path.hasPrefix("_posts/") || path == "ogcard.yml" {
                #expect(
                    data == original[path] || data == reference[path],
                    "\(context): \(path) is neither as written nor as a finished build leaves it",
                    sourceLocation: sourceLocation)
            } else if path.hasSuffix(".png") {
                #expect(
                    (try? DecodedImage(png: data))?.width == 1200, "\(context): \(path) is not a whole PNG",
                    sourceLocation: sourceLocation)
                #expect(
                    data == reference[path], "\(context): \(path) differs from the finished build's",
                    sourceLocation: sourceLocation)
            } else if path.hasPrefix("_includes/ogcard/") {
                #expect(
                    data == reference[path], "\(context): snippet \(path) is not whole", sourceLocation: sourceLocation)
            } else if path == ".ogcard-manifest.json" {
                #expect(
                    (try? JSONDecoder().decode(BuildManifest.self, from: data)) != nil,
                    "\(context): the manifest is not a whole manifest", sourceLocation: sourceLocation)
            } else if path == "_data/ogcard.json" {
                #expect(
                    (try? JSONDecoder().decode([String: [MetaTag]].self, from: data)) != nil,
                    "\(context): the meta JSON is not whole", sourceLocation: sourceLocation)
            }
        }
        // Nothing the user wrote is gone.
        for path in original.keys where path.hasPrefix("_posts/") {
            #expect(now[path] != nil, "\(context): \(path) disappeared", sourceLocation: sourceLocation)
        }
    }

    /// Checks that the site is exactly what one uninterrupted build makes.
    func checkFinished(_ context: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        var now = try site.files()
        let manifest = now.removeValue(forKey: ".ogcard-manifest.json")
        #expect(
            manifest.flatMap { try? JSONDecoder().decode(BuildManifest.self, from: $0) }?.posts.count
                == original.keys.filter { $0.hasPrefix("_posts/") }.count,
            "\(context): the manifest lists every post", sourceLocation: sourceLocation)
        let leftovers = now.keys.filter { Self.isTemporary(($0 as NSString).lastPathComponent) }
        now = now.filter { !leftovers.contains($0.key) }
        let differing = Set(now.keys).union(reference.keys).filter { now[$0] != reference[$0] }.sorted()
        #expect(
            differing.isEmpty, "\(context): differs from an uninterrupted build: \(differing)",
            sourceLocation: sourceLocation)
        // A build sweeps every temporary file an interrupted one left, wherever ogcard writes.
        #expect(
            leftovers.isEmpty, "\(context): temporary files left: \(leftovers.sorted())", sourceLocation: sourceLocation
        )
    }

    /// `.<name>.ogcard-XXXXXX`, as `AtomicFileWriter` names its temporary files.
    static func isTemporary(_ name: String) -> Bool {
        name.hasPrefix(".") && name.dropLast(6).hasSuffix(".ogcard-")
    }
}

/// Mounting file systems, which the full-disk and read-only tests need (root in CI).
enum Mounts {
    /// Whether this process may mount a tmpfs (tried once on a scratch folder).
    static let available: Bool = {
        guard getuid() == 0 else { return false }
        let point = FileManager.default.temporaryDirectory.appendingPathComponent(
            "ogcard-mount-probe-\(UUID().uuidString)")
        guard (try? FileManager.default.createDirectory(at: point, withIntermediateDirectories: true)) != nil else {
            return false
        }
        defer { try? FileManager.default.removeItem(at: point) }
        guard run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", point.path]) else { return false }
        return run(["umount", point.path])
    }()

    /// Runs mount(8)/umount(8) quietly; true on success.
    @discardableResult
    static func run(_ arguments: [String]) -> Bool {
        let env = URL(fileURLWithPath: "/usr/bin/env")
        let result = try? ProcessRunner.run(
            env, arguments, in: FileManager.default.temporaryDirectory, timeout: .seconds(60))
        return result?.status == 0 && result?.signaled == false
    }
}
