import Foundation
import Synchronization

/// A build's main step, in parallel: for each changed post, plan its card, render it when its
/// digest changed, write its snippet, and rewrite its `image:` line (after the card exists).
struct CardWork: Sendable {
    /// What every card of the build is made with.
    struct Site: Sendable {
        /// Turns posts into plans (design, text, URLs, tags).
        let planner: PostCardPlanner
        /// Where each kind of file may be written.
        let containment: SiteContainment
        /// What the last build made: digests decide what re-renders.
        let manifest: BuildManifest
        /// The renderers' fonts, and their digest (part of every card's).
        let fonts: FontSet
        let fontDigest: String
        /// Build, regenerate, check or dry run.
        let mode: BuildOptions.Mode
        /// Whether posts' `image:` lines may be rewritten (`BuildOptions.editsSite`).
        var editsPosts = true
        /// Posts `regenerate` renders whatever their digest says.
        let forceRender: @Sendable (ParsedPost) -> Bool
        /// Deletes a post's card and snippet (only ogcard's own files), returning warnings.
        let remove: @Sendable (BuildManifest.Entry) -> [Diagnostic]
        /// Post path → its tags as compact JSON, for the meta JSON index (kept out of memory).
        let meta: MetaSpill

        var config: SiteConfig { planner.config }
    }

    /// The changed posts.
    let items: [ParsedPost]
    /// Each post's unique slug.
    let slugs: [String: String]
    /// Placements, languages and translations gathered before the cards.
    let translations: SiteTranslations
    let site: Site
    let progress: BuildProgressCounter

    /// What the workers made, merged.
    struct Results: Sendable {
        var entries: [String: BuildManifest.Entry] = [:]
        var diagnostics: [Diagnostic] = []
        var stale: [String] = []
        var rendered = 0
        var rewritten = 0
        var snippets = 0
        var upToDate = 0
        /// Posts the generator does not publish, which got no card and no meta-JSON entry.
        var hidden: [String] = []
    }

    /// Runs on `jobs` workers, each with its own renderer (a Pango font map is not thread-safe).
    func run(jobs: Int) throws(Diagnostic) -> Results {
        let results = Mutex(Results())
        try RendererPool.run(count: items.count, jobs: jobs, fonts: site.fonts, limits: site.config.limits) {
            index, renderer in
            let item = items[index]
            var local = Results()
            do {
                try process(item, renderer: renderer, into: &local)
            } catch {
                local.diagnostics.append(
                    Diagnostic.wrapping(error, file: item.relativePath, step: .layOut).located(
                        file: item.relativePath, line: nil))
            }
            results.withLock { $0.merge(local) }
            progress.finished(
                rendered: local.rendered, failed: local.diagnostics.contains { $0.severity == .error })
        }
        // Workers finish in any order; sorted, the list reads the same on every run.
        return results.withLock { all in
            all.diagnostics.sort(by: Diagnostic.inReportOrder)
            return all
        }
    }

    /// One post: plan, card, snippet, post, then its manifest entry.
    private func process(_ item: ParsedPost, renderer: CardRenderer, into results: inout Results) throws(Diagnostic) {
        let slug = slugs[item.relativePath] ?? item.post.slug
        let placement: PagePlacement
        if let placed = translations.placements[item.relativePath] {
            placement = placed
        } else {
            placement = try site.planner.pages.place(item.post, relativePath: item.relativePath)
        }
        if case .hidden(let reason) = placement.visibility {
            try hide(item, slug: slug, reason: reason, into: &results)
            return
        }
        let alternates = translations.alternates[item.relativePath] ?? []
        let plan = try planCard(item, slug: slug, placement: placement, alternates: alternates, into: &results)
        let outcome = try renderCard(plan, of: item, renderer: renderer, into: &results)
        // The card's URL carries its digest, known only now that the card exists: the snippet
        // and the post's image: line are written after it, with that URL.
        let card = CardFingerprint.fingerprinted(plan, hash: outcome.fingerprint, mode: site.config.imageURLFingerprint)
        let snippet = try writeSnippet(card, of: item, slug: slug, into: &results)
        let source = try rewritePost(item, plan: card, into: &results)
        results.entries[item.relativePath] = BuildManifest.Entry(
            source: source, slug: slug, card: card.cardFile.map { SitePaths.relative($0, to: site.config.root) },
            snippet: snippet, digest: outcome.digest,
            expires: placement.expires.map { Int64($0.timeIntervalSince1970) },
            language: translations.languages[item.relativePath],
            translationKey: translations.translationKeys[item.relativePath],
            alternates: alternates.isEmpty ? nil : alternates)
    }

