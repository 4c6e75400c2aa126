import Foundation
import OGCardTestSupport

#if canImport(Glibc)
    import Glibc
#endif

/// Debian's chromium, headless, driven over the DevTools protocol on a pipe
/// (`--remote-debugging-pipe`: it reads commands on descriptor 3 and writes answers on 4, each
/// a JSON message ending in a NUL byte). No port is opened and nothing is downloaded; the only
/// traffic is the pages it is told to load from the loopback server.
///
/// One page (target) per instance. Console errors, uncaught exceptions and failed loads are
/// collected from the protocol's events (`errors`).
final class HeadlessChromium {
    private let pid: pid_t
    private let commands: Int32
    private let answers: Int32
    private let profile: TemporarySite
    private var nextID = 0
    private var buffer = Data()
    private var session = ""
    /// Console errors, uncaught exceptions and failed resource loads seen so far.
    private(set) var errors: [String] = []
    private var events: [[String: Any]] = []

    /// Whether Debian's chromium is on PATH (scripts/setup installs it; CI always has it).
    static var isInstalled: Bool { Program.onPath("chromium") != nil }

    init(width: Int = 1280, height: Int = 900) throws {
        let executable = try Program.required("chromium").url
        profile = try TemporarySite()
        var toChromium: [Int32] = [0, 0]
        var fromChromium: [Int32] = [0, 0]
        guard pipe(&toChromium) == 0, pipe(&fromChromium) == 0 else { throw POSIXError(.EMFILE) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, toChromium[0], 3)
        posix_spawn_file_actions_adddup2(&actions, fromChromium[1], 4)
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        let log = profile.url("chromium.log").path
        posix_spawn_file_actions_addopen(&actions, 1, log, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, log, O_WRONLY | O_CREAT | O_APPEND, 0o644)
        let arguments = [
            executable.path, "--headless", "--remote-debugging-pipe", "--no-sandbox", "--disable-gpu",
            "--no-first-run", "--no-default-browser-check", "--disable-extensions", "--disable-background-networking",
            "--disable-sync", "--disable-component-update", "--disable-default-apps", "--mute-audio",
            "--hide-scrollbars", "--user-data-dir=\(profile.root.path)", "--window-size=\(width),\(height)",
            "about:blank",
        ]
        var argv = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var environment = ProcessInfo.processInfo.environment
        // No proxy, no desktop bus: the browser talks to the loopback server only.
        environment["no_proxy"] = "*"
        var envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for pointer in envp { free(pointer) } }
        var child: pid_t = 0
        let spawned = posix_spawn(&child, executable.path, &actions, nil, &argv, &envp)
        close(toChromium[0])
        close(fromChromium[1])
        guard spawned == 0 else {
            close(toChromium[1])
            close(fromChromium[0])
            throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EIO)
        }
        pid = child
        commands = toChromium[1]
        answers = fromChromium[0]
        let target = try call("Target.createTarget", ["url": "about:blank"], session: false)
        let targetID = try Self.string(target["targetId"])
        let attached = try call("Target.attachToTarget", ["targetId": targetID, "flatten": true], session: false)
        session = try Self.string(attached["sessionId"])
        for domain in ["Page.enable", "Runtime.enable", "Log.enable"] { _ = try call(domain) }
    }

    deinit {
        kill(pid, SIGKILL)
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        close(commands)
        close(answers)
    }

    /// Loads `url` and waits for its load event (at most `timeout`).
    func navigate(_ url: URL, timeout: Duration = .seconds(20)) throws {
        events.removeAll()
        _ = try call("Page.navigate", ["url": url.absoluteString])
        try waitForEvent("Page.loadEventFired", timeout: timeout)
    }

    /// Evaluates `expression` in the page (a promise is awaited) and returns its JSON value.
    @discardableResult
    func evaluate(_ expression: String, timeout: Duration = .seconds(20)) throws -> Any? {
        let result = try call(
            "Runtime.evaluate", ["expression": expression, "awaitPromise": true, "returnByValue": true],
            timeout: timeout)
        if let exception = result["exceptionDetails"] as? [String: Any] {
            throw BrowserError(message: "evaluation failed: \(exception)")
        }
        return (result["result"] as? [String: Any])?["value"]
    }

    /// A PNG of the whole page (beyond the window when the page is longer), at most `maxHeight` tall.
    func screenshot(maxHeight: Double = 8000) throws -> Data {
        let metrics = try call("Page.getLayoutMetrics")
        let size = metrics["cssContentSize"] as? [String: Any] ?? [:]
        let width = (size["width"] as? Double) ?? 1280
        let height = min((size["height"] as? Double) ?? 900, maxHeight)
        let shot = try call(
            "Page.captureScreenshot",
            [
                "format": "png", "captureBeyondViewport": true,
                "clip": ["x": 0, "y": 0, "width": width, "height": height, "scale": 1],
            ], timeout: .seconds(30))
        guard let data = Data(base64Encoded: try Self.string(shot["data"])) else {
            throw BrowserError(message: "screenshot was not base64")
        }
        return data
    }

    // MARK: Protocol

    /// Sends a command (to the page's session unless `session` is false) and waits for its answer,
    /// collecting the events that arrive meanwhile.
    private func call(
        _ method: String, _ parameters: [String: Any] = [:], session: Bool = true, timeout: Duration = .seconds(20)
    ) throws -> [String: Any] {
        nextID += 1
        let id = nextID
        var message: [String: Any] = ["id": id, "method": method, "params": parameters]
        if session { message["sessionId"] = self.session }
        var data = try JSONSerialization.data(withJSONObject: message)
        data.append(0)
        let written = data.withUnsafeBytes { write(commands, $0.baseAddress, $0.count) }
        guard written == data.count else { throw BrowserError(message: "chromium closed its pipe (\(method))") }
        let deadline = ContinuousClock.now + timeout
        while true {
            let message = try nextMessage(until: deadline, waitingFor: method)
            if message["id"] as? Int == id {
                if let error = message["error"] { throw BrowserError(message: "\(method): \(error)") }
                return message["result"] as? [String: Any] ?? [:]
            }
        }
    }

    private func waitForEvent(_ name: String, timeout: Duration) throws {
        if events.contains(where: { $0["method"] as? String == name }) { return }
        let deadline = ContinuousClock.now + timeout
        while true {
            let message = try nextMessage(until: deadline, waitingFor: name)
            if message["method"] as? String == name { return }
        }
    }

    /// Reads one message; events are recorded (and errors among them collected) on the way.
    private func nextMessage(until deadline: ContinuousClock.Instant, waitingFor what: String) throws -> [String: Any] {
        while true {
            if let end = buffer.firstIndex(of: 0) {
                let bytes = buffer[buffer.startIndex..<end]
                buffer = Data(buffer[(end + 1)...])
                guard let message = try JSONSerialization.jsonObject(with: bytes) as? [String: Any] else { continue }
                if message["method"] != nil { record(message) }
                return message
            }
            let left = deadline - ContinuousClock.now
            if left <= .zero { throw BrowserError(message: "timed out waiting for \(what)") }
            var request = pollfd(fd: answers, events: Int16(POLLIN), revents: 0)
            let milliseconds = Int32(min(Double(left.components.seconds) * 1000 + 1, 1000))
            guard poll(&request, 1, milliseconds) > 0 else { continue }
            var chunk = [UInt8](repeating: 0, count: 1 << 16)
            let count = read(answers, &chunk, chunk.count)
            if count <= 0 { throw BrowserError(message: "chromium exited while waiting for \(what)") }
            buffer.append(contentsOf: chunk[0..<count])
        }
    }

    private func record(_ event: [String: Any]) {
        events.append(event)
        let parameters = event["params"] as? [String: Any] ?? [:]
        switch event["method"] as? String {
        case "Runtime.exceptionThrown":
            errors.append("exception: \(parameters["exceptionDetails"] ?? "")")
        case "Runtime.consoleAPICalled" where parameters["type"] as? String == "error":
            errors.append("console.error: \(parameters["args"] ?? "")")
        case "Log.entryAdded":
            let entry = parameters["entry"] as? [String: Any] ?? [:]
            if entry["level"] as? String == "error" {
                errors.append("log: \(entry["text"] ?? "") \(entry["url"] ?? "")")
            }
        default:
            break
        }
    }

    private static func string(_ value: Any?) throws -> String {
        guard let text = value as? String else { throw BrowserError(message: "unexpected answer: \(value ?? "nil")") }
        return text
    }
}
