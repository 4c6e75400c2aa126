/// `inject:` in ogcard.yml: how `ogcard inject` treats a built site's folder.
public struct InjectSettings: Hashable, Sendable {
    /// A design for the pages a glob matches.
    public struct DesignRule: Hashable, Sendable {
        /// The glob, matched against the page's path in the folder (`tags/**`; a leading `/` is ignored).
        public var glob: String
        /// The design of those pages' cards.
        public var design: SiteDesign
    }

    /// `cards`: the folder inside the built site the cards go in.
    public var cards = "og"
    /// `include`: globs of the pages that get cards (all HTML pages when empty).
    public var include: [String] = []
    /// `exclude`: globs of pages that get none.
    public var exclude: [String] = []
    /// `designs`: per-glob designs, the first match winning; other pages get the site's `design`.
    public var designs: [DesignRule] = []

    /// The keys of the `inject:` mapping.
    static let keys = ["cards", "include", "exclude", "designs"]

    /// The defaults.
    public init() {}

    /// `glob` as matched: without a leading `/`.
    static func normalized(_ glob: String) -> String {
        String(glob.drop { $0 == "/" })
    }
}
