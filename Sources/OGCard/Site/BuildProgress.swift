/// Where a build is, reported as posts are done.
public struct BuildProgress: Sendable {
    /// Posts done (rendered, skipped or failed).
    public var done: Int
    /// Posts in the build.
    public var total: Int
    /// Cards rendered so far.
    public var rendered: Int
    /// Posts failed so far.
    public var failed: Int
    /// Seconds since the build started.
    public var elapsed: Double
}
