import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The meta JSON values a build makes (post path → its tags as compact JSON), kept in an
/// unlinked temporary file rather than in memory until the index is written: about 1.5 KB a
/// post, which at 100 000 posts was the largest thing a build held. Only the paths and where
/// each value lies stay in memory. Where no temporary file can be made, values stay in memory.
final class MetaSpill: Sendable {
    private struct State {
        var descriptor: Int32
        var size: Int64 = 0
        var places: [String: (offset: Int64, length: Int)] = [:]
        /// Values of a spill that has no file.
        var inMemory: [String: [UInt8]] = [:]
    }

    private let state: Mutex<State>

    /// An empty spill, its file in the system's temporary folder.
    init() {
        var template = Array((NSTemporaryDirectory() + "/ogcard-meta-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        // Unlinked at once: the data lives while the descriptor is open, and an interrupted
        // build leaves nothing behind.
        if descriptor >= 0 { template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) } }
        state = Mutex(State(descriptor: descriptor))
    }

    deinit {
        state.withLock { if $0.descriptor >= 0 { close($0.descriptor) } }
    }

    /// Records `value` for `path` (a later value for the same path wins).
    func add(_ path: String, _ value: String) {
        let bytes = Array(value.utf8)
        state.withLock { state in
            if state.descriptor >= 0 {
                var written = 0
                while written < bytes.count {
                    let count = bytes.withUnsafeBytes { raw in
                        pwrite(
                            state.descriptor, raw.baseAddress! + written, bytes.count - written,
                            off_t(state.size) + off_t(written))
                    }
                    if count < 0, errno == EINTR { continue }
                    guard count > 0 else { break }
                    written += count
                }
                if written == bytes.count {
                    state.places[path] = (state.size, bytes.count)
                    state.size += Int64(bytes.count)
                    return
                }
            }
            state.places[path] = nil
            state.inMemory[path] = bytes
        }
    }

    /// Whether nothing was recorded.
    var isEmpty: Bool { state.withLock { $0.places.isEmpty && $0.inMemory.isEmpty } }

    /// The paths recorded.
    var paths: [String] { state.withLock { Array($0.places.keys) + Array($0.inMemory.keys) } }

    /// Whether `path` has a value.
    func contains(_ path: String) -> Bool {
        state.withLock { $0.places[path] != nil || $0.inMemory[path] != nil }
    }

    /// The value recorded for `path`, as UTF-8.
    func value(for path: String) -> [UInt8]? {
        state.withLock { state in
            if let bytes = state.inMemory[path] { return bytes }
            guard let place = state.places[path] else { return nil }
            return FileBlocks.bytes(state.descriptor, offset: place.offset, length: place.length)
        }
    }
}
