public import Foundation

/// Runs a program as a user's shell or build would: a real process, its exit status, and its
/// standard output and standard error kept apart.
///
/// Output goes to two files, not pipes: the child can write any amount to either stream in any
/// order and never blocks on a full pipe while the test waits (reading one pipe to its end before
/// the other can deadlock). A program that outlives `timeout` is killed and the run throws.
public enum ProcessRunner {
    /// Runs `executable` with `arguments` in `directory` and waits for it to end.
    ///
    /// - Parameters:
    ///   - environment: variables set on top of this process's environment.
    ///   - timeout: how long to wait before killing it (`SIGKILL`) and throwing; nil waits forever.
    public static func run(
        _ executable: URL, _ arguments: [String], in directory: URL, environment: [String: String] = [:],
        timeout: Duration? = nil
    ) throws -> ProcessResult {
        try start(executable, arguments, in: directory, environment: environment).wait(timeout: timeout)
    }

    /// Starts `executable` and returns at once, for tests that signal it mid-run.
    public static func start(
        _ executable: URL, _ arguments: [String], in directory: URL, environment: [String: String] = [:]
    ) throws -> RunningProcess {
        try RunningProcess(executable, arguments, in: directory, environment: environment)
    }
}

/// How a finished process ended and what it printed.
public struct ProcessResult: Sendable, CustomStringConvertible {
    /// The exit status, or the signal number when `signaled` is true (as `Process` reports it).
    public let status: Int32
    /// Whether a signal ended the process.
    public let signaled: Bool
    /// Everything written to standard output.
    public let stdout: String
    /// Everything written to standard error.
    public let stderr: String

    /// The status and both streams, for failure messages.
    public var description: String {
        "\(signaled ? "killed by signal" : "exit status") \(status)\n--- stdout\n\(stdout)--- stderr\n\(stderr)"
    }
}

/// A started process whose output is collected in files until ``wait(timeout:)``.
public final class RunningProcess: @unchecked Sendable {
    /// The program and its arguments, as a shell would show them (for messages).
    public let commandLine: String
    private let process = Process()
    private let scratch: URL
    private let ended = DispatchSemaphore(value: 0)

    init(_ executable: URL, _ arguments: [String], in directory: URL, environment: [String: String]) throws {
        commandLine = ([executable.path] + arguments).joined(separator: " ")
        scratch = FileManager.default.temporaryDirectory.appendingPathComponent("ogcard-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        let output = try Self.createFile(scratch.appendingPathComponent("stdout"))
        let error = try Self.createFile(scratch.appendingPathComponent("stderr"))
        defer {
            try? output.close()
            try? error.close()
        }
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = output
        process.standardError = error
        let ended = self.ended
        process.terminationHandler = { _ in ended.signal() }
        do {
            try process.run()
        } catch {
            try? FileManager.default.removeItem(at: scratch)
            throw error
        }
    }

    deinit { try? FileManager.default.removeItem(at: scratch) }

    /// The process identifier.
    public var processIdentifier: Int32 { process.processIdentifier }

    /// Sends `signal` (`SIGKILL` unless told) to the process.
    public func kill(_ signal: Int32 = SIGKILL) {
        _ = Foundation.kill(process.processIdentifier, signal)
    }

    /// What the process has written to standard error so far (it may still be running).
    public var standardErrorSoFar: String { Self.read(scratch.appendingPathComponent("stderr")) }

    /// What the process has written to standard output so far (it may still be running).
    public var standardOutputSoFar: String { Self.read(scratch.appendingPathComponent("stdout")) }

    /// Waits for the process to end (call it once) and returns its status and output; after
    /// `timeout` the process is killed and ``ProcessRunner/TimeoutError`` is thrown.
    public func wait(timeout: Duration? = nil) throws -> ProcessResult {
        var exceeded: Duration?
        if let timeout {
            let seconds = Double(timeout.components.seconds) + Double(timeout.components.attoseconds) / 1e18
            if ended.wait(timeout: .now() + seconds) == .timedOut {
                exceeded = timeout
                kill(SIGKILL)
                ended.wait()
            }
        } else {
            ended.wait()
        }
        process.waitUntilExit()
        let result = ProcessResult(
            status: process.terminationStatus, signaled: process.terminationReason == .uncaughtSignal,
            stdout: Self.read(scratch.appendingPathComponent("stdout")),
            stderr: Self.read(scratch.appendingPathComponent("stderr")))
        if let exceeded {
            throw ProcessRunner.TimeoutError(commandLine: commandLine, timeout: exceeded, result: result)
        }
        return result
    }

    private static func createFile(_ url: URL) throws -> FileHandle {
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
        }
        return try FileHandle(forWritingTo: url)
    }

    private static func read(_ url: URL) -> String {
        String(decoding: (try? Data(contentsOf: url)) ?? Data(), as: UTF8.self)
    }
}

extension ProcessRunner {
    /// A process outlived its timeout and was killed.
    public struct TimeoutError: Error, CustomStringConvertible {
        /// What was run.
        public let commandLine: String
        /// How long it was given.
        public let timeout: Duration
        /// What it printed before it was killed.
        public let result: ProcessResult

        /// Names the command and the time it was given, then its output.
        public var description: String { "\(commandLine) did not finish within \(timeout); killed\n\(result)" }
    }
}
