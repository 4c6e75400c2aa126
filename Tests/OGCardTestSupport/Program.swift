public import Foundation

/// A program the tests run: one of this package's built products, or a tool on `PATH`.
public struct Program: Sendable {
    /// The executable file.
    public let url: URL

    /// Wraps the executable at `url`.
    public init(url: URL) {
        self.url = url
    }

    /// The built `ogcard` executable.
    public static var ogcard: Program {
        get throws { try built("ogcard") }
    }

    /// The product `name` that SwiftPM built beside this test bundle; throws when it is missing
    /// (a missing product fails the test: `swift build --build-tests` builds every one).
    public static func built(_ name: String) throws -> Program {
        let url = BuiltProducts.directory.appendingPathComponent(name)
        guard FileManager.default.isExecutableFile(atPath: url.path) else {
            throw MissingProgram(
                name: name, reason: "not built in \(BuiltProducts.directory.path); run `swift build --build-tests`")
        }
        return Program(url: url)
    }

    /// The program `name` on `PATH`, or nil.
    public static func onPath(_ name: String) -> Program? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").lazy.map { URL(fileURLWithPath: String($0)).appendingPathComponent(name) }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
            .map(Program.init(url:))
    }

    /// The program `name` on `PATH`; throws when it is not installed.
    public static func required(_ name: String) throws -> Program {
        guard let program = onPath(name) else {
            throw MissingProgram(name: name, reason: "not on PATH; scripts/setup installs it")
        }
        return program
    }

    /// Runs the program in `directory` and waits for it; see ``ProcessRunner/run(_:_:in:environment:timeout:)``.
    public func run(
        _ arguments: [String], in directory: URL, environment: [String: String] = [:], timeout: Duration? = nil
    ) throws -> ProcessResult {
        try ProcessRunner.run(url, arguments, in: directory, environment: environment, timeout: timeout)
    }

    /// Starts the program in `directory` and returns at once.
    public func start(
        _ arguments: [String], in directory: URL, environment: [String: String] = [:]
    ) throws -> RunningProcess {
        try ProcessRunner.start(url, arguments, in: directory, environment: environment)
    }
}

/// A program a test needs is not there.
public struct MissingProgram: Error, CustomStringConvertible {
    /// The program's name.
    public let name: String
    /// Where it was looked for and how to get it.
    public let reason: String

    /// `<name>: <reason>`.
    public var description: String { "\(name): \(reason)" }
}

/// Where SwiftPM put the products it built for this test run.
public enum BuiltProducts {
    /// The folder holding the built products (`.build/<triple>/debug`): the one holding the
    /// running test bundle, or `.build/debug` of the package when no bundle can be found.
    public static let directory: URL = {
        // The test runner is `…/debug/ogcardPackageTests.xctest` (on macOS a binary inside it).
        for start in [URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath(), Bundle.main.bundleURL] {
            var url = start
            while url.pathComponents.count > 1 {
                if url.pathExtension == "xctest" { return url.deletingLastPathComponent() }
                url = url.deletingLastPathComponent()
            }
        }
        return PackageRoot.url.appendingPathComponent(".build/debug")
    }()
}
