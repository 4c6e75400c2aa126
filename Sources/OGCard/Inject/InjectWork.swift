import Foundation
import Synchronization

/// The second pass of `ogcard inject`, in parallel: for each page, plan its card, render it when
/// its digest changed or it is missing, then splice the tags into the page.
struct InjectWork: Sendable {
    /// The card planners: the site's design, and one per `inject.designs` glob.
    struct Planners: Sendable {
        let site: PostCardPlanner
        let designed: [(String, PostCardPlanner)]

        /// The planner of the page at `path`: the first glob matching it, else the site's.
        func planner(for path: String) -> PostCardPlanner {
            designed.first { Glob.matches($0.0, path) }?.1 ?? site
        }
    }

    let pages: [InjectedPage]
    let suffix: TitleSuffix?
    let planners: Planners
    let resolver: SiteURLResolver
    let places: InjectPlaces
    let manifest: BuildManifest
    let fonts: FontSet
    let fontDigest: String
    /// File digests, and the cards' fingerprints, remembered in the manifest.
    let digests: FileDigests
    let mode: BuildOptions.Mode
    let progress: BuildProgressCounter

    var config: SiteConfig { planners.site.config }

    /// What the workers made, merged.
    struct Results: Sendable {
        var entries: [String: BuildManifest.Entry] = [:]
        var diagnostics: [Diagnostic] = []
        var stale: [String] = []
        var rendered = 0
        var rewritten = 0
        var upToDate = 0

        mutating func merge(_ other: Results) {
            entries.merge(other.entries) { $1 }
            diagnostics += other.diagnostics
            stale += other.stale
            rendered += other.rendered
            rewritten += other.rewritten
            upToDate += other.upToDate
        }
    }

    /// Runs on `jobs` workers, each with its own renderer.
    func run(jobs: Int) throws(Diagnostic) -> Results {
        let results = Mutex(Results())
        try RendererPool.run(count: pages.count, jobs: jobs, fonts: fonts, limits: config.limits) { index, renderer in
            let page = pages[index]
            var local = Results()
            do {
                try process(page, renderer: renderer, into: &local)
            } catch {
                local.diagnostics.append(
                    Diagnostic.wrapping(error, file: page.found.relativePath, step: .layOut).located(
                        file: page.found.relativePath, line: nil))
            }
            results.withLock { $0.merge(local) }
            progress.finished(
                rendered: local.rendered, failed: local.diagnostics.contains { $0.severity == .error })
        }
        return results.withLock { all in
            all.diagnostics.sort(by: Diagnostic.inReportOrder)
            all.stale.sort()
            return all
        }
    }

    /// One page: plan, card, page, then its manifest entry.
    private func process(_ page: InjectedPage, renderer: CardRenderer, into results: inout Results) throws(Diagnostic) {
        let path = page.found.relativePath
        let cardPath = PageURL.cardPath(of: path, cards: places.cardsRelative)
        let plan = try planCard(page, cardPath: cardPath)
        results.diagnostics += plan.diagnostics.filter { $0.severity != .note }
        let digest = ContentFingerprint.card(
            content: plan.content, layoutDigest: plan.layoutDigest,
            settings: config.cardSettings(fontDigest: fontDigest))
        let card = try renderCard(
            plan, path: path, cardPath: cardPath, digest: digest, renderer: renderer, into: &results)
        // og:image carries the card's digest (`image_url_fingerprint`), known only now that the
        // card exists: the page is written after it, with that URL.
        var meta = plan.meta
        if let hash = card.fingerprint {
            meta.imageURL = CardFingerprint.apply(hash, to: meta.imageURL, mode: config.imageURLFingerprint)
        }
        let fingerprint = try inject(meta, into: page, into: &results)
        results.entries[path] = BuildManifest.Entry(
            source: fingerprint, slug: cardPath, card: card.file, snippet: nil, digest: digest,
            language: page.facts.language)
    }

