import Foundation

/// A page's `.Date`, `.PublishDate` and `.ExpiryDate` by Hugo's `[frontmatter]` lists: the first
/// key (or `:filename`, `:filemodtime`) that gives a readable date wins; none gives the zero date.
struct HugoPageDates {
    var date = HugoDate.zero
    var publishDate = HugoDate.zero
    var expiryDate = HugoDate.zero
    /// The slug `:filename` took from the file name (`2024-03-05-my-post` → `my-post`), when it set a date.
    var filenameSlug: String?
    /// Keys (as written) present but unreadable as dates.
    var unreadable: [String] = []

    init(front: HugoFrontMatter, file: HugoContentFile, settings: HugoSiteSettings, zone: TimeZone, fileURL: URL) {
        var unreadable: [String] = []
        var filenameSlug: String?
        func first(_ keys: [String]) -> HugoDate {
            for key in keys {
                switch key {
                case ":filename":
                    guard let (date, slug) = Self.fromFileName(file.contentBaseName, zone: zone) else { continue }
                    if front.value("slug") == nil { filenameSlug = slug }
                    return date
                case ":filemodtime":
                    let attributes = try? FileManager.default.attributesOfItem(atPath: fileURL.path)
                    guard let modified = attributes?[.modificationDate] as? Date else { continue }
                    return HugoDate(instant: modified, in: TimeZone.current)
                case ":git":
                    continue  // needs enableGitInfo and git; ogcard does not ask git
                default:
                    guard let value = front.value(key) else { continue }
                    guard let text = value.string, let date = HugoDate.parse(text, in: zone) else {
                        if let written = front.writtenKey(key), value.string != nil, !unreadable.contains(written),
                            key != "published" || front.bool("published") == nil
                        {
                            unreadable.append(written)
                        }
                        continue
                    }
                    return date
                }
            }
            return .zero
        }
        date = first(settings.dateKeys)
        publishDate = first(settings.publishDateKeys)
        expiryDate = first(settings.expiryDateKeys)
        self.filenameSlug = filenameSlug
        self.unreadable = unreadable
    }

    /// Hugo's `dateAndSlugFromBaseFilename`: a date in the first ten characters (after dropping
    /// an extension-like last dot part), the rest trimmed of ` -_` as slug.
    static func fromFileName(_ name: String, zone: TimeZone) -> (HugoDate, String)? {
        var base = name
        if let dot = base.lastIndex(of: "."), dot != base.startIndex { base = String(base[..<dot]) }
        guard base.count >= 10, let date = HugoDate.parse(String(base.prefix(10)), in: zone) else { return nil }
        let slug = String(base.dropFirst(10)).trimmingCharacters(in: CharacterSet(charactersIn: " -_"))
        return (date, slug)
    }
}
