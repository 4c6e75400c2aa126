import Foundation

/// Hugo 0.111's page URLs, languages and publication rules (see
/// docs/research/generator-urls-and-drafts.md §2): regular pages, leaf bundles, section and home
/// list pages (`_index.md`), `url`/`slug`, `[permalinks]`, `uglyURLs`, languages, dates, drafts.
package struct HugoPageModel: PageModel {
    let settings: HugoSiteSettings
    let resolver: SiteURLResolver
    let context: PageModelContext
    let root: URL
    /// ogcard's site URL (ogcard.yml `url:`, else Hugo's `baseURL` without trailing `/`).
    let siteURL: String?
    /// Every `[permalinks]` pattern, validated; one bad pattern stops Hugo's whole build.
    let permalinks: [String: HugoPermalinkPattern]
    let permalinkError: HugoPermalinkError?
    /// `cascade:` of `_index` files, read once per build.
    let cascade: HugoCascade

    /// The model of `config`'s Hugo site.
    package init(config: SiteConfig, context: PageModelContext) throws(Diagnostic) {
        settings = config.hugo
        resolver = try config.urlResolver()
        self.context = context
        root = config.root
        siteURL = config.url.flatMap { $0.isEmpty ? nil : $0 }
        var patterns: [String: HugoPermalinkPattern] = [:]
        var failure: HugoPermalinkError?
        for (section, pattern) in config.hugo.permalinks.sorted(by: { $0.key < $1.key }) {
            do {
                patterns[section] = try HugoPermalinkPattern(pattern)
            } catch {
                failure = failure ?? error
            }
        }
        permalinks = patterns
        permalinkError = failure
        cascade = HugoCascade(root: config.root, settings: config.hugo)
    }

    /// The post's page as Hugo builds it.
    /// - Throws: a `Diagnostic` for what stops Hugo: a `[permalinks]` pattern it refuses, a `url:`
    ///   with a scheme.
    package func place(_ post: Post, relativePath: String) throws(Diagnostic) -> PagePlacement {
        let configName = settings.configFile ?? "the Hugo config"
        if let permalinkError {
            throw Diagnostic(
                file: relativePath, step: .makeURLs,
                reason: "\(configName) [permalinks]: \(permalinkError.message); hugo 0.111 builds no page of this site")
        }
        if let table = settings.permalinkTables.first {
            throw Diagnostic(
                file: relativePath, step: .makeURLs,
                reason: "\(configName): hugo 0.111 does not know the table form [permalinks.\(table)] "
                    + "(it crashes); write `section = \"pattern\"` lines under [permalinks]")
        }
        guard let file = HugoContentFile(relativePath: relativePath, settings: settings) else {
            let path = post.permalink ?? "/posts/\(post.slug)/"
            let warning = Diagnostic(
                .warning, file: relativePath, step: .makeURLs,
                reason: "not under Hugo's content folder (\(settings.contentDirectories.joined(separator: ", "))): "
                    + "hugo does not build it; og:url is a guess")
            return PagePlacement(url: try resolver.absolute(path), language: post.lang, warnings: [warning])
        }
        let language = languageOf(file)
        let indexFiles = cascade.indexFiles(for: file, language: language.code, languageOf: languageOf)
        // A list page's own `cascade` applies to itself too.
        let ownCascade = file.kind == .page ? [] : HugoCascade.cascade(of: post.frontMatter)
        let front = HugoFrontMatter(
            post.frontMatter, cascaded: ownCascade + indexFiles.flatMap { HugoCascade.cascade(of: $0.frontMatter) })
        let zone = settings.zone(for: language.code) ?? TimeZone(identifier: "UTC")!
        var warnings: [Diagnostic] = []
        if settings.zone(for: language.code) == nil {
            warnings.append(
                Diagnostic(
                    .warning, file: relativePath, step: .makeURLs,
                    reason: "\(configName): unknown timeZone; dates are read in UTC"))
        }
        let dates = HugoPageDates(
            front: front, file: file, settings: settings, zone: zone, fileURL: root.appendingPathComponent(relativePath)
        )
        warnings += dates.unreadable.map { key in
            Diagnostic(
                .warning, file: relativePath, line: post.frontMatter?.location(of: key)?.line, step: .makeURLs,
                reason: "`\(key)` is no date hugo reads (it needs seconds, e.g. 2024-03-05 10:00:00); hugo ignores it")
        }

        let url = front.string("url") ?? ""
        if url.lowercased().hasPrefix("http://") || url.lowercased().hasPrefix("https://") {
            throw Diagnostic(
                file: relativePath, line: post.frontMatter?.location(of: "url")?.line, step: .makeURLs,
                reason: "`url: \(url)`: hugo refuses URLs with a protocol in front matter and stops the build")
        }
        let slug = (front.string("slug") ?? "").trimmingCharacters(in: CharacterSet(charactersIn: "-"))
        let pageSlug = slug.isEmpty ? (dates.filenameSlug ?? "") : slug
        var target = HugoTargetPath(kind: file.kind)
        target.url = url
        target.multihost = settings.isMultihost
        target.prefixLink = languagePrefix(language.code)
        target.uglyURLs = settings.isUgly(section: file.section)
        switch file.kind {
        case .home:
            break
        case .section:
            target.sections = file.folders
        case .page:
            target.dir = file.urlDir
            target.baseName = pageSlug.isEmpty ? file.contentBaseName : pageSlug
            if let pattern = permalinks[file.section] {
                let page = HugoPermalinkPattern.Page(
                    date: dates.date, section: file.section, sections: currentSections(file),
                    title: front.string("title") ?? "", slug: pageSlug, fileName: file.contentBaseName)
                let expanded = pattern.expand(page, sanitizer: settings.sanitizer)
                target.expandedPermalink = HugoPathSanitizer.queryUnescape(expanded) ?? ""
                for token in [":title", ":slug"] where pattern.tokens.contains(token) {
                    guard
                        HugoPermalinkPattern.value(
                            of: String(token.dropFirst()), page: page, sanitizer: settings.sanitizer
                        )
                        .isEmpty
                    else { continue }
                    warnings.append(
                        Diagnostic(
                            .warning, file: relativePath, step: .makeURLs,
                            reason: "`\(token)` of [permalinks] \(file.section) = \"\(pattern.pattern)\" is empty "
                                + "(no usable title or slug): other pages may get the same URL"))
                }
            }
        }
        let link = target.link(sanitizer: settings.sanitizer)
        if link.contains("#") || link.contains("?") {
            warnings.append(
                Diagnostic(
                    .warning, file: relativePath, step: .makeURLs,
                    reason: "hugo's URL '\(link)' has a '#' or '?': og:url carries a fragment or query"))
        }
        var placement = PagePlacement(
            url: try absolute(link, language: language.code), language: language.code,
            translationKey: translationKey(file, front: front), warnings: warnings)
        visibility(of: file, front: front, dates: dates, language: language, into: &placement)
        if placement.visibility.isPublished {
            // A section hugo does not build takes every page below it along.
            for (index, (path, frontMatter)) in indexFiles.enumerated() {
                guard let indexFile = HugoContentFile(relativePath: path, settings: settings) else { continue }
                let above = indexFiles.dropFirst(index + 1).flatMap { HugoCascade.cascade(of: $0.frontMatter) }
                let indexFront = HugoFrontMatter(frontMatter, cascaded: HugoCascade.cascade(of: frontMatter) + above)
                let indexDates = HugoPageDates(
                    front: indexFront, file: indexFile, settings: settings, zone: zone,
                    fileURL: root.appendingPathComponent(path))
                if let reason = buildReason(front: indexFront, dates: indexDates) {
                    placement.visibility = .hidden(reason: "its section \(path) is not built: \(reason)")
                    placement.expires = nil
                    break
                }
            }
        }
        return placement
    }

    /// Permalink = base + link: the language's own baseURL on a multihost site, Hugo's baseURL
    /// (escaped as Go's `url.String` does) when ogcard's URL is that, else ogcard.yml's `url:`.
    func absolute(_ link: String, language: String) throws(Diagnostic) -> String {
        var base: String?
        if settings.isMultihost, let own = settings.language(language)?.baseURL, !own.isEmpty {
            base = own
        } else if let siteURL {
            let hugo = settings.baseURL.map { text in
                var trimmed = text.trimmingCharacters(in: .whitespaces)
                while trimmed.hasSuffix("/") { trimmed.removeLast() }
                return trimmed
            }
            base = hugo == siteURL ? settings.baseURL : siteURL
        }
        guard let base, SiteURLResolver.isAbsoluteHTTP(base) else { return try resolver.absolute(link) }
        var prefix = Self.goURLString(base.trimmingCharacters(in: .whitespaces))
        if !prefix.hasSuffix("/") { prefix += "/" }
        return prefix + link.dropFirst()
    }

    /// Go's `url.Parse(s).String()` for an absolute URL: scheme and host as written, path escaped.
    static func goURLString(_ url: String) -> String {
        guard let schemeEnd = url.range(of: "://") else { return url }
        let afterScheme = url[schemeEnd.upperBound...]
        let hostEnd = afterScheme.firstIndex { $0 == "/" || $0 == "?" || $0 == "#" } ?? afterScheme.endIndex
        return String(url[..<hostEnd]) + HugoPathSanitizer.urlEscape(String(afterScheme[hostEnd...]))
    }

    /// `/<code>` for pages whose language Hugo prefixes; empty otherwise.
    func languagePrefix(_ code: String) -> String {
        guard settings.isMultilingual, !settings.isMultihost else { return "" }
        if code == settings.defaultContentLanguage && !settings.defaultContentLanguageInSubdir { return "" }
        return "/" + code
    }

    /// The file's language: a configured suffix, else the language whose `contentDir` holds it
    /// (the default language first), else the default language.
    func languageOf(_ file: HugoContentFile) -> HugoLanguage {
        let fallback =
            settings.language(settings.defaultContentLanguage)
            ?? HugoLanguage(code: settings.defaultContentLanguage)
        if let suffix = file.languageSuffix, let language = settings.language(suffix) { return language }
        let owners = settings.languages.filter { ($0.contentDir ?? settings.contentDir) == file.contentDir }
        if owners.contains(where: { $0.code == fallback.code }) || owners.isEmpty { return fallback }
        return owners.first { !$0.disabled } ?? owners[0]
    }

    /// `.CurrentSection.SectionsEntries` of a regular page: its nearest folder that is a section
    /// (top-level folders always are, deeper ones when they hold an `_index` file).
    func currentSections(_ file: HugoContentFile) -> [String] {
        let folders = file.isBundleIndex ? Array(file.folders.dropLast()) : file.folders
        var depth = folders.count
        while depth > 1 {
            let path = folders.prefix(depth).joined(separator: "/")
            if settings.contentDirectories.contains(where: { hasIndexFile(in: ($0.isEmpty ? "" : $0 + "/") + path) }) {
                break
            }
            depth -= 1
        }
        return Array(folders.prefix(depth))
    }

    func hasIndexFile(in folder: String) -> Bool {
        !cascade.indexNames(in: folder).isEmpty
    }

    /// Hugo's translation key: front matter `translationKey`, else kind + folder + base name
    /// without the language, the same for `hello.md` and `hello.es.md` (or `content_es/hello.md`).
    func translationKey(_ file: HugoContentFile, front: HugoFrontMatter) -> String {
        if let key = front.text("translationKey") { return file.kind.rawValue + "/" + key }
        let parts = file.folders + [file.translationBaseName]
        return file.kind.rawValue + "/" + parts.joined(separator: "/")
    }
}
