/// Carries a non-Sendable value into concurrent code where each worker touches only its own
/// part (one renderer per worker).
struct UncheckedBox<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
