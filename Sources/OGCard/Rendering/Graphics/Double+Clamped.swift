extension Double {
    /// This value as an `Int32`, clamped to its range (NaN as 0): `Int32(_:)` traps on a value
    /// out of range, and layouts built in code are not checked the way layout files are.
    var clampedInt32: Int32 {
        guard !isNaN else { return 0 }
        return Int32(Swift.min(Swift.max(rounded(.towardZero), Double(Int32.min)), Double(Int32.max)))
    }

    /// This value as an `Int`, clamped to ±2³¹ (NaN as 0); see `clampedInt32`.
    var clampedInt: Int { Int(clampedInt32) }
}
