public import Foundation
public import Testing

/// Real posts kept outside the package, in `../shared/corpus` beside the checkout.
public enum Corpus {
    /// 345 real Jekyll posts of the webology blog (59 with opengraphimg URLs) and a SOURCE.md.
    public static let webology = PackageRoot.url.deletingLastPathComponent()
        .appendingPathComponent("shared/corpus/webology").standardizedFileURL

    /// Whether the webology corpus is present.
    public static var hasWebology: Bool { FileManager.default.fileExists(atPath: webology.path) }

    /// For `.enabled(if:)`: the corpus is present, or CI is set (where its absence fails the test).
    public static var runsWebology: Bool { TestEnvironment.runs(needing: hasWebology) }

    /// The webology corpus folder; throws when it is missing.
    public static func requireWebology() throws -> URL {
        guard hasWebology else { throw MissingCorpus(path: webology.path) }
        return webology
    }

    /// A corpus a test needs is not there.
    public struct MissingCorpus: Error, CustomStringConvertible {
        /// Where it was looked for.
        public let path: String
        /// Says where it must be.
        public var description: String { "the corpus is missing at \(path); CI must have ../shared beside the clone" }
    }

    /// The reason a corpus test gives when it is skipped.
    public static let skipComment: Comment =
        "the corpus ../shared/corpus/webology is not beside the checkout (it is on CI)"
}
