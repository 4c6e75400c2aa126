import Foundation
public import OGCard

/// Measures card rendering: throughput on 1 and N threads, drawing versus encoding time, PNG
/// sizes and peak memory. Used by `ogcard bench`; not a test (timings vary by machine).
public struct RenderingBenchmark: Sendable {
    /// What one run measured.
    public struct Report: Sendable {
        /// Worker threads.
        public var threads: Int
        /// Cards rendered.
        public var cards: Int
        /// Wall-clock time.
        public var wallTime: Duration
        /// Summed drawing time over all workers.
        public var drawingTime: Duration
        /// Summed encoding time over all workers.
        public var encodingTime: Duration
        /// PNG sizes in bytes, sorted.
        public var sizes: [Int]

        /// Cards per second of wall-clock time.
        public var cardsPerSecond: Double { Double(cards) / wallTime.seconds }
        /// Median PNG size in bytes.
        public var medianSize: Int { sizes.isEmpty ? 0 : sizes[sizes.count / 2] }
        /// Largest PNG in bytes.
        public var maxSize: Int { sizes.last ?? 0 }
    }

    /// The cards to render.
    public var contents: [CardContent]
    /// The layout to render them with.
    public var layout: CardLayout
    /// Fonts.
    public var fonts: FontSet
    /// PNG settings.
    public var encoding: PNGEncodingOptions

    /// Creates a benchmark of `count` synthetic cards.
    public init(count: Int, layout: CardLayout, fonts: FontSet = .standard(), encoding: PNGEncodingOptions = .default) {
        var generator = SyntheticContent()
        contents = (0..<count).map { generator.content(index: $0) }
        self.layout = layout
        self.fonts = fonts
        self.encoding = encoding
    }

    /// Renders every card on `threads` workers, each with its own renderer.
    public func run(threads: Int) throws -> Report {
        let workers = max(1, threads)
        let results = WorkerResults(count: workers)
        let next = WorkCounter()
        // Create the renderers (and load fonts) before the clock starts.
        var renderers: [CardRenderer] = []
        for _ in 0..<workers { renderers.append(try CardRenderer(fonts: fonts, encoding: encoding)) }
        let shared = UncheckedBox(renderers)
        let clock = ContinuousClock()
        let start = clock.now
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            let renderer = shared.value[worker]
            var local = WorkerResults.Slot()
            while let index = next.take(below: contents.count) {
                do {
                    let card = try renderer.render(contents[index], layout: layout)
                    local.drawing += card.drawingTime
                    local.encoding += card.encodingTime
                    local.sizes.append(card.pngData.count)
                } catch {
                    local.failures.append("\(error)")
                }
            }
            results.store(local, at: worker)
        }
        let wall = clock.now - start
        let slots = results.all()
        if let failure = slots.flatMap(\.failures).first {
            throw Diagnostic(step: .render, reason: "benchmark card failed: \(failure)")
        }
        return Report(
            threads: workers, cards: contents.count, wallTime: wall,
            drawingTime: slots.map(\.drawing).reduce(.zero, +), encodingTime: slots.map(\.encoding).reduce(.zero, +),
            sizes: slots.flatMap(\.sizes).sorted())
    }

    /// Peak resident memory of this process in bytes (Linux `VmHWM`), or nil elsewhere.
    public static func peakResidentMemory() -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let digits = line.split(separator: " ").dropFirst().first.flatMap { Int($0) }
            return digits.map { $0 * 1024 }
        }
        return nil
    }
}
