import Foundation

/// Finds the executables SwiftPM built beside this test bundle, and runs them.
/// The commands are tested as users run them: a real process, its exit status and output.
enum BuiltProducts {
    /// The folder holding the built products (`.build/<triple>/debug`).
    static let directory: URL = {
        // The test runner is `…/debug/ogcardPackageTests.xctest` (or a helper in that folder).
        var candidates = [URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()]
        candidates.append(Bundle.main.bundleURL)
        let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        candidates.append(packageRoot.appendingPathComponent(".build/debug"))
        for candidate in candidates {
            var folder = candidate
            // Up a few levels, for helpers that live inside the bundle.
            for _ in 0..<3 {
                if FileManager.default.isExecutableFile(atPath: folder.appendingPathComponent("ogcard").path) { return folder }
                folder = folder.deletingLastPathComponent()
            }
        }
        return packageRoot.appendingPathComponent(".build/debug")
    }()

    /// The package's root folder.
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// What a run printed and how it ended.
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs product `name` with `arguments` in `directory`. Output goes through files, not
    /// pipes, so a chatty process can never block on a full pipe while the test waits.
    static func run(_ name: String, _ arguments: [String], in directory: URL, environment: [String: String] = [:]) throws -> Run {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("ogcard-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outputFile = scratch.appendingPathComponent("stdout")
        let errorFile = scratch.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outputFile.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
        let process = Process()
        process.executableURL = self.directory.appendingPathComponent(name)
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.standardOutput = try FileHandle(forWritingTo: outputFile)
        process.standardError = try FileHandle(forWritingTo: errorFile)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus,
            stdout: try String(contentsOf: outputFile, encoding: .utf8),
            stderr: try String(contentsOf: errorFile, encoding: .utf8))
    }
}
