import Synchronization

/// Per-worker benchmark tallies, merged after the workers finish.
final class WorkerResults: Sendable {
    struct Slot: Sendable {
        var drawing = Duration.zero
        var encoding = Duration.zero
        var sizes: [Int] = []
        var failures: [String] = []
    }

    private let slots: Mutex<[Slot]>

    init(count: Int) {
        slots = Mutex(Array(repeating: Slot(), count: count))
    }

    func store(_ slot: Slot, at index: Int) {
        slots.withLock { $0[index] = slot }
    }

    func all() -> [Slot] {
        slots.withLock { $0 }
    }
}
