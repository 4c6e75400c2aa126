public import Foundation

/// What `ogcard lint` found for a whole site (or a built site's pages), item by item.
public struct LintReport: Hashable, Sendable, Codable {
    /// One report per post or page, sorted by path.
    public var items: [LintItemReport]
    /// Problems that stopped an item from being linted at all (a post that does not parse).
    public var failures: [Diagnostic]

    /// Creates a report; items are sorted by path, so every run reads the same.
    public init(items: [LintItemReport], failures: [Diagnostic] = []) {
        self.items = items.sorted { $0.item < $1.item }
        self.failures = failures.sorted(by: Diagnostic.inReportOrder)
    }

    /// Errors over every item, failures included.
    public var errors: Int { items.reduce(0) { $0 + $1.errors } + failures.count { $0.severity == .error } }
    /// Warnings over every item.
    public var warnings: Int { items.reduce(0) { $0 + $1.warnings } }

    /// Sorted, pretty JSON with a final newline: `{"errors", "warnings", "items": […], "failures": […]}`.
    public func json() -> Data {
        struct Document: Encodable {
            var errors: Int
            var warnings: Int
            var items: [LintItemReport]
            var failures: [Diagnostic]
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let document = Document(errors: errors, warnings: warnings, items: items, failures: failures)
        return ((try? encoder.encode(document)) ?? Data("{}".utf8)) + Data("\n".utf8)
    }
}
