import Synchronization

/// The port the server actually listens on (known only after binding, when `--port 0` asked
/// for any free one), shared with the request handler that checks Host headers.
final class BoundPort: Sendable {
    private let port = Atomic<UInt16>(0)

    /// The port; 0 until bound.
    var value: UInt16 {
        get { port.load(ordering: .relaxed) }
        set { port.store(newValue, ordering: .relaxed) }
    }
}