    /// A post the generator does not publish: whatever ogcard made for it while it was public
    /// (card, snippet; the meta-JSON entry goes in `SiteBuild.writeMetaJSON`) is removed, since
    /// everything in the site's folders is published with it. Its `image:` line is left alone.
    private func hide(_ item: ParsedPost, slug: String, reason: String, into results: inout Results)
        throws(Diagnostic)
    {
        results.hidden.append(item.relativePath)
        results.diagnostics.append(
            Diagnostic(.note, file: item.relativePath, step: .layOut, reason: "not published (\(reason)): no card"))
        if let previous = site.manifest.posts[item.relativePath], previous.card != nil || previous.snippet != nil {
            let made = [previous.card, previous.snippet].compactMap { $0 }
            if site.mode.writes {
                results.diagnostics += site.remove(previous)
            } else {
                results.stale.append(
                    "\(item.relativePath): \(verb)remove \(made.joined(separator: ", ")) (not published)")
            }
        }
        results.entries[item.relativePath] = BuildManifest.Entry(
            source: item.sourceFingerprint, slug: slug, card: nil, snippet: nil, digest: "", hidden: reason)
    }

    /// Step `.layOut`: the design, text, URLs and tags of the card; its warnings and notes kept.
    private func planCard(
        _ item: ParsedPost, slug: String, placement: PagePlacement, alternates: [String], into results: inout Results
    ) throws(Diagnostic) -> PostCardPlan {
        let plan = try site.planner.plan(
            item.post, source: item.source, body: Substring(item.firstParagraph), slug: slug, placement: placement,
            alternateLocales: alternates)
        results.diagnostics += plan.diagnostics
        return plan
    }

    /// What `renderCard` did: the digest the manifest records, and the card's fingerprint (nil
    /// when URLs carry none, or no card exists yet in a mode that writes nothing).
    private struct CardOutcome {
        var digest: String
        var fingerprint: String? = nil
    }

