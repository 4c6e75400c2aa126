import Foundation

/// Safe file-name slugs for posts.
///
/// A slug contains only `a`–`z`, `0`–`9` and single `-` between them, so it can never
/// contain `/`, `..`, control characters or be empty: it is safe to join onto an output
/// directory. Accents are folded (`Café` → `cafe`), apostrophes dropped (`I'd` → `id`),
/// anything else becomes `-`. When nothing usable is left (emoji-only or non-Latin
/// text) the fallback is `post-` + the first 8 hex digits of the SHA-256 of the file
/// name (not the full path, so the slug stays the same when the site is cloned elsewhere).
package enum PostSlug {
    /// The longest slug produced; long titles are cut at a `-` boundary when possible.
    package static let maximumLength = 80

    /// A safe slug from arbitrary text, or `nil` when no ASCII letter or digit survives.
    /// Whether `sanitize` would return these bytes unchanged: runs of `a-z0-9` joined by single
    /// hyphens, at most `maximumLength` long. Checked byte by byte, for every post's recorded
    /// slug on every build (`sanitize` folds and lowercases through Foundation first).
    package static func isSanitized(_ bytes: some Collection<UInt8>) -> Bool {
        guard !bytes.isEmpty, bytes.count <= maximumLength else { return false }
        var previousWasHyphen = true
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                previousWasHyphen = false
            case UInt8(ascii: "-"):
                if previousWasHyphen { return false }
                previousWasHyphen = true
            default: return false
            }
        }
        return !previousWasHyphen
    }

    package static func sanitize(_ text: String) -> String? {
        let folded = text.folding(
            options: [.diacriticInsensitive, .widthInsensitive], locale: Locale(identifier: "en_US_POSIX")
        )
        .lowercased()
        var slug = ""
        for scalar in folded.unicodeScalars {
            switch scalar {
            case "a"..."z", "0"..."9": slug.unicodeScalars.append(scalar)
            case "'", "\u{2019}", "\u{2018}": continue
            default: if !slug.isEmpty, slug.last != "-" { slug.append("-") }
            }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        if slug.count > maximumLength {
            slug = String(slug.prefix(maximumLength))
            if let cut = slug.lastIndex(of: "-"), slug.distance(from: slug.startIndex, to: cut) > maximumLength / 2 {
                slug = String(slug[..<cut])
            }
            while slug.hasSuffix("-") { slug.removeLast() }
        }
        return slug.isEmpty ? nil : slug
    }

    /// The file name without directory, extension and `YYYY-MM-DD-` prefix
    /// (`_posts/2017-06-02-pycon-us-2017.md` → `pycon-us-2017`), not yet sanitised. A page
    /// bundle's `index.md` / `_index.md` (Hugo, Eleventy) is named by its folder.
    package static func baseName(ofPath path: String) -> String {
        var name = (path as NSString).lastPathComponent
        let ext = (name as NSString).pathExtension
        if !ext.isEmpty { name = String(name.dropLast(ext.count + 1)) }
        if name == "index" || name == "_index" {
            let folder = ((path as NSString).deletingLastPathComponent as NSString).lastPathComponent
            if !folder.isEmpty && folder != "." && folder != "/" { name = folder }
        }
        if PostDate(fileName: name + "-x") != nil, name.count >= 11 {
            name = String(name.dropFirst(11))
        }
        return name
    }

    /// `post-` + 8 hex digits of SHA-256 of the file name: stable, and distinct per file.
    package static func fallback(forPath path: String) -> String {
        let name = (path as NSString).lastPathComponent
        return "post-" + SHA256Digest.hex(Array(name.utf8)).prefix(8)
    }

    /// The slug for a post: the `slug:` value if it sanitises to something, else the
    /// file name's base name, else the hash fallback.
    package static func make(frontMatterSlug: String?, path: String) -> String {
        if let given = frontMatterSlug, let slug = sanitize(given) { return slug }
        if let slug = sanitize(baseName(ofPath: path)) { return slug }
        return fallback(forPath: path)
    }

    /// Makes slugs unique, keeping order: the first `foo` stays `foo`, later ones become
    /// `foo-2`, `foo-3`, … skipping any name already used anywhere in the input or in `reserved`,
    /// so the result depends only on the input order. A slug in `reserved` (one already given
    /// out, such as a card an earlier build named) gets a counter even the first time.
    package static func uniqued(_ slugs: [String], avoiding reserved: Set<String> = []) -> [String] {
        // A post literally named `foo-2` keeps its name: counters skip every name in the input.
        var taken = reserved.union(slugs)
        var given = reserved
        // The next counter per slug, so many repeats cost linear time, not quadratic.
        var counters: [String: Int] = [:]
        return slugs.map { slug in
            if given.insert(slug).inserted { return slug }
            var counter = counters[slug] ?? 2
            while taken.contains("\(slug)-\(counter)") { counter += 1 }
            counters[slug] = counter + 1
            let unique = "\(slug)-\(counter)"
            taken.insert(unique)
            given.insert(unique)
            return unique
        }
    }
}
