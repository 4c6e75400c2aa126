/// How `ogcard serve` listens and watches.
public struct ServeOptions: Sendable {
    /// The address to bind: 127.0.0.1 unless the user asks for another.
    public var host: String
    /// The port; 0 picks a free one (the URL printed says which).
    public var port: UInt16
    /// Worker threads for rendering every card (0: all cores).
    public var jobs: Int
    /// Quiet time after a change before cards re-render, so one save (or a burst) is one update.
    public var debounce: Duration
    /// Poll the site's files instead of using inotify (also `OGCARD_WATCH_POLL=1`).
    public var poll: Bool

    /// Options; by default 127.0.0.1:4545, all cores, 150 ms debounce.
    public init(
        host: String = "127.0.0.1", port: UInt16 = 4545, jobs: Int = 0, debounce: Duration = .milliseconds(150),
        poll: Bool = false
    ) {
        self.host = host
        self.port = port
        self.jobs = jobs
        self.debounce = debounce
        self.poll = poll
    }

    /// Whether `host` reaches only this machine (the command warns when it does not).
    public var isLoopback: Bool { LoopbackHost.isLoopback(host) }
}
