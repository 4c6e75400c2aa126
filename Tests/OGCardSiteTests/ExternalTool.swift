import Foundation

/// Runs another program (a real generator) the way a user's build does. Output goes to a file,
/// not a pipe, so a chatty program can never block on a full pipe while we wait for it.
enum ExternalTool {
    struct Result {
        let status: Int32
        /// Standard output and standard error, interleaved.
        let output: String
    }

    /// The program named `name` on `PATH`, or nil.
    static func find(_ name: String) -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { URL(fileURLWithPath: String($0)).appendingPathComponent(name) }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// Runs `name` with `arguments` in `directory`; throws when the program is not installed.
    static func run(_ name: String, _ arguments: [String], in directory: URL) throws -> Result {
        guard let executable = find(name) else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: "\(name) (not on PATH)"])
        }
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("ogcard-tool-\(UUID().uuidString).log")
        FileManager.default.createFile(atPath: log.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: log) }
        let handle = try FileHandle(forWritingTo: log)
        defer { try? handle.close() }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.standardOutput = handle
        process.standardError = handle
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, output: (try? String(contentsOf: log, encoding: .utf8)) ?? "")
    }
}
