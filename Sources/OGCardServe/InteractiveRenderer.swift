import Foundation
import OGCard
import Synchronization

/// The renderer for requests that draw on demand (the playground, debug outlines): one
/// `CardRenderer` on one serial queue, so these never take more than one core however many
/// requests arrive. For the playground only the newest request of each page is drawn: one that
/// a newer one from the same page overtook while it waited is skipped (`nil`), so typing fast
/// costs one render per pause, not one per key.
final class InteractiveRenderer: Sendable {
    private let queue = DispatchQueue(label: "ogcard.serve.interactive")
    /// Touched only on `queue`, which is what makes sharing it safe.
    private let slot = UncheckedBox(RendererSlot())
    private let fonts: FontSet
    /// The newest request number of each page (at most `clientLimit` pages remembered).
    private let latest = Mutex<[String: UInt64]>([:])
    private let counter = Atomic<UInt64>(0)
    private let clientLimit = 256
    /// Requests waiting or drawing; past `queueLimit` new ones are turned away (`nil` with
    /// `busy` set), so a flood of requests cannot queue unbounded work.
    private let pending = Atomic<Int>(0)
    private let queueLimit = 16

    init(fonts: FontSet) {
        self.fonts = fonts
    }

    /// Draws `content` with `layout`; nil when `client` sent a newer request meanwhile.
    /// - Throws: the drawing's `Diagnostic`, or `InteractiveRenderer.busy` when `queueLimit`
    ///   requests are already waiting.
    func render(
        _ content: CardContent, layout: CardLayout, debugOutlines: Bool = false, limits: InputLimits,
        client: String? = nil
    ) async throws(Diagnostic) -> Data? {
        guard pending.add(1, ordering: .relaxed).newValue <= queueLimit else {
            pending.subtract(1, ordering: .relaxed)
            throw Self.busy
        }
        defer { pending.subtract(1, ordering: .relaxed) }
        let ticket = counter.add(1, ordering: .relaxed).newValue
        if let client {
            latest.withLock { clients in
                if clients.count >= clientLimit, clients[client] == nil { clients.removeAll() }
                clients[client] = ticket
            }
        }
        let result: Result<Data?, Diagnostic> = await withCheckedContinuation { continuation in
            queue.async { [self] in
                if let client, latest.withLock({ $0[client] }) != ticket {
                    continuation.resume(returning: .success(nil))
                    return
                }
                continuation.resume(
                    returning: draw(content, layout: layout, debugOutlines: debugOutlines, limits: limits))
            }
        }
        return try result.get()
    }

    /// Thrown when too many requests wait already.
    static let busy = Diagnostic(step: .render, reason: "too many previews are being drawn; try again")

    /// Runs on `queue` only.
    private func draw(_ content: CardContent, layout: CardLayout, debugOutlines: Bool, limits: InputLimits)
        -> Result<Data?, Diagnostic>
    {
        do throws(Diagnostic) {
            let renderer: CardRenderer
            if let current = slot.value.renderer, current.limits == limits {
                renderer = current
            } else {
                renderer = try CardRenderer(fonts: fonts, limits: limits)
                slot.value.renderer = renderer
            }
            return .success(try renderer.render(content, layout: layout, debugOutlines: debugOutlines).pngData)
        } catch {
            return .failure(error)
        }
    }
}
