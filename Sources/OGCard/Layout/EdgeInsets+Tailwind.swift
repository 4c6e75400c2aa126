extension EdgeInsets {
    /// Pixels from Tailwind margins; a side no class set is 0.
    init(_ margins: TailwindMargins) {
        self.init(
            top: Double(margins.top ?? 0), right: Double(margins.right ?? 0),
            bottom: Double(margins.bottom ?? 0), left: Double(margins.left ?? 0))
    }
}
