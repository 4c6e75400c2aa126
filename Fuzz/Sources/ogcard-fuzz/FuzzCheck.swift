import Foundation

/// Property checks inside fuzz targets.
enum FuzzCheck {
    /// Stops the run when `condition` is false: prints what was expected and the input's
    /// description to standard error, then aborts so libFuzzer records the input as a crash.
    static func require(
        _ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String,
        file: StaticString = #fileID, line: UInt = #line
    ) {
        guard !condition() else { return }
        FileHandle.standardError.write(Data("\nPROPERTY FAILED at \(file):\(line): \(message())\n".utf8))
        abort()
    }
}
