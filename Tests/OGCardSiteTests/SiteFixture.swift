import Foundation
import Testing

@testable import OGCard

/// A throwaway site folder for build tests.
struct SiteFixture {
    let root: URL

    /// A copy of `Examples/site`.
    static func example() throws -> SiteFixture {
        let fixture = try empty()
        let example = packageRoot.appendingPathComponent("Examples/site")
        for item in try FileManager.default.contentsOfDirectory(atPath: example.path) {
            try FileManager.default.copyItem(at: example.appendingPathComponent(item), to: fixture.root.appendingPathComponent(item))
        }
        return fixture
    }

    static func empty() throws -> SiteFixture {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("ogcard-site-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        return SiteFixture(root: root)
    }

    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// `../shared/corpus/webology` beside the checkout; nil (skip) when absent outside CI.
    static func corpus() throws -> URL? {
        let corpus = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus/webology")
        if FileManager.default.fileExists(atPath: corpus.path) { return corpus }
        if ProcessInfo.processInfo.environment["CI"] != nil {
            Issue.record("the webology corpus is missing at \(corpus.path); CI must have ../shared beside the clone")
        }
        return nil
    }

    func remove() { try? FileManager.default.removeItem(at: root) }

    func url(_ path: String) -> URL { root.appendingPathComponent(path) }

    func write(_ path: String, _ text: String) throws {
        let file = url(path)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
    }

    func read(_ path: String) throws -> String { try String(contentsOf: url(path), encoding: .utf8) }

    func bytes(_ path: String) throws -> Data { try Data(contentsOf: url(path)) }

    func config() throws -> SiteConfig { try SiteConfigLoader.discover(from: root) }

    func build(_ mode: BuildOptions.Mode = .build, prune: Bool = false, selection: PostSelection = PostSelection(), jobs: Int = 2) throws -> BuildSummary {
        try SiteBuild(config: config(), options: BuildOptions(mode: mode, jobs: jobs, prune: prune, selection: selection)).run()
    }

    /// Every file under the site (but the lock) with its bytes' hash.
    func snapshot() throws -> [String: String] {
        var files: [String: String] = [:]
        let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey])
        while let file = enumerator?.nextObject() as? URL {
            guard (try file.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true,
                  file.lastPathComponent != ".ogcard.lock" else { continue }
            files[SitePaths.relative(file, to: root)] = ContentFingerprint.fnv1a(try Data(contentsOf: file))
                + ":\(try FileManager.default.attributesOfItem(atPath: file.path)[.modificationDate] ?? "")"
        }
        return files
    }
}