    /// Steps `.render` and `.writeCard`: the card when it is missing or its digest changed (or,
    /// with `image_url_fingerprint: name`, when its file is not named after its bytes).
    private func renderCard(
        _ plan: PostCardPlan, of item: ParsedPost, renderer: CardRenderer, into results: inout Results
    ) throws(Diagnostic) -> CardOutcome {
        guard let cardFile = plan.cardFile else {
            results.upToDate += 1
            return CardOutcome(digest: "own-picture")
        }
        let digest = ContentFingerprint.card(
            content: plan.content, layoutDigest: plan.layoutDigest,
            settings: site.config.cardSettings(fontDigest: site.fontDigest))
        let mode = site.config.imageURLFingerprint
        let root = site.config.root
        // The file the last build left: with `name`, its name carries the old fingerprint.
        let recorded = site.manifest.posts[item.relativePath]?.card.map { root.appendingPathComponent($0) }
        let existing = mode == .name ? (recorded ?? cardFile) : cardFile
        let relative = SitePaths.relative(existing, to: root)
        let target: URL
        do {
            target = try site.containment.checked(existing, in: .cards)
        } catch {
            throw error.reported(on: item.relativePath, during: .writeCard)
        }
        let missing = !FileManager.default.fileExists(atPath: target.path)
        if !site.forceRender(item), !missing, site.manifest.posts[item.relativePath]?.digest == digest {
            let fingerprint = mode == .none ? nil : CardFingerprint.of(file: target)
            let named = fingerprint.map { hash in
                existing.deletingLastPathComponent().standardizedFileURL
                    == cardFile.deletingLastPathComponent().standardizedFileURL
                    && existing.lastPathComponent
                        == CardFingerprint.apply(hash, to: cardFile.lastPathComponent, mode: .name)
            }
            if mode != .name || named == true {
                results.upToDate += 1
                return CardOutcome(digest: digest, fingerprint: fingerprint)
            }
        }
        results.rendered += 1
        guard site.mode.writes else {
            results.stale.append("\(item.relativePath): \(verb)render \(relative)\(missing ? " (missing)" : "")")
            // Not drawn: what a build would print carries the fingerprint of the card on disk.
            let fingerprint = missing || mode == .none ? nil : CardFingerprint.of(file: target)
            return CardOutcome(digest: digest, fingerprint: fingerprint)
        }
        let card = try renderer.render(plan.content, layout: plan.layout, maxBytes: site.config.maxCardBytes)
        let png = card.pngData
        let fingerprint = CardFingerprint.of(png)
        let file =
            mode == .name
            ? cardFile.deletingLastPathComponent().appendingPathComponent(
                CardFingerprint.apply(fingerprint, to: cardFile.lastPathComponent, mode: .name)) : cardFile
        let written = SitePaths.relative(file, to: root)
        if let reduction = card.sizeReduction {
            results.diagnostics.append(reduction.diagnostic(post: item.relativePath, card: written))
        }
        do {
            let destination = try site.containment.checked(file, in: .cards)
            try OwnedFile.card.checkReplaceable(destination)
            try FileOutput.writeAtomically(png, to: destination)
        } catch {
            guard error.step == .writeFile else { throw error }
            throw Diagnostic(file: written, step: .writeFile, reason: error.reason).reported(
                on: item.relativePath, during: .writeCard)
        }
        return CardOutcome(digest: digest, fingerprint: mode == .none ? nil : fingerprint)
    }

    /// Step `.writeSnippet`: the post's meta tags as HTML, written when they change. Returns the
    /// snippet's path from the site root.
    private func writeSnippet(_ plan: PostCardPlan, of item: ParsedPost, slug: String, into results: inout Results)
        throws(Diagnostic) -> String
    {
        let root = site.config.root
        let file = root.appendingPathComponent(site.config.snippets).appendingPathComponent("\(slug).html")
        let relative = SitePaths.relative(file, to: root)
        let tags = plan.meta.metaTags()
        site.meta.add(item.relativePath, MetaIndex.encode(tags))
        let html = Data(tags.map { $0.html + "\n" }.joined().utf8)
        do {
            let target = try site.containment.checked(file, in: .snippets)
            guard (try? RegularFile.read(target)) != html else { return relative }
            results.snippets += 1
            guard site.mode.writes else {
                results.stale.append("\(item.relativePath): \(verb)write \(relative)")
                return relative
            }
            try OwnedFile.snippet.checkReplaceable(target)
            try AtomicFileWriter.write(html, to: target, durable: false)
        } catch {
            let reason = Diagnostic.wrapping(error, file: relative, step: .writeFile).reason
            throw Diagnostic(file: relative, step: .writeFile, reason: reason).reported(
                on: item.relativePath, during: .writeSnippet)
        }
        return relative
    }

