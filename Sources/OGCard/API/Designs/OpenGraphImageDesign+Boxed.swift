extension OpenGraphImageDesign {
    /// custom, classic and devto: a box inset in the page, the title from its top, and one
    /// bottom row with tags and author.
    func boxedLayout() -> CardLayout {
        // Placeholder until the parity issue: the boxed styles share modern's drawing for now.
        modernLayout()
    }
}
