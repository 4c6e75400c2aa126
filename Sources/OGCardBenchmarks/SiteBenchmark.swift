public import Foundation
public import OGCard

/// Measures whole-site builds on synthetic posts: a full build on 1 and N threads, a no-op
/// rebuild, peak memory and PNG sizes. Used by `ogcard bench --site N`; not a test.
public struct SiteBenchmark: Sendable {
    /// What one benchmark measured.
    public struct Report: Sendable {
        /// Posts in the site.
        public var posts: Int
        /// Threads of the parallel build.
        public var threads: Int
        /// Full build on one thread, seconds (nil when skipped).
        public var serialSeconds: Double?
        /// Full build on `threads` threads, seconds.
        public var parallelSeconds: Double
        /// A second build with nothing changed, seconds.
        public var noOpSeconds: Double
        /// Cards the no-op build rendered (must be 0).
        public var noOpRendered: Int
        /// Failures of the full build (must be none).
        public var failures: [Diagnostic]
        /// Median PNG size in bytes.
        public var medianSize: Int
        /// Largest PNG in bytes.
        public var maxSize: Int
    }

    /// How many posts.
    public var posts: Int
    /// Threads of the parallel build.
    public var threads: Int
    /// Also time a single-threaded full build.
    public var serial: Bool

    /// Creates a benchmark.
    public init(posts: Int, threads: Int, serial: Bool = true) {
        self.posts = posts
        self.threads = threads
        self.serial = serial
    }

    /// Writes `posts` synthetic Jekyll posts (emoji, CJK, RTL and long titles mixed in) under `root`.
    public static func makeSite(at root: URL, posts: Int) throws {
        let folder = root.appendingPathComponent("_posts")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("title: Bench\nurl: https://bench.example.com\nauthor: bench\n".utf8)
            .write(to: root.appendingPathComponent("_config.yml"))
        var generator = SyntheticContent(seed: 7)
        for index in 0..<posts {
            let content = generator.content(index: index)
            let day = String(format: "20%02d-%02d-%02d", 10 + index % 15, 1 + index % 12, 1 + index % 28)
            let escaped = content.title.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(
                of: "\"", with: "\\\"")
            let tags = content.tags.map { "- \($0)\n" }.joined()
            let text =
                "---\nlayout: post\ntitle: \"\(escaped)\"\ndate: \(day) 10:00:00 -0500\ntags:\n\(tags)---\n\nParagraph \(index) of the benchmark.\n"
            try Data(text.utf8).write(to: folder.appendingPathComponent("\(day)-post-\(index).md"))
        }
    }

    /// Runs the benchmark in a temporary site that is removed afterwards.
    public func run(progress: (@Sendable (String) -> Void)? = nil) throws -> Report {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("ogcard-bench-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try Self.makeSite(at: root, posts: posts)
        func build(_ jobs: Int) throws -> (BuildSummary, Double) {
            let config = try SiteConfigLoader.discover(from: root)
            let start = ContinuousClock.now
            let summary = try SiteBuild(config: config, options: BuildOptions(jobs: jobs)).run()
            return (summary, (ContinuousClock.now - start).seconds)
        }
        func reset() throws {
            for item in ["assets", "_includes", "_data", ".ogcard-manifest.json"] {
                try? FileManager.default.removeItem(at: root.appendingPathComponent(item))
            }
            // The first build moved nothing in the posts (no opengraphimg URLs), so they are as generated.
        }
        var serialSeconds: Double?
        if serial {
            progress?("full build, 1 thread…")
            serialSeconds = try build(1).1
            try reset()
        }
        progress?("full build, \(threads) threads…")
        let (summary, parallel) = try build(threads)
        progress?("no-op rebuild…")
        let (noOp, noOpSeconds) = try build(threads)
        let cards = root.appendingPathComponent("assets/og")
        let sizes = try FileManager.default.contentsOfDirectory(atPath: cards.path).map { name in
            (try FileManager.default.attributesOfItem(atPath: cards.appendingPathComponent(name).path)[.size]
                as? NSNumber)?.intValue ?? 0
        }.sorted()
        return Report(
            posts: posts, threads: threads, serialSeconds: serialSeconds, parallelSeconds: parallel,
            noOpSeconds: noOpSeconds, noOpRendered: noOp.rendered, failures: summary.failures,
            medianSize: sizes.isEmpty ? 0 : sizes[sizes.count / 2], maxSize: sizes.last ?? 0)
    }
}
