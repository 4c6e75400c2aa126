/// Whether a `--host` address reaches only this machine. `ogcard serve` binds 127.0.0.1 by
/// default and warns for anything else: its pages show unpublished drafts and local paths.
enum LoopbackHost {
    /// True for `127.0.0.0/8`, `::1` and `localhost`.
    static func isLoopback(_ host: String) -> Bool {
        if host == "localhost" || host == "::1" || host == "[::1]" { return true }
        let parts = host.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4 && parts[0] == "127" && parts.allSatisfy { UInt8($0) != nil }
    }
}
