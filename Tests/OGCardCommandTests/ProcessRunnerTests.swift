import Foundation
import OGCardTestSupport
import Testing

/// The one way the tests run programs: both streams whole, whatever their size and order; a
/// timeout that kills; a missing program that fails instead of passing.
@Suite struct ProcessRunnerTests {
    static let shell = URL(fileURLWithPath: "/bin/sh")

    @Test func bothStreamsAreReadWholeWhateverTheirSizeAndOrder() throws {
        // 1 MiB to standard error, then 1 MiB to standard output: far more than a pipe holds, so
        // a runner reading standard output to its end before standard error would wait forever.
        let script = "head -c 1048576 /dev/zero | tr '\\0' e >&2; head -c 1048576 /dev/zero | tr '\\0' o; exit 3"
        let result = try ProcessRunner.run(
            Self.shell, ["-c", script], in: FileManager.default.temporaryDirectory, timeout: .seconds(120))
        #expect(result.status == 3 && !result.signaled)
        #expect(result.stderr.utf8.count == 1_048_576 && result.stderr.utf8.allSatisfy { $0 == UInt8(ascii: "e") })
        #expect(result.stdout.utf8.count == 1_048_576 && result.stdout.utf8.allSatisfy { $0 == UInt8(ascii: "o") })
    }

    @Test func theEnvironmentIsAddedToThisProcesssOwn() throws {
        let result = try ProcessRunner.run(
            Self.shell, ["-c", "printf '%s %s' \"$OGCARD_RUNNER_TEST\" \"${PATH:+has-path}\""],
            in: FileManager.default.temporaryDirectory, environment: ["OGCARD_RUNNER_TEST": "set"])
        #expect(result.stdout == "set has-path")
    }

    @Test func aProgramPastItsTimeoutIsKilledAndTheRunThrowsWithItsOutput() throws {
        let clock = ContinuousClock()
        let start = clock.now
        let error = #expect(throws: ProcessRunner.TimeoutError.self) {
            try ProcessRunner.run(
                Self.shell, ["-c", "echo started; exec sleep 60"], in: FileManager.default.temporaryDirectory,
                timeout: .milliseconds(500))
        }
        #expect(clock.now - start < .seconds(30))
        #expect(error?.result.signaled == true && error?.result.status == SIGKILL)
        #expect(error?.result.stdout == "started\n")
    }

    @Test func aMissingProgramThrowsNamingIt() {
        let error = #expect(throws: MissingProgram.self) { try Program.required("ogcard-no-such-program") }
        #expect(error?.description.hasPrefix("ogcard-no-such-program: not on PATH") == true)
        #expect(Program.onPath("sh") != nil)
    }
}
