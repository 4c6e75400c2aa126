/// What `ogcard lint` found for one post or built page: its findings, and the contrast of each
/// text layer of its card when ogcard drew it. `ogcard serve` shows one of these per post.
public struct LintItemReport: Hashable, Sendable, Codable {
    /// The post's path from the site root, or the page's path in the built site.
    public var item: String
    /// The page's `og:url`, when it has one.
    public var url: String?
    /// The card file checked, relative to the site root (or the built site's folder).
    public var image: String?
    /// The card file's size in bytes, when it was found.
    public var imageBytes: Int?
    /// What is wrong, errors first.
    public var findings: [LintFinding]
    /// Each text layer's measured contrast (only for cards ogcard draws).
    public var contrast: [LintContrast]

    /// Creates a report.
    public init(
        item: String, url: String? = nil, image: String? = nil, imageBytes: Int? = nil, findings: [LintFinding] = [],
        contrast: [LintContrast] = []
    ) {
        self.item = item
        self.url = url
        self.image = image
        self.imageBytes = imageBytes
        self.findings = findings
        self.contrast = contrast
    }

    /// How many findings are errors.
    public var errors: Int { findings.count { $0.severity == .error } }
    /// How many findings are warnings.
    public var warnings: Int { findings.count { $0.severity == .warning } }
}