    /// Step `.rewritePost`: a differing URL design kept as an `ogcard:` line, then `image:`
    /// pointed at the card — only if the post is still what was parsed, inside the site and
    /// writable. Returns the post's fingerprint for the manifest: empty when the post was left for
    /// the next build to finish (it is then read again).
    private func rewritePost(_ item: ParsedPost, plan: PostCardPlan, into results: inout Results) throws(Diagnostic)
        -> String
    {
        guard site.editsPosts, let imagePath = plan.imagePath,
            plan.rewritesImage || refreshesFingerprint(item, imagePath: imagePath)
        else { return item.sourceFingerprint }
        let original: Data
        do {
            original = try RegularFile.read(item.source)
        } catch {
            throw Diagnostic(file: item.relativePath, step: .readPost, reason: error.reason)
        }
        guard ContentFingerprint.fnv1a(original) == item.sourceFingerprint else {
            results.diagnostics.append(
                Diagnostic(
                    .warning, file: item.relativePath, step: .checkUnchanged,
                    reason: "changed on disk since it was read; its image: line is left for the next build"))
            return ""
        }
        let data = try rewrittenPost(item, original: original, imagePath: imagePath)
        guard data != original else { return item.sourceFingerprint }
        guard site.mode.writes else {
            results.stale.append("\(item.relativePath): \(verb)rewrite image: to \(imagePath)")
            results.rewritten += 1
            return item.sourceFingerprint
        }
        if let refusal = rewriteRefusal(item) {
            results.diagnostics.append(
                Diagnostic(
                    .warning, file: item.relativePath, step: .rewritePost,
                    reason: "\(refusal); its image: line was left as it is"))
            return ""
        }
        do {
            try AtomicFileWriter.write(data, to: item.source, replacing: original)
        } catch let changed where changed.step == .checkUnchanged {
            results.diagnostics.append(
                Diagnostic(.warning, file: item.relativePath, step: .checkUnchanged, reason: changed.reason))
            return ""
        } catch {
            throw Diagnostic(file: item.relativePath, step: .rewritePost, reason: error.reason)
        }
        results.rewritten += 1
        return ContentFingerprint.fnv1a(data)
    }

    /// Whether a post whose `image:` already names the card gets the card's current path
    /// although it is not otherwise rewritten: when the line carries an old fingerprint, or, with
    /// `image_url_fingerprint: name`, when the file it names is not the current one (a redrawn
    /// card has a new name). A plain line whose card did not change is left alone: upgrading
    /// ogcard or turning fingerprints on changes no post by itself.
    private func refreshesFingerprint(_ item: ParsedPost, imagePath: String) -> Bool {
        guard let existing = item.post.image?.path, existing != imagePath,
            CardFingerprint.strip(existing) == CardFingerprint.strip(imagePath)
        else { return false }
        return CardFingerprint.isFingerprinted(existing) || site.config.imageURLFingerprint == .name
    }

    /// "would " in a dry run, so a line reads as what a build would do.
    private var verb: String { site.mode == .dryRun ? "would " : "" }
}

extension CardWork {
    /// The post with a differing URL design kept as an `ogcard:` line and `image:` pointing at the card.
    private func rewrittenPost(_ item: ParsedPost, original: Data, imagePath: String) throws(Diagnostic) -> Data {
        var data = original
        if let image = item.post.image?.path, OpenGraphImageURL.isOpenGraphImageURL(image),
            let url = try? OpenGraphImageURL.parse(image),
            let items = DesignMigration.postDesignItems(url: url, config: site.config)
        {
            data = try DesignMigration.addingDesignLine(
                items, to: data, path: item.relativePath, limits: site.config.limits)
        }
        let rewriter = ImageLineRewriter(
            options: ImageRewriteOptions(addMissingKey: true, addMissingBlock: false, force: true),
            limits: site.config.limits)
        return try rewriter.rewrite(data, to: imagePath, path: item.relativePath, field: item.post.imageField).data
    }

    /// Why a post must not be rewritten although its card changed, or nil: a symbolic link whose
    /// target lies outside the site, or a file its owner made read-only (root could replace it,
    /// but the owner said no).
    private func rewriteRefusal(_ item: ParsedPost) -> String? {
        guard site.containment.isInsideSite(item.source) else {
            return
                "is a symbolic link to '\(item.source.resolvingSymlinksInPath().path)', outside the site: read, not rewritten"
        }
        var status = stat()
        if stat(item.source.path, &status) == 0, status.st_mode & 0o222 == 0 {
            return "is read-only"
        }
        return nil
    }
}

extension CardWork.Results {
    mutating func merge(_ other: CardWork.Results) {
        entries.merge(other.entries) { $1 }
        diagnostics += other.diagnostics
        stale += other.stale
        rendered += other.rendered
        rewritten += other.rewritten
        snippets += other.snippets
        upToDate += other.upToDate
        hidden += other.hidden
    }
}
