import Foundation

/// Path and URL helpers for a site.
enum SitePaths {
    /// `path` relative to `root` with `/` separators, or the absolute path when outside it.
    static func relative(_ url: URL, to root: URL) -> String {
        // Paths with no `.` component and no doubled slash are already standard: standardizing
        // two URLs per call was a tenth of a no-op build of 100 000 posts.
        let plainFile = url.path
        let plainBase = root.path
        if isStandard(plainFile), isStandard(plainBase) {
            let prefix = plainBase.hasSuffix("/") ? plainBase : plainBase + "/"
            if plainFile.hasPrefix(prefix) { return String(plainFile.dropFirst(prefix.count)) }
        }
        let file = url.standardizedFileURL.path
        let base = root.standardizedFileURL.path
        let prefix = base.hasSuffix("/") ? base : base + "/"
        return file.hasPrefix(prefix) ? String(file.dropFirst(prefix.count)) : file
    }

    /// An absolute path with no `.` or `..` component and no doubled slash.
    private static func isStandard(_ path: String) -> Bool {
        // Byte by byte: `String.contains(String)` goes through Foundation's locale-aware search.
        let slash = UInt8(ascii: "/")
        let dot = UInt8(ascii: ".")
        var bytes = path.utf8.makeIterator()
        guard bytes.next() == slash else { return false }
        // How the current component started: 0 = just after a slash, then dots seen, -1 = other.
        var dots = 0
        while let byte = bytes.next() {
            if byte == slash {
                if dots >= 0 && dots <= 2 { return false }
                dots = 0
            } else if byte == dot, dots >= 0 {
                dots += 1
            } else {
                dots = -1
            }
        }
        return dots != 1 && dots != 2
    }

    /// Joins URL path parts with single slashes.
    static func join(_ base: String, _ name: String) -> String {
        var base = base
        while base.hasSuffix("/") { base.removeLast() }
        return base + "/" + name
    }

    /// The card file name from the config's pattern (`{slug}.png`, `{year}/{slug}.png` …).
    static func fileName(pattern: String, slug: String, date: PostDate?) -> String {
        let day = date?.day ?? ""
        let parts = day.split(separator: "-")
        return
            pattern
            .replacingOccurrences(of: "{slug}", with: slug)
            .replacingOccurrences(of: "{date}", with: day)
            .replacingOccurrences(of: "{year}", with: parts.count == 3 ? String(parts[0]) : "")
            .replacingOccurrences(of: "{month}", with: parts.count == 3 ? String(parts[1]) : "")
            .replacingOccurrences(of: "{day}", with: parts.count == 3 ? String(parts[2]) : "")
    }
}
