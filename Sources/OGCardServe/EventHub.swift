import Foundation
import Synchronization

/// The server-sent event streams of the open pages. Each subscriber gets a stream that keeps
/// only its newest `buffer` events (a stalled tab cannot grow the server's memory), and at most
/// `limit` streams are open at once (a new one beyond that is refused with 503).
final class EventHub: Sendable {
    private let subscribers = Mutex<[UInt64: AsyncStream<Data>.Continuation]>([:])
    private let nextID = Atomic<UInt64>(0)
    private let limit: Int
    private let buffer: Int

    /// A hub for at most `limit` open pages, each `buffer` events behind at most.
    init(limit: Int = 64, buffer: Int = 32) {
        self.limit = limit
        self.buffer = buffer
    }

    /// A new stream of encoded events, starting with a `retry:` line; nil when `limit` pages
    /// are already listening.
    func subscribe() -> AsyncStream<Data>? {
        let id = nextID.add(1, ordering: .relaxed).newValue
        let (stream, continuation) = AsyncStream.makeStream(of: Data.self, bufferingPolicy: .bufferingNewest(buffer))
        let accepted = subscribers.withLock { all -> Bool in
            guard all.count < limit else { return false }
            all[id] = continuation
            return true
        }
        guard accepted else { return nil }
        continuation.onTermination = { [weak self] _ in
            _ = self?.subscribers.withLock { $0.removeValue(forKey: id) }
        }
        // Browsers reconnect on their own after a dropped stream; half a second keeps pages live.
        continuation.yield(Data("retry: 500\n\n".utf8))
        return stream
    }

    /// Sends an event named `name` whose data is `json` (one line) to every page.
    func publish(_ name: String, json: String) {
        let data = Data("event: \(name)\ndata: \(json)\n\n".utf8)
        for continuation in subscribers.withLock({ Array($0.values) }) { continuation.yield(data) }
    }

    /// A comment line: proxies and the server notice closed connections when it fails to send.
    func heartbeat() {
        for continuation in subscribers.withLock({ Array($0.values) }) { continuation.yield(Data(":\n\n".utf8)) }
    }

    /// Ends every stream (the server is stopping).
    func finish() {
        for continuation in subscribers.withLock({ Array($0.values) }) { continuation.finish() }
    }

    /// Pages listening now.
    var count: Int { subscribers.withLock { $0.count } }
}
