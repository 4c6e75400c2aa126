public import Foundation
public import Testing

/// A file in the source tree that a test's output is compared with (a golden image, a command's
/// expected output), re-recorded only when an environment variable asks.
///
/// A missing reference file fails the test; it is never recorded silently. Recording is refused
/// on CI, which must never approve its own output.
public struct ReferenceFile: Sendable {
    /// The reference file.
    public let url: URL
    /// The variable that, set to `1`, re-records reference files of this kind.
    public let recordVariable: String

    /// A reference file at `url`, re-recorded when `recordVariable` is `1`.
    public init(_ url: URL, recordVariable: String) {
        self.url = url
        self.recordVariable = recordVariable
    }

    /// The reference bytes to compare `actual` with, or nil when there is nothing to compare
    /// because `actual` was just recorded (the variable is set) or the file is missing (an issue
    /// is recorded, so the test fails).
    public func expected(for actual: Data, sourceLocation: SourceLocation = #_sourceLocation) throws -> Data? {
        let name = url.lastPathComponent
        if TestEnvironment.isOn(recordVariable) {
            if TestEnvironment.isCI {
                Issue.record("\(recordVariable)=1 on CI: CI must not record \(name)", sourceLocation: sourceLocation)
                return nil
            }
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try actual.write(to: url)
            print("recorded \(url.path)")
            return nil
        }
        guard FileManager.default.fileExists(atPath: url.path) else {
            Issue.record(
                "\(name) is missing at \(url.path); record it with \(recordVariable)=1 and commit it",
                sourceLocation: sourceLocation)
            return nil
        }
        return try Data(contentsOf: url)
    }

    /// Compares `actual` whole with the reference text; on a difference the issue lists the
    /// differing lines (`-` expected, `+` actual) and how to re-record.
    public func check(_ actual: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        guard let data = try expected(for: Data(actual.utf8), sourceLocation: sourceLocation) else { return }
        let expected = String(decoding: data, as: UTF8.self)
        guard actual != expected else { return }
        let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let lines = new.difference(from: old).sorted { $0.offset < $1.offset }.prefix(40).map { change in
            switch change {
            case .remove(let offset, let line, _): "-\(offset + 1): \(line)"
            case .insert(let offset, let line, _): "+\(offset + 1): \(line)"
            }
        }
        Issue.record(
            """
            output differs from \(url.path) (re-record with \(recordVariable)=1 if the change is meant):
            \(lines.joined(separator: "\n"))
            """,
            sourceLocation: sourceLocation)
    }
}

extension CollectionDifference.Change {
    fileprivate var offset: Int {
        switch self {
        case .remove(let offset, _, _), .insert(let offset, _, _): offset
        }
    }
}
