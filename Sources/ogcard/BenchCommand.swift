import ArgumentParser
import Foundation
import OGCard
import OGCardBenchmarks

/// `ogcard bench`: rendering throughput, drawing versus encoding, PNG sizes, peak memory.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure card rendering speed (run a release build: swift build -c release).",
        discussion: """
            Renders synthetic cards (Latin, emoji, CJK, Arabic, Hebrew and very long titles) with \
            1 and N threads and prints cards/s, the split between drawing and PNG encoding, PNG \
            sizes and peak memory. --encoders compares PNG settings on the same cards.
            """)

    @Option(help: "How many different cards to render.")
    var cards = 600

    @Option(help: "Threads for the parallel run (default: all cores).")
    var jobs: Int?

    /// `--jobs`, or one thread per core.
    private var threads: Int { jobs ?? ProcessInfo.processInfo.activeProcessorCount }

    @Option(help: "The design to render: \(CardDesign.nameList).")
    var style = "modern"

    @Flag(help: "Compare PNG encoder settings instead (single thread).")
    var encoders = false

    @Flag(help: "Deflate every row of every card (the encoder before backdrop bands), for comparison.")
    var plainEncoder = false

    /// The encoding measured: the default, or the plain encoder.
    private var encoding: PNGEncodingOptions {
        var options = PNGEncodingOptions.default
        options.reusesBackdrop = !plainEncoder
        return options
    }

    @Option(help: "Benchmark whole-site builds on this many synthetic posts instead (e.g. 1000, 10000).")
    var site: Int?

    @Flag(help: "With --site: skip the single-threaded full build.")
    var skipSerial = false

    @Option(
        help: ArgumentHelp(
            "With --site N: only write the synthetic site into this new folder and stop (to time `ogcard build` or other tools on it).",
            valueName: "folder"))
    var makeSite: String?

    func validate() throws {
        if CardDesign.named(style) == nil { throw ValidationError(CardDesign.unknownNameMessage(style)) }
    }

    func run() throws {
        guard let design = CardDesign.named(style) else { throw ValidationError(CardDesign.unknownNameMessage(style)) }
        let layout = try design.resolve().layout
        if encoders {
            try compareEncoders(layout: layout)
            return
        }
        if let folder = makeSite {
            guard let site else { throw ValidationError("--make-site needs --site N (how many posts).") }
            // Posts of another size or seed mixed in would make the timings meaningless.
            guard !FileManager.default.fileExists(atPath: folder + "/_posts") else {
                throw ValidationError("\(folder) already has a _posts folder; give a new folder.")
            }
            try SiteBenchmark.makeSite(at: URL(fileURLWithPath: folder), posts: site)
            print("ogcard bench: wrote \(site) synthetic posts to \(folder)")
            return
        }
        if let site {
            try benchmarkSite(posts: site)
            return
        }
        let benchmark = RenderingBenchmark(count: cards, layout: layout, encoding: encoding)
        _ = try benchmark.run(threads: 1)  // warm-up: font files, caches
        print("ogcard bench: \(cards) different \(style) cards, PNG \(encoding.summary)")
        for count in Set([1, threads]).sorted() {
            let report = try benchmark.run(threads: count)
            let total = report.drawingTime + report.encodingTime
            print(
                String(
                    format:
                        "  %d thread%@: %7.1f cards/s  (per card: draw %.2f ms, encode %.2f ms; encode %.0f%% of CPU time)",
                    count, count == 1 ? " " : "s", report.cardsPerSecond,
                    report.drawingTime.seconds * 1000 / Double(report.cards),
                    report.encodingTime.seconds * 1000 / Double(report.cards),
                    100 * report.encodingTime.seconds / total.seconds))
            print("             PNG median \(report.medianSize / 1000) KB, max \(report.maxSize / 1000) KB")
        }
        if let peak = RenderingBenchmark.peakResidentMemory() {
            print("  peak memory: \(peak / 1_048_576) MB")
        }
    }

    private func benchmarkSite(posts: Int) throws {
        print(
            "ogcard bench --site \(posts): synthetic Jekyll site (emoji, CJK, RTL, long titles), PNG \(PNGEncodingOptions.default.summary)"
        )
        let report = try SiteBenchmark(posts: posts, threads: threads, serial: !skipSerial).run {
            printError("  \($0)")
        }
        if let serial = report.serialSeconds {
            print(String(format: "  full build, 1 thread:   %6.2f s  %7.1f cards/s", serial, Double(posts) / serial))
        }
        print(
            String(
                format: "  full build, %d threads:  %6.2f s  %7.1f cards/s", report.threads, report.parallelSeconds,
                Double(posts) / report.parallelSeconds))
        print(
            String(
                format: "  no-op rebuild:          %6.3f s  (%d cards rendered)", report.noOpSeconds,
                report.noOpRendered))
        print("  PNG size: median \(report.medianSize / 1000) KB, max \(report.maxSize / 1000) KB")
        if let peak = RenderingBenchmark.peakResidentMemory() {
            print("  peak memory (whole run): \(peak / 1_048_576) MB")
        }
        if !report.failures.isEmpty {
            print("  \(report.failures.count) posts failed, first: \(report.failures[0])")
            throw ExitStatus.failures
        }
    }

    private func compareEncoders(layout: CardLayout) throws {
        print("ogcard bench --encoders: \(cards) cards, 1 thread")
        print("  settings                                cards/s  encode ms  median KB  max KB")
        // Every setting with the backdrop's bands reused, and without (the plain encoder).
        var settings: [PNGEncodingOptions] = []
        for level in [1, 3, 6, 9] {
            for strategy in PNGEncodingOptions.Strategy.allCases {
                for filter in [PNGEncodingOptions.Filter.none, .sub, .up, .paeth, .adaptive] {
                    for reuse in [false, true] {
                        settings.append(
                            PNGEncodingOptions(
                                compressionLevel: level, strategy: strategy, filter: filter, reusesBackdrop: reuse))
                    }
                }
            }
        }
        for options in settings {
            let benchmark = RenderingBenchmark(count: cards, layout: layout, encoding: options)
            let report = try benchmark.run(threads: 1)
            print(
                String(
                    format: "  %-38@ %8.1f  %9.2f  %9d  %6d", options.summary as NSString, report.cardsPerSecond,
                    report.encodingTime.seconds * 1000 / Double(report.cards), report.medianSize / 1000,
                    report.maxSize / 1000))
        }
    }
}

extension PNGEncodingOptions {
    /// e.g. `zlib 6 runLength, up`.
    var summary: String {
        "zlib \(compressionLevel) \(strategy.rawValue), \(filter.rawValue)\(reusesBackdrop ? ", backdrop bands" : "")"
    }
}
