import Synchronization

/// Hands out work indices to concurrent workers.
final class WorkCounter: Sendable {
    private let next = Atomic<Int>(0)

    /// The next index, or nil once `bound` is reached.
    func take(below bound: Int) -> Int? {
        let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
        return index < bound ? index : nil
    }
}
