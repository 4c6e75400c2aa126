import Synchronization

/// Hands out work indices to concurrent workers.
package final class WorkCounter: Sendable {
    private let next = Atomic<Int>(0)

    /// A counter starting at 0.
    package init() {}

    /// The next index, or nil once `bound` is reached.
    package func take(below bound: Int) -> Int? {
        let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
        return index < bound ? index : nil
    }
}
