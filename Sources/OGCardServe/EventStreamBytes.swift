import FlyingFox
import FlyingSocks
import Foundation

/// An `AsyncStream` of encoded events as the byte sequence FlyingFox streams a response body
/// from (chunked transfer encoding): each event is handed over as soon as it is published.
struct EventStreamBytes: AsyncBufferedSequence, Sendable {
    typealias Element = UInt8

    let events: AsyncStream<Data>

    func makeAsyncIterator() -> Iterator { Iterator(events: events.makeAsyncIterator()) }

    /// Hands out the current event's bytes, then waits for the next event.
    struct Iterator: AsyncBufferedIteratorProtocol {
        var events: AsyncStream<Data>.AsyncIterator
        var pending = Data()

        mutating func next() async -> UInt8? {
            guard await fill() else { return nil }
            return pending.removeFirst()
        }

        mutating func nextBuffer(suggested count: Int) async -> Data? {
            guard await fill() else { return nil }
            let chunk = pending.prefix(Swift.max(1, count))
            pending = Data(pending.dropFirst(chunk.count))
            return Data(chunk)
        }

        /// Makes sure some bytes are pending; false when the stream ended.
        private mutating func fill() async -> Bool {
            while pending.isEmpty {
                guard let event = await events.next() else { return false }
                pending = event
            }
            return true
        }
    }
}