    /// Step `.layOut`: the card's design, text and layout from the page, and its tags.
    private func planCard(_ page: InjectedPage, cardPath: String) throws(Diagnostic) -> PostCardPlan {
        let facts = page.facts
        let path = page.found.relativePath
        let post = PageText.post(for: page, suffix: suffix, config: config)
        let language = facts.language ?? config.language
        let pageURL = try self.pageURL(of: path, declared: facts.canonical ?? facts.existing("og:url"))
        let planner = planners.planner(for: path)
        var plan = try planner.plan(
            post, source: URL(fileURLWithPath: places.root + "/" + path), body: "", slug: cardPath,
            placement: PagePlacement(url: pageURL, language: language),
            alternateLocales: facts.existing["og:locale:alternate"] ?? [])
        plan.content.siteName = (config.name ?? suffix?.name ?? facts.existing("og:site_name") ?? "").cut(
            toCharacters: config.limits.titleCharacters)
        var meta = plan.meta
        meta.type = facts.existing("og:type") ?? (post.date == nil ? "website" : "article")
        meta.siteName = config.name ?? facts.existing("og:site_name") ?? suffix?.name ?? ""
        meta.imageURL = try absolute(cardPath, page: path)
        meta.imageType = "image/png"
        meta.imageWidth = 1200
        meta.imageHeight = 630
        meta.imageAlt = nil
        meta.twitterSite = config.twitter ?? facts.existing("twitter:site") ?? ""
        meta.twitterCreator = facts.existing("twitter:creator") ?? config.twitter ?? ""
        // A date the page gives but that is not one: kept as the page wrote it.
        if post.date == nil, let published = facts.published { meta.publishedTime = published }
        plan.meta = meta
        return plan
    }

    /// What `renderCard` did: the card's file (from the folder; with `image_url_fingerprint:
    /// name`, named after its bytes) and its fingerprint (nil when URLs carry none, or no card
    /// exists yet in a mode that writes nothing).
    private struct CardOutcome {
        var file: String
        var fingerprint: String?
    }

