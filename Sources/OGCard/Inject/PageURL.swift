/// Where a built page is served and where its card goes, from its path in the folder.
enum PageURL {
    /// The page's URL path from the folder: `a/b/index.html` → `a/b/`, `index.html` → ``,
    /// `a/b.html` → `a/b.html` (how static hosts serve folders' index pages).
    static func path(of relativePath: String) -> String {
        let parts = relativePath.split(separator: "/", omittingEmptySubsequences: false)
        guard let last = parts.last, ["index.html", "index.htm"].contains(last.lowercased()) else {
            return relativePath
        }
        return parts.dropLast().map { $0 + "/" }.joined()
    }

    /// The card's path in the folder: the page's path with `.png` for `.html`, under `cards`
    /// (`og/a/b/index.png`), so every page has its own and no two collide.
    static func cardPath(of relativePath: String, cards: String) -> String {
        var base = relativePath
        if let dot = base.lastIndex(of: "."), !base[dot...].contains("/") { base = String(base[..<dot]) }
        return SitePaths.join(cards, base + ".png")
    }
}
