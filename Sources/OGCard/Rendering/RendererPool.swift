import Foundation

/// Runs one job per item on up to `jobs` threads, each thread with its own `CardRenderer` (a
/// Pango font map is not thread-safe): what `build` and `inject` both do with their cards.
package struct RendererPool {
    /// Renderers for `min(jobs, count)` workers (none for no items).
    /// - Throws: a `Diagnostic` (step `.loadFonts`) when the fonts cannot be loaded.
    package static func run(
        count: Int, jobs: Int, fonts: FontSet, limits: InputLimits,
        _ work: @Sendable (_ index: Int, _ renderer: CardRenderer) -> Void
    ) throws(Diagnostic) {
        guard count > 0 else { return }
        let workers = max(1, min(jobs, count))
        var renderers: [CardRenderer] = []
        do {
            for _ in 0..<workers { renderers.append(try CardRenderer(fonts: fonts, limits: limits)) }
        } catch {
            throw Diagnostic.wrapping(error, file: nil, step: .loadFonts)
        }
        let shared = UncheckedBox(renderers)
        let counter = WorkCounter()
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            let renderer = shared.value[worker]
            while let index = counter.take(below: count) { work(index, renderer) }
        }
    }
}
