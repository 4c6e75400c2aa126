extension String {
    /// The string with `0` in front until it is `width` characters long.
    func leftPadding(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
