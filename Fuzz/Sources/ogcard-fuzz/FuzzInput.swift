/// Reads structured values from the front of a fuzz input: small integers and flags first, so a
/// mutation of one leading byte changes one choice, then the rest as payload.
struct FuzzInput {
    private let bytes: [UInt8]
    private var position = 0

    /// Reads from `bytes`.
    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// The next byte, or 0 once the input is used up (short inputs still make every choice).
    mutating func byte() -> UInt8 {
        guard position < bytes.count else { return 0 }
        defer { position += 1 }
        return bytes[position]
    }

    /// A value in `range` from the next byte (ranges wider than 256 values are not needed here).
    mutating func int(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(byte()) % (range.count)
    }

    /// A flag from the next byte's low bit.
    mutating func flag() -> Bool {
        byte() & 1 == 1
    }

    /// Everything not read yet.
    mutating func rest() -> [UInt8] {
        defer { position = bytes.count }
        return position < bytes.count ? Array(bytes[position...]) : []
    }
}
