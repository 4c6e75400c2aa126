package import Foundation

/// What `OGCardBuildPlugin`'s build command does (run by the `OGCardBuildTool` executable):
/// copy the site into the plugin's work folder, build it there incrementally, and write the two
/// declared outputs, `ogcard-cards.json` and `ogcard-cards.png-pack`, that become the target's
/// resources.
///
/// SwiftPM runs the command only when one of its declared inputs changed, and then for all posts
/// at once; the build in the copy keeps its own manifest, so it renders only the cards whose
/// inputs changed. The source is never written: posts keep their `image:` lines
/// (`BuildOptions.editsSite` is false), which is `ogcard build`'s job.
package struct PluginSiteBuild {
    /// The site root in the package: the folder of its ogcard.yml, or the target's folder.
    package var source: URL
    /// The plugin's work folder (`context.pluginWorkDirectoryURL`).
    package var work: URL
    /// Worker threads (0: all cores).
    package var jobs = 0

    /// The copy of the site, under the work folder.
    package var copy: URL { work.appendingPathComponent("site", isDirectory: true) }
    /// The index output.
    package var index: URL {
        work.appendingPathComponent(SocialCardsIndex.resourceName)
            .appendingPathExtension(SocialCardsIndex.indexExtension)
    }
    /// The cards output.
    package var cards: URL {
        work.appendingPathComponent(SocialCardsIndex.resourceName)
            .appendingPathExtension(SocialCardsIndex.cardsExtension)
    }
    /// One line per run (files copied, posts, rendered, up to date, failed), so a person or a test can see
    /// what each `swift build` did.
    package var log: URL { work.appendingPathComponent("ogcard-build-plugin.log") }

    /// The meta JSON the copy's build writes when the site's config asks for none.
    static let fallbackMetaJSON = ".ogcard-plugin-meta.json"

    /// Creates a build of the site at `source` in `work`.
    package init(source: URL, work: URL, jobs: Int = 0) {
        self.source = source
        self.work = work
        self.jobs = jobs
    }

    /// Copies, builds and writes the outputs. The summary's diagnostics name the package's files,
    /// not the copy's; a failing post fails only itself (its entry is left out) and the outputs
    /// are written for the others.
    /// - Throws: `Diagnostic` for what stops the whole build (a bad config, an unreadable file).
    package func run() throws(Diagnostic) -> BuildSummary {
        do {
            return try build()
        } catch {
            throw located(error)
        }
    }

    private func build() throws(Diagnostic) -> BuildSummary {
        let sourceConfig = try Self.config(root: source)
        let copied = try SiteMirror(source: source, copy: copy).sync(owned: Self.owned(by: sourceConfig))
        var config = try Self.config(root: copy)
        if config.metaJSON == nil { config.metaJSON = Self.fallbackMetaJSON }
        let build = SiteBuild(config: config, options: BuildOptions(jobs: jobs, prune: true, editsSite: false))
        var summary = try build.run()
        let root = copy.standardizedFileURL.path + "/"
        let failed = summary.failures.compactMap(\.file).map {
            $0.hasPrefix(root) ? String($0.dropFirst(root.count)) : $0
        }
        summary.diagnostics = summary.diagnostics.map(located)
        try writeOutputs(config: config, failed: Set(failed))
        appendLog(summary, copied: copied)
        return summary
    }

    /// The config of the site at `root`, which is not looked for above it: the package around
    /// the target is not the site.
    static func config(root: URL) throws(Diagnostic) -> SiteConfig {
        let files = SiteConfigLoader.configFiles(in: root)
        if files.count > 1 {
            throw Diagnostic.config(
                file: files[1].path, line: nil, key: nil, step: .readConfig,
                reason:
                    "both \(SiteConfigLoader.fileName) and \(SiteConfigLoader.hiddenFileName) are here; keep one")
        }
        if let file = files.first { return try SiteConfigLoader.load(file: file) }
        return SiteConfig(root: root, defaults: try GeneratorConfigReader.read(root: root))
    }

    /// What the copy's build writes, relative to the root: never copied from the source, never
    /// deleted from the copy.
    static func owned(by config: SiteConfig) -> [String] {
        [
            config.output, config.snippets, config.metaJSON ?? fallbackMetaJSON,
            ".ogcard-manifest.json", ".ogcard.lock", ".ogcard-cache",
        ].map { $0.split(separator: "/").joined(separator: "/") }.filter { !$0.isEmpty }
    }

    /// Writes the index and the cards from the copy's manifest and meta JSON, each only when its
    /// bytes change (SwiftPM then copies nothing into the bundle).
    private func writeOutputs(config: SiteConfig, failed: Set<String>) throws(Diagnostic) {
        let manifest = try BuildManifest.load(from: SiteBuild.manifestFile(root: copy))
        let metaFile = copy.appendingPathComponent(config.metaJSON ?? Self.fallbackMetaJSON)
        let meta: [String: [MetaTag]]
        do {
            meta = try JSONDecoder().decode([String: [MetaTag]].self, from: Data(contentsOf: metaFile))
        } catch {
            if !FileManager.default.fileExists(atPath: metaFile.path) {
                meta = [:]
            } else {
                throw Diagnostic(file: metaFile.path, step: .writePluginOutput, reason: "cannot read it: \(error)")
            }
        }
        var entries: [SocialCardsIndex.Entry] = []
        var pack = Data()
        for (path, record) in manifest.posts.sorted(by: { $0.key < $1.key }) {
            guard record.hidden == nil, !failed.contains(path), let tags = meta[path] else { continue }
            var card: SocialCardsIndex.Card?
            if let cardPath = record.card {
                let file = copy.appendingPathComponent(cardPath)
                let data: Data
                do {
                    data = try Data(contentsOf: file)
                } catch {
                    throw Diagnostic(
                        file: file.path, step: .writePluginOutput, reason: "cannot read the card: \(error)")
                }
                card = SocialCardsIndex.Card(
                    sitePath: Self.sitePath(ofCard: cardPath, config: config), offset: pack.count,
                    length: data.count)
                pack.append(data)
            }
            entries.append(SocialCardsIndex.Entry(path: path, slug: record.slug, card: card, tags: tags))
        }
        try Self.writeIfChanged(pack, to: cards)
        try Self.writeIfChanged(SocialCardsIndex(posts: entries).encoded(), to: index)
    }

    /// Where the generated site serves a card: its file under `output`, joined to
    /// `image_url_path` as its `og:image` URL is, relative to the site's root URL.
    static func sitePath(ofCard cardPath: String, config: SiteConfig) -> String {
        let output = config.output.split(separator: "/").joined(separator: "/")
        let name = cardPath.hasPrefix(output + "/") ? String(cardPath.dropFirst(output.count + 1)) : cardPath
        var base = config.imageURLPath
        if let url = URL(string: base), url.scheme == "http" || url.scheme == "https" || base.hasPrefix("//") {
            base = url.path
        }
        let joined = SitePaths.join(base, name)
        return joined.split(separator: "/").joined(separator: "/")
    }

    /// Writes `data` atomically unless `file` already holds it.
    private static func writeIfChanged(_ data: Data, to file: URL) throws(Diagnostic) {
        if let existing = try? Data(contentsOf: file), existing == data { return }
        try AtomicFileWriter.write(data, to: file, durable: false)
    }

    /// Appends the run's line to the log (best effort: the log is for people and tests).
    private func appendLog(_ summary: BuildSummary, copied: Int) {
        let line =
            "copied \(copied) files; posts \(summary.posts), rendered \(summary.rendered), up to date \(summary.skipped), failed \(summary.failures.count)\n"
        if let handle = try? FileHandle(forWritingTo: log) {
            defer { try? handle.close() }
            _ = try? handle.seekToEnd()
            try? handle.write(contentsOf: Data(line.utf8))
        } else {
            try? Data(line.utf8).write(to: log)
        }
    }

    /// `diagnostic` naming the package's file instead of the copy's (paths in the copy, or
    /// relative to its root).
    func located(_ diagnostic: Diagnostic) -> Diagnostic {
        guard let file = diagnostic.file, !file.isEmpty else { return diagnostic }
        var copy = diagnostic
        let root = self.copy.standardizedFileURL.path
        if file == root || file.hasPrefix(root + "/") {
            copy.file = source.standardizedFileURL.path + file.dropFirst(root.count)
        } else if !file.hasPrefix("/") {
            copy.file = source.appendingPathComponent(file).standardizedFileURL.path
        }
        return copy
    }
}
