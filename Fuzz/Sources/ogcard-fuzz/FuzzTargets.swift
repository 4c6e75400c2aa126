/// The registry of fuzz targets and the one chosen for this run.
enum FuzzTargets {
    /// Every target, in the order `scripts/fuzz all` runs them.
    static let all: [any FuzzTarget.Type] = [
        FrontMatterTarget.self,
        OpenGraphImageURLTarget.self,
        LayoutFileTarget.self,
        SiteConfigTarget.self,
        HTMLEscaperTarget.self,
        PNGEncoderTarget.self,
        HeadInjectorTarget.self,
    ]

    /// The target called `name`, if any.
    static func named(_ name: String) -> (any FuzzTarget.Type)? {
        all.first { $0.name == name }
    }

    /// libFuzzer's callback is a C function pointer, which cannot capture the target, so the choice
    /// is made once, before libFuzzer starts, and read from here. libFuzzer calls back on one thread.
    nonisolated(unsafe) private static var selected: (any FuzzTarget.Type)?

    /// Chooses the target `runSelected` runs.
    static func select(_ target: any FuzzTarget.Type) {
        selected = target
    }

    /// libFuzzer's per-input callback (LLVMFuzzerTestOneInput's contract: return 0).
    static func runSelected(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
        guard let selected else { return 0 }
        let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
        selected.test(bytes)
        return 0
    }
}
