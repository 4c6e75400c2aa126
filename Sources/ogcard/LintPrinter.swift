import Foundation
import OGCard

/// Prints a `LintReport` as a table for people, or as JSON for machines.
enum LintPrinter {
    /// One block per item with findings: the item and its card, then one row per finding
    /// (severity, tag, platforms, message). Notes, clean items and contrast values only when
    /// `verbose`; warnings not when `quiet`. Ends with a summary line.
    static func table(_ report: LintReport, quiet: Bool, verbose: Bool) -> String {
        var lines: [String] = []
        for failure in report.failures where failure.severity == .error || !quiet {
            lines.append("\(failure.severity.rawValue): \(failure)")
        }
        for item in report.items {
            let shown = item.findings.filter {
                $0.severity == .error || ($0.severity == .warning && !quiet) || ($0.severity == .note && verbose)
            }
            guard !shown.isEmpty || verbose else { continue }
            var heading = item.item
            if let image = item.image {
                heading += "  →  \(image)"
                if let bytes = item.imageBytes { heading += " (\(size(bytes)))" }
            }
            lines.append(heading)
            let tagWidth = max(12, shown.map { ($0.tag ?? "").count }.max() ?? 0)
            let platformWidth = max(9, shown.map { platforms($0).count }.max() ?? 0)
            for finding in shown {
                lines.append(
                    "  " + pad(finding.severity.rawValue, 8) + pad(finding.tag ?? "", tagWidth + 2)
                        + pad(platforms(finding), platformWidth + 2) + finding.message)
            }
            if verbose {
                for layer in item.contrast {
                    lines.append(
                        "  " + pad("contrast", 8) + pad(layer.layer, tagWidth + 2) + pad("", platformWidth + 2)
                            + "\(layer.textColor) on \(layer.background): \(layer.ratio):1 (needs \(layer.required):1)")
                }
            }
        }
        let noun = report.items.count == 1 ? "item" : "items"
        lines.append(
            "ogcard lint: \(report.items.count) \(noun), \(report.errors) error\(report.errors == 1 ? "" : "s"), \(report.warnings) warning\(report.warnings == 1 ? "" : "s")"
        )
        return lines.joined(separator: "\n") + "\n"
    }

    private static func platforms(_ finding: LintFinding) -> String {
        finding.platforms.isEmpty ? "all" : finding.platforms.joined(separator: ", ")
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }

    private static func size(_ bytes: Int) -> String {
        bytes < 1024 * 1024
            ? String(format: "%.1f KB", Double(bytes) / 1024) : String(format: "%.2f MB", Double(bytes) / 1024 / 1024)
    }
}