    /// Steps `.render` and `.writeCard`: the card when it is missing or its digest changed (or,
    /// with `image_url_fingerprint: name`, when its file is not named after its bytes). An
    /// unchanged card's fingerprint is read from its file, so its URL stays the same bytes.
    private func renderCard(
        _ plan: PostCardPlan, path: String, cardPath: String, digest: String, renderer: CardRenderer,
        into results: inout Results
    ) throws(Diagnostic) -> CardOutcome {
        let naming = config.imageURLFingerprint
        // With `name`, the file the last run left carries the old fingerprint in its name.
        let recorded = manifest.posts[path]?.card.flatMap { CardFingerprint.strip($0) == cardPath ? $0 : nil }
        let existing = naming == .name ? (recorded ?? cardPath) : cardPath
        let target = try checkedCard(existing, page: path)
        let missing = !FileManager.default.fileExists(atPath: target.path)
        if !missing, manifest.posts[path]?.digest == digest {
            let fingerprint = naming == .none ? nil : digests.cardFingerprint(of: target)
            let named = fingerprint.map { existing == CardFingerprint.apply($0, to: cardPath, mode: .name) }
            if naming != .name || named == true {
                results.upToDate += 1
                return CardOutcome(file: existing, fingerprint: fingerprint)
            }
        }
        results.rendered += 1
        guard mode.writes else {
            results.stale.append("\(path): \(verb)render \(existing)\(missing ? " (missing)" : "")")
            // Not drawn: the tags a run would compare carry the fingerprint of the card on disk.
            let fingerprint = missing || naming == .none ? nil : digests.cardFingerprint(of: target)
            return CardOutcome(file: existing, fingerprint: fingerprint)
        }
        let card = try renderer.render(plan.content, layout: plan.layout, maxBytes: config.maxCardBytes)
        let fingerprint = CardFingerprint.of(card.pngData)
        let written = naming == .name ? CardFingerprint.apply(fingerprint, to: cardPath, mode: .name) : cardPath
        let destination = try checkedCard(written, page: path)
        do {
            try FileManager.default.createDirectory(
                at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
        } catch {
            throw Diagnostic(file: path, step: .writeCard, reason: "cannot create the card's folder: \(error)")
        }
        if let reduction = card.sizeReduction {
            let said = reduction.diagnostic(post: path, card: written)
            if said.severity != .note { results.diagnostics.append(said) }
        }
        do {
            try OwnedFile.card.checkReplaceable(destination)
            try FileOutput.writeAtomically(card.pngData, to: destination)
            digests.rememberCard(destination, fingerprint: fingerprint)
        } catch {
            guard error.step == .writeFile else { throw error }
            throw Diagnostic(file: written, step: .writeFile, reason: error.reason).reported(
                on: path, during: .writeCard)
        }
        return CardOutcome(file: written, fingerprint: naming == .none ? nil : fingerprint)
    }

    /// Where to write the card `relative` (from the folder), when it lies inside the card folder.
    private func checkedCard(_ relative: String, page: String) throws(Diagnostic) -> URL {
        do {
            return try places.checked(relative, inside: places.cards)
        } catch {
            throw error.reported(on: page, during: .writeCard)
        }
    }

    /// Step `.injectTags`: the page with its tags, written when it changes and only if it is
    /// still what the first pass read. Returns the fingerprint the manifest records.
    private func inject(_ meta: MetaTags, into page: InjectedPage, into results: inout Results) throws(Diagnostic)
        -> String
    {
        let path = page.found.relativePath
        let target = try places.checked(path, inside: places.root)
        let original: Data
        do {
            original = try RegularFile.read(target)
        } catch {
            throw Diagnostic(file: path, step: .readPage, reason: error.reason)
        }
        guard ContentFingerprint.fnv1a(original) == page.fingerprint else {
            results.diagnostics.append(
                Diagnostic(
                    .warning, file: path, step: .checkUnchanged,
                    reason: "changed on disk since it was read; its tags are left for the next run"))
            return ""
        }
        let spliced = Data(
            HeadSplice.apply(meta.metaTags().map(\.html), to: [UInt8](original), layout: page.facts.head))
        guard spliced != original else { return page.fingerprint }
        results.rewritten += 1
        guard mode.writes else {
            results.stale.append("\(path): \(verb)write its tags")
            return page.fingerprint
        }
        do {
            try AtomicFileWriter.write(spliced, to: target, durable: false, replacing: original)
        } catch let changed where changed.step == .checkUnchanged {
            results.rewritten -= 1
            results.diagnostics.append(Diagnostic(.warning, file: path, step: .checkUnchanged, reason: changed.reason))
            return ""
        } catch {
            throw Diagnostic(file: path, step: .injectTags, reason: error.reason)
        }
        return ContentFingerprint.fnv1a(spliced)
    }

    /// The page's URL: the one it declares (canonical link, og:url), made absolute against where
    /// it is served (`/x/` is from the host, as a browser reads it); else its path's.
    private func pageURL(of path: String, declared: String?) throws(Diagnostic) -> String {
        let served = try absolute(PageURL.path(of: path), page: path)
        guard let declared = declared?.trimmingCharacters(in: .whitespacesAndNewlines), !declared.isEmpty else {
            return served
        }
        if SiteURLResolver.isAbsoluteHTTP(declared) { return try absolute(declared, page: path) }
        guard let base = URL(string: served), let url = URL(string: declared, relativeTo: base),
            SiteURLResolver.isAbsoluteHTTP(url.absoluteString)
        else { return served }
        return url.absoluteString
    }

    /// The absolute URL of `path`, an error naming `page` when there is no site URL.
    private func absolute(_ path: String, page: String) throws(Diagnostic) -> String {
        do {
            return try resolver.absolute(path)
        } catch {
            throw error.located(file: page, line: nil)
        }
    }

    /// "would " in a dry run, so a line reads as what a run would do.
    private var verb: String { mode == .dryRun ? "would " : "" }
}
