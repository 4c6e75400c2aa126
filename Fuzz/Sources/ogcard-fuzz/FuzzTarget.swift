/// One thing to fuzz: a named entry point that takes arbitrary bytes, never crashes on them, and
/// checks its properties with `FuzzCheck.require`.
protocol FuzzTarget: Sendable {
    /// The name given on the command line and used for `Fuzz/Corpus/<name>/`.
    static var name: String { get }
    /// One line for the usage text: what is fuzzed and which property is checked.
    static var summary: String { get }
    /// Runs one input. A failed property or any trap is a finding (libFuzzer saves the input).
    static func test(_ data: [UInt8])
}
