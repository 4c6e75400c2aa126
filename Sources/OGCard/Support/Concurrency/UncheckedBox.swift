/// Carries a non-Sendable value into concurrent code where each worker touches only its own
/// part (one renderer per worker).
package struct UncheckedBox<Value>: @unchecked Sendable {
    /// The value.
    package let value: Value
    /// Wraps `value`.
    package init(_ value: Value) { self.value = value }
}
