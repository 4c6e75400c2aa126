extension Duration {
    /// The duration in seconds, for summaries and benchmarks.
    package var seconds: Double {
        let parts = components
        return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
    }
}
