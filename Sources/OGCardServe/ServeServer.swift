import CCardKernels
import FlyingFox
import FlyingSocks
public import Foundation
public import OGCard
import Synchronization

/// `ogcard serve`: a loopback HTTP server (FlyingFox) with a gallery of every post's card, a page
/// per post with each platform's unfurl mock-up, live updates as the site changes (server-sent
/// events), and a design playground.
///
/// It never writes to the site: cards are drawn into a temporary folder of its own, removed by
/// `stop()`. `start()` binds and plans every post; `watch(stop:)` then draws the cards and
/// keeps them current until told to stop.
public final class ServeServer: Sendable {
    private let options: ServeOptions
    private let previewer: SitePreviewer
    private let interactive: InteractiveRenderer
    private let hub = EventHub()
    private let server: HTTPServer
    private let serverTask = Mutex<Task<Void, any Error>?>(nil)
    private let boundPort = BoundPort()
    private let loadConfig: @Sendable () throws(Diagnostic) -> SiteConfig
    private let watcher = Mutex<SiteChangeWatcher?>(nil)
    /// The temporary folder the previews are drawn into.
    public let temporaryFolder: URL

    /// A server for the site whose config `loadConfig` reads (again after every change).
    /// - Throws: a `Diagnostic` when the temporary folder cannot be made, the page files are
    ///   missing from the resources, or `options.host` is not an IP address.
    public init(
        loadConfig: @escaping @Sendable () throws(Diagnostic) -> SiteConfig, options: ServeOptions = ServeOptions(),
        fonts: FontSet = .standard(), resources: ResourceLocator = .locate(), lint: (any ServeLintProvider)? = nil
    ) throws(Diagnostic) {
        self.options = options
        self.loadConfig = loadConfig
        var template = Array((FileManager.default.temporaryDirectory.path + "/ogcard-serve-XXXXXX").utf8CString)
        guard let made = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else {
            throw Diagnostic(step: .render, reason: "cannot make a temporary folder for the previews")
        }
        temporaryFolder = URL(fileURLWithPath: String(cString: made), isDirectory: true)
        previewer = SitePreviewer(
            loadConfig: loadConfig, fonts: fonts, folder: temporaryFolder, jobs: options.jobs, hub: hub)
        interactive = InteractiveRenderer(fonts: fonts)
        let assets = try Self.loadAssets(resources)
        let address: any SocketAddress
        do {
            address =
                options.host.contains(":")
                ? try sockaddr_in6.inet6(ip6: options.host == "localhost" ? "::1" : options.host, port: options.port)
                : try sockaddr_in.inet(
                    ip4: options.host == "localhost" ? "127.0.0.1" : options.host, port: options.port)
        } catch {
            throw Diagnostic(step: .checkConfig, reason: "--host '\(options.host)' is not an IP address")
        }
        let loopback = options.isLoopback
        let port = boundPort
        let host = options.host
        let routes = ServeRoutes(
            previewer: previewer, interactive: interactive, hub: hub, assets: assets, lint: lint,
            allowedHosts: {
                guard loopback else { return nil }
                let number = port.value
                return Set([host, "127.0.0.1", "localhost", "[::1]"].map { "\($0):\(number)" })
            })
        server = HTTPServer(address: address, timeout: Self.requestTimeout, logger: .disabled, handler: routes)
    }

    /// Seconds a request's handler may take (FlyingFox answers 500 after). FlyingFox 0.27.1 races
    /// every request against a `Task.sleep` of this length, and on Linux a cancelled sleep keeps
    /// its task and dispatch timer (about 0.4 KB) until the deadline passes: resident memory
    /// grows with the requests of the last `requestTimeout` seconds, then stays level. 90 s let
    /// a fast client hold tens of megabytes; 20 s holds a fifth of that, and still outlasts
    /// `ServeRoutes.cardWait` and a full queue of playground renders.
    static let requestTimeout: TimeInterval = 20

    /// Binds, plans every post and returns the URL to open. Drawing starts in `watch(stop:)`.
    /// - Throws: when the address cannot be bound (the port is taken).
    public func start() async throws -> URL {
        let server = server
        let task = Task { try await server.run() }
        serverTask.withLock { $0 = task }
        do {
            try await server.waitUntilListening(timeout: 10)
        } catch {
            task.cancel()
            if case .failure(let failure) = await task.result { throw failure }
            throw error
        }
        var port = options.port
        if case .ip4(_, let bound)? = await server.listeningAddress { port = bound }
        if case .ip6(_, let bound)? = await server.listeningAddress { port = bound }
        boundPort.value = port
        // The watch starts from the files as they are before planning, so no save is missed;
        // every post is listed before the URL is given; the cards are drawn by `watch(stop:)`.
        if let config = try? loadConfig() {
            let made = makeWatcher(config)
            watcher.withLock { $0 = made }
        }
        previewer.refresh(draw: false)
        let host = options.host.contains(":") ? "[\(options.host)]" : options.host
        return URL(string: "http://\(host):\(port)/")!
    }

    /// Plans and draws every card, then redraws what each change affects, until `stop` returns
    /// true (asked at least every 100 ms). Blocks the calling thread.
    public func watch(stop: () -> Bool) {
        previewer.drawDeferred()
        var current = watcher.withLock { $0 }
        if current == nil, let config = previewer.config { current = makeWatcher(config) }
        var lastTrim = ContinuousClock.now
        current?.run(stop: {
            if ContinuousClock.now - lastTrim > Self.trimInterval {
                Self.returnFreeMemory()
                lastTrim = .now
            }
            return stop()
        })
    }

    /// How often freed heap pages go back to the system while serving.
    static let trimInterval = Duration.seconds(10)

    /// Hands the heap's free pages back (glibc `malloc_trim`). A burst of requests frees its
    /// memory once FlyingFox's request timeouts pass, but glibc keeps the pages, spread over a
    /// malloc arena per thread; without this, resident memory stays at the burst's peak.
    private static func returnFreeMemory() {
        ogc_return_free_memory()
    }

    private func makeWatcher(_ config: SiteConfig) -> SiteChangeWatcher {
        var config = config
        if config.url == nil { config.allowRelativeURLs = true }
        return SiteChangeWatcher(
            previewer: previewer, hub: hub, config: config, debounce: options.debounce, poll: options.poll)
    }

    /// Closes every connection, stops listening and removes the temporary folder.
    public func stop() async {
        hub.finish()
        await server.stop(timeout: 1)
        serverTask.withLock { $0?.cancel() }
        try? FileManager.default.removeItem(at: temporaryFolder)
    }

    /// Cards drawn so far (the first pass and every redraw), for reports and tests.
    public var renderedCount: Int { previewer.renderedCount }

    /// The page files, read once: the server never reads files by request path.
    private static func loadAssets(_ resources: ResourceLocator) throws(Diagnostic) -> [String: (
        type: String, data: Data
    )] {
        let folder = resources.assetsDirectory.appendingPathComponent("serve")
        var assets: [String: (type: String, data: Data)] = [:]
        for (name, type) in [
            ("serve.css", "text/css; charset=utf-8"), ("serve.js", "text/javascript; charset=utf-8"),
        ] {
            guard let data = try? Data(contentsOf: folder.appendingPathComponent(name)) else {
                throw Diagnostic(
                    file: folder.appendingPathComponent(name).path, step: .readConfig,
                    reason: "ogcard serve's page file is missing (reinstall ogcard, or set OGCARD_RESOURCES)")
            }
            assets[name] = (type, data)
        }
        return assets
    }
}
