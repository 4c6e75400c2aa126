import OGCard

/// Prints diagnostics the one way ogcard prints them, on standard error:
/// `error: file:line: step: reason` (likewise `warning:` and `note:`), each kind shown at the
/// verbosity it belongs to.
enum DiagnosticReport {
    /// Prints `diagnostics`: errors always, warnings unless `quiet`, notes only when `verbose`.
    static func print(_ diagnostics: [Diagnostic], quiet: Bool = false, verbose: Bool = false) {
        for diagnostic in diagnostics {
            switch diagnostic.severity {
            case .error: break
            case .warning: if quiet { continue }
            case .note: if !verbose { continue }
            }
            printError("\(diagnostic.severity.rawValue): \(diagnostic)")
        }
    }

    /// Prints the error that stopped a command, as `ogcard: file:line: step: reason`, apart from
    /// the `error:` lines of single posts.
    static func print(_ error: any Error) {
        printError("ogcard: \(error)")
    }
}
