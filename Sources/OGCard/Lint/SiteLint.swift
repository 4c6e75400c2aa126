public import Foundation
import Synchronization

/// `ogcard lint` on a site: for every published post, the tags ogcard writes for it, the card
/// file it wrote (size, type, dimensions) and the card drawn again to measure its text's
/// contrast and X's crop, against every platform's rules.
///
/// `ogcard serve` lints one post with `lint(postAt:)`; `ogcard lint` and `build --strict` the
/// whole site with `run`.
public struct SiteLint: Sendable {
    /// The site.
    public let config: SiteConfig
    /// The platforms' rules.
    public let rules: LintRules
    /// The fonts cards are drawn with.
    public let fonts: FontSet
    /// Drafts, future and unpublished posts too (as `build --drafts`).
    public let drafts: Bool

    /// A linter for `config`'s site; `rules` default to the bundled `Assets/lint/platforms.yml`.
    public init(config: SiteConfig, rules: LintRules? = nil, fonts: FontSet = .standard(), drafts: Bool = false)
        throws(Diagnostic)
    {
        self.config = config
        if let rules { self.rules = rules } else { self.rules = try LintRules.load() }
        self.fonts = fonts
        self.drafts = drafts
    }

    /// Lints every published post, or only those whose path from the site root matches one of
    /// `only` (globs such as `_posts/2024-*`), on `jobs` threads (0: all cores).
    public func run(only: [String] = [], jobs: Int = 0) throws(Diagnostic) -> LintReport {
        let build = SiteBuild(config: config, options: BuildOptions(mode: .dryRun, drafts: drafts))
        var found = try build.findPosts()
        if !only.isEmpty {
            found = found.filter { file in
                let relative = SitePaths.relative(file, to: config.root)
                return only.contains { Glob.matches(SiteConfig.normalized($0), relative) || $0 == relative }
            }
        }
        let files = found
        let context = try Context(lint: self)
        let results = Mutex((items: [LintItemReport](), failures: [Diagnostic]()))
        let workers = jobs > 0 ? jobs : ProcessInfo.processInfo.activeProcessorCount
        try RendererPool.run(count: files.count, jobs: workers, fonts: fonts, limits: config.limits) {
            index, renderer in
            do throws(Diagnostic) {
                if let item = try lint(files[index], context: context, renderer: renderer) {
                    results.withLock { $0.items.append(item) }
                }
            } catch {
                results.withLock { $0.failures.append(error) }
            }
        }
        return results.withLock { LintReport(items: $0.items, failures: $0.failures) }
    }

    /// Lints the post at `file`; nil when the generator does not publish it (a draft).
    public func lint(postAt file: URL) throws(Diagnostic) -> LintItemReport? {
        let renderer: CardRenderer
        do {
            renderer = try CardRenderer(fonts: fonts, limits: config.limits)
        } catch {
            throw Diagnostic.wrapping(error, file: nil, step: .loadFonts)
        }
        return try lint(file, context: try Context(lint: self), renderer: renderer)
    }

    /// What every post's lint shares: the planner and the manifest's slugs.
    private struct Context: Sendable {
        let planner: PostCardPlanner
        let manifest: BuildManifest

        init(lint: SiteLint) throws(Diagnostic) {
            let build = SiteBuild(config: lint.config, options: BuildOptions(mode: .dryRun, drafts: lint.drafts))
            manifest =
                (try? BuildManifest.load(from: SiteBuild.manifestFile(root: lint.config.root))) ?? BuildManifest()
            planner = try PostCardPlanner(
                config: lint.config, files: FileDigests(known: manifest.files), context: build.pageContext)
        }
    }

    private func lint(_ file: URL, context: Context, renderer: CardRenderer) throws(Diagnostic) -> LintItemReport? {
        let single = try SinglePost(file, config: config)
        let relative = single.relativePath
        let post = single.post
        let placement = try context.planner.pages.place(post, relativePath: relative)
        if case .hidden = placement.visibility { return nil }
        let slug = SlugAssignment.recordedSlug(of: relative, in: context.manifest) ?? post.slug
        let planned = try context.planner.plan(
            post, source: file, body: single.body, slug: slug, placement: placement)
        // The URL the build gave the card: with its fingerprint, from the card on disk.
        let plan = CardFingerprint.current(
            planned, recorded: context.manifest.posts[relative]?.card, root: config.root,
            mode: config.imageURLFingerprint)
        let tags = plan.meta.metaTags()
        var image: LintImageFile?
        var missing: String?
        var card: CardInspection?
        if let cardFile = plan.cardFile {
            let label = SitePaths.relative(cardFile, to: config.root)
            image = LintImageFile.read(cardFile, label: label)
            if image == nil { missing = "\(label) (run ogcard build)" }
            do {
                card = try renderer.inspect(plan.content, layout: plan.layout)
            } catch {
                throw error.located(file: relative, line: nil)
            }
        } else if let path = plan.post.image?.path, path.hasPrefix("/") {
            // The post's own picture: checked when it is a file of the site's (Hugo serves static/).
            let local = path.split(separator: "?").first.map(String.init) ?? path
            image =
                [local, "/static" + local].lazy.compactMap {
                    LintImageFile.read(
                        config.root.appendingPathComponent(String($0.dropFirst())), label: String($0.dropFirst()))
                }.first
        }
        let (findings, contrast) = TagLint(rules: rules).check(
            tags: tags, image: image, missingImage: missing, card: card)
        return LintItemReport(
            item: relative, url: tags.first { $0.key == "og:url" }?.content,
            image: image?.label
                ?? plan.cardFile.map {
                    SitePaths.relative($0, to: config.root)
                }, imageBytes: image?.bytes, findings: findings, contrast: contrast)
    }
}
