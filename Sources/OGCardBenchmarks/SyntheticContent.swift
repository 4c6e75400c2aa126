public import OGCard

/// Deterministic made-up card content for benchmarks: Latin titles of varied length mixed with
/// emoji, CJK, Arabic, Hebrew and very long titles, so that a run exercises every text path.
public struct SyntheticContent: Sendable {
    private var state: UInt64

    /// A generator; the same seed gives the same sequence.
    public init(seed: UInt64 = 0x0C_CA_4D) {
        state = seed
    }

    private static let words = [
        "Swift", "static", "site", "generator", "notes", "from", "the", "conference", "Django", "Python",
        "weekly", "links", "building", "a", "faster", "build", "step", "with", "caching", "social", "cards",
        "open", "graph", "release", "migrating", "to", "Linux", "server", "tips", "for", "better", "testing",
        "Unicode", "café", "naïve", "résumé", "über", "Jekyll", "Hugo", "Eleventy", "deploying", "on", "Friday",
    ]
    private static let emoji = ["🚀", "👍🏽", "👩‍💻", "🇯🇵", "🎉", "☕️", "1️⃣", "👨‍👩‍👧‍👦", "🐍", "✨"]
    private static let cjk = ["静的サイト", "ジェネレーター", "日本語", "中文标题", "한국어", "東京", "開発者", "のメモ"]
    private static let arabic = ["مرحبا", "بالعالم", "عنوان", "عربي", "طويل"]
    private static let hebrew = ["שלום", "עולם", "כותרת", "בעברית"]
    private static let tags = [
        "swift", "python", "django", "hugo", "jekyll", "linux", "cards", "til", "life", "travel",
    ]

    private mutating func next(_ bound: Int) -> Int {
        // SplitMix64: fast, well distributed, and stable across platforms.
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(bound))
    }

    private mutating func pick(_ list: [String]) -> String { list[next(list.count)] }

    /// The next title; `index` keeps titles unique.
    public mutating func title(index: Int) -> String {
        let kind = next(20)
        var parts: [String] = []
        let length = kind == 19 ? 40 : 2 + next(9)
        for _ in 0..<length { parts.append(pick(Self.words)) }
        switch kind {
        case 0...3: parts.insert(pick(Self.emoji), at: next(parts.count))
        case 4...5: parts = [pick(Self.cjk) + pick(Self.cjk) + pick(Self.cjk)] + parts.prefix(2)
        case 6: parts = (0..<4).map { _ in pick(Self.arabic) } + parts.prefix(1)
        case 7: parts = (0..<3).map { _ in pick(Self.hebrew) } + parts.prefix(2)
        default: break
        }
        return parts.joined(separator: " ") + " #\(index)"
    }

    /// The next card: a title plus 0–4 tags and an author.
    public mutating func content(index: Int) -> CardContent {
        let title = title(index: index)
        let tagCount = next(5)
        let tags = (0..<tagCount).map { _ in pick(Self.tags) }
        return CardContent(title: title, author: "author\(next(7))", tags: Array(Set(tags)).sorted())
    }
}
