import Dispatch
import Synchronization

/// Runs async work from a synchronous command and waits for it (`ogcard serve` starts and stops
/// its server so; the work runs on Swift's own threads, never on the waiting one).
enum Blocking {
    static func run<Value: Sendable>(_ work: @escaping @Sendable () async throws -> Value) -> Result<
        Value, any Error
    > {
        let done = DispatchSemaphore(value: 0)
        let result = Mutex<Result<Value, any Error>?>(nil)
        Task {
            do {
                let value = try await work()
                result.withLock { $0 = .success(value) }
            } catch {
                result.withLock { $0 = .failure(error) }
            }
            done.signal()
        }
        done.wait()
        return result.withLock { $0! }
    }

    static func run(_ work: @escaping @Sendable () async -> Void) {
        let done = DispatchSemaphore(value: 0)
        Task {
            await work()
            done.signal()
        }
        done.wait()
    }
}
