import Foundation

/// Jekyll's page URLs and publication rules (see docs/research/generator-urls-and-drafts.md §1),
/// with jekyll-seo-tag's og:url.
package struct JekyllPageModel: PageModel {
    let settings: JekyllSiteSettings
    let resolver: SiteURLResolver
    let context: PageModelContext
    let root: URL
    /// The site URL when ogcard.yml overrides `_config.yml`'s `url` + `baseurl`; nil when it is
    /// Jekyll's own (then Jekyll's `absolute_url` is reproduced exactly).
    let overrideURL: String?
    let zone: TimeZone

    /// The model of `config`'s Jekyll site.
    package init(config: SiteConfig, context: PageModelContext) throws(Diagnostic) {
        settings = config.jekyll
        resolver = try config.urlResolver()
        self.context = context
        root = config.root
        overrideURL = config.url == settings.siteURL ? nil : config.url
        zone = JekyllDate.siteZone(settings)
    }

    /// Site-wide warnings, for the build to report once: a site without `timezone:` has dates
    /// (and so URLs) that depend on the zone of the machine that builds it.
    package var siteWarnings: [Diagnostic] {
        guard !settings.hasTimezone else { return [] }
        return [
            Diagnostic(
                .note, file: "_config.yml", step: .makeURLs, key: "timezone",
                reason: "no `timezone:`: Jekyll dates posts in the zone of the machine that builds the site "
                    + "(here \(zone.identifier)), so a post's URL can change between machines; set `timezone:`")
        ]
    }

    /// The post's page: where Jekyll writes it, as jekyll-seo-tag prints it, and whether Jekyll
    /// writes it at all.
    package func place(_ post: Post, relativePath: String) throws(Diagnostic) -> PagePlacement {
        let document = JekyllDocument(path: relativePath, settings: settings)
        let data = JekyllDocumentData(document: document, frontMatter: post.frontMatter, settings: settings)
        let date: Date
        do {
            date = try self.date(of: document, data: data)
        } catch {
            throw diagnostic(error, post: post)
        }
        let visibility = self.visibility(of: document, data: data, date: date)
        let pageURL: String
        do {
            pageURL = try self.pageURL(of: document, data: data, date: date)
        } catch {
            // Jekyll computes no URL for a page it leaves out, so it does not stop on it either.
            guard visibility.isPublished else {
                return PagePlacement(
                    url: try resolver.absolute(Self.defaultPath(for: post)), language: post.lang,
                    visibility: visibility)
            }
            throw diagnostic(error, post: post)
        }
        var warnings: [Diagnostic] = []
        if pageURL.contains("?") || pageURL.contains("#") {
            warnings.append(
                Diagnostic(
                    .warning, file: post.path, step: .makeURLs,
                    reason: "the page URL '\(pageURL)' has a '?' or '#' (from a category, slug or permalink): "
                        + "the og:url then carries a query or fragment and does not point at the page"))
        }
        let canonical = data["canonical_url"]?.value.string
        return PagePlacement(
            url: try absoluteURL(pageURL, canonical: canonical), language: post.lang, visibility: visibility,
            warnings: warnings)
    }

    /// og:url for `pageURL`: jekyll-seo-tag's exactly when the site URL is `_config.yml`'s; with
    /// ogcard.yml's `url:` (which includes any base path) that URL + page.url, normalized the same way.
    func absoluteURL(_ pageURL: String, canonical: String?) throws(Diagnostic) -> String {
        if let canonical, !canonical.isEmpty { return canonical }
        if let overrideURL {
            return JekyllURLNormalizer.seoURL(pageURL: pageURL, url: overrideURL, baseURL: nil)
        }
        guard resolver.siteURL != nil else {
            // No site URL: only relative URLs, and only when allowed (the resolver says why not).
            let relative = JekyllURLNormalizer.seoURL(pageURL: pageURL, url: nil, baseURL: settings.baseURL)
            return try resolver.absolute(relative)
        }
        return JekyllURLNormalizer.seoURL(pageURL: pageURL, url: settings.url, baseURL: settings.baseURL)
    }

    /// The post's date: `date` (front matter or `defaults:`), else the file name's, else (drafts)
    /// the file's modification time, else (other collections) the build's time.
    func date(of document: JekyllDocument, data: JekyllDocumentData) throws(JekyllBuildFailure) -> Date {
        if let value = data["date"] {
            guard let scalar = value.scalar else {
                throw JekyllBuildFailure(key: "date", reason: "`date:` is a list or mapping; Jekyll cannot read it")
            }
            return try JekyllDate.instant(of: scalar, in: zone)
        }
        if let prefix = document.fileNameDateAndSlug?.date {
            guard let date = JekyllDate.fileNameDate(prefix, in: zone) else {
                throw JekyllBuildFailure(
                    key: nil, reason: "the file-name date '\(prefix)' is not a date ogcard can read (YYYY-MM-DD)")
            }
            return date
        }
        if document.kind == .draft,
            let modified = try? FileManager.default.attributesOfItem(
                atPath: root.appendingPathComponent(document.sitePath).path)[.modificationDate]
                as? Date
        {
            return modified
        }
        return buildTime
    }

    /// `site.time`: `time:` from `_config.yml`, else the build's start.
    var buildTime: Date {
        if let text = settings.time, let date = try? JekyllDate.instant(of: .init(text: text, isQuoted: true), in: zone)
        {
            return date
        }
        return context.now
    }

    /// Jekyll's `page.url`.
    func pageURL(of document: JekyllDocument, data: JekyllDocumentData, date: Date) throws(JekyllBuildFailure)
        -> String
    {
        if document.kind == .page { return try pageURLOfPage(document, data: data) }
        var placeholders = JekyllDate.placeholders(date, in: zone)
        let slug: String
        if let value = data["slug"], let scalar = value.scalar, scalar.isTruthy {
            guard scalar.kind == .string else {
                throw JekyllBuildFailure(
                    key: "slug",
                    reason: "`slug: \(scalar.text)` is not a string (quote it); Jekyll cannot build this URL either "
                        + "(its slugify fails on a non-string)")
            }
            slug = scalar.text
        } else if let value = data["slug"], value.scalar == nil {
            throw JekyllBuildFailure(
                key: "slug", reason: "`slug:` is a list or mapping; Jekyll cannot build this URL either")
        } else {
            slug = document.fileSlug
        }
        let categories = JekyllCategories.categories(
            folders: document.folderCategories, defaults: data.defaultCategories,
            frontMatter: data.frontMatterCategories, category: data["category"]?.value)
        placeholders["title"] = JekyllSlugify.slugify(slug, mode: .pretty, cased: true)
        placeholders["slug"] = JekyllSlugify.slugify(slug)
        placeholders["name"] = JekyllSlugify.slugify(document.basenameWithoutExtension)
        placeholders["path"] = document.cleanedPath
        placeholders["collection"] = document.type
        placeholders["output_ext"] = document.outputExtension(settings)
        placeholders["categories"] = JekyllCategories.placeholder(categories)
        placeholders["slugified_categories"] = JekyllCategories.slugifiedPlaceholder(categories)
        let template: String
        var fromFrontMatter = false
        if let permalink = data["permalink"], let scalar = permalink.scalar, scalar.isTruthy {
            template = scalar.text
            fromFrontMatter = !permalink.isDefault
        } else {
            template = collectionTemplate(for: document)
        }
        do {
            return try JekyllPermalinkTemplate.expand(template, placeholders: placeholders)
        } catch {
            var failure = error
            if failure.key == nil {
                // escape_path refused a placeholder value: a category (or the file path) is to blame.
                failure.key = categories.isEmpty ? nil : (data["categories"] != nil ? "categories" : "category")
                failure.reason =
                    "a value in this post's URL is not valid: \(failure.reason); Jekyll cannot build "
                    + "this URL either (Addressable raises InvalidURIError)"
            } else if !fromFrontMatter {
                failure.key = nil
                failure.reason += " (the template comes from _config.yml)"
            }
            throw failure
        }
    }

    /// The template when the document has no `permalink`: the collection's `permalink`, else
    /// (posts) the site style or template, (other collections) `/:collection/:path` + the style's suffix.
    func collectionTemplate(for document: JekyllDocument) -> String {
        let style = settings.permalink ?? "date"
        switch document.kind {
        case .post, .draft:
            return settings.collection(named: "posts")?.permalink ?? JekyllPermalinkTemplate.template(forStyle: style)
        case .collection(let name):
            return settings.collection(named: name)?.permalink
                ?? JekyllPermalinkTemplate.addSuffix(to: "/:collection/:path", siteStyle: style)
        case .page:
            // `Page#template`; its placeholders are `:path`, `:basename` and `:output_ext`.
            if document.outputExtension(settings) != ".html" { return "/:path/:basename:output_ext" }
            if document.basenameWithoutExtension == "index" { return "/:path/" }
            return JekyllPermalinkTemplate.addSuffix(to: "/:path/:basename", siteStyle: style)
        }
    }

    /// A page's URL (a file that is no post nor collection document, named by an explicit
    /// `posts:`): Jekyll expands a page's template from a hash, replacing `:path` (its folder),
    /// `:basename` and `:output_ext` in turn and leaving any other `:word` as written.
    func pageURLOfPage(_ document: JekyllDocument, data: JekyllDocumentData) throws(JekyllBuildFailure) -> String {
        var result = collectionTemplate(for: document)
        if let permalink = data["permalink"], let scalar = permalink.scalar, scalar.isTruthy { result = scalar.text }
        let folder = document.relativePath.split(separator: "/", omittingEmptySubsequences: false).dropLast()
        let values = [
            ("path", folder.joined(separator: "/")), ("basename", document.basenameWithoutExtension),
            ("output_ext", document.outputExtension(settings)),
        ]
        for (key, value) in values where result.contains(":") {
            let escaped: String
            do {
                escaped = try JekyllPathEscaping.escapePath(value)
            } catch {
                throw JekyllBuildFailure(key: nil, reason: "\(error.reason); Jekyll cannot build this URL either")
            }
            result = result.replacingOccurrences(of: ":" + key, with: escaped)
        }
        return JekyllPathEscaping.sanitize(result)
    }

    /// Whether Jekyll writes the page: not in `_drafts/`, not `published: false`, not dated after
    /// the build, and (other collections) in a collection with `output: true`.
    func visibility(of document: JekyllDocument, data: JekyllDocumentData, date: Date) -> PageVisibility {
        if case .collection(let name) = document.kind, settings.collection(named: name)?.output != true {
            return .hidden(
                reason: "collection `\(name)` has no `output: true` in _config.yml: Jekyll writes no page for it")
        }
        if context.includeDrafts { return .published }
        if document.kind == .draft, !settings.showDrafts {
            return .hidden(reason: "in a `_drafts` folder; jekyll builds it with --drafts, ogcard with --drafts")
        }
        if let published = data["published"], !(published.scalar?.isTruthy ?? true), !settings.unpublished {
            let written = published.value.isNull ? "published:` (empty" : "published: \(published.value.string ?? "")"
            let origin = published.isDefault ? " from `defaults:` in _config.yml" : ""
            return .hidden(
                reason: "`\(written)`\(origin); jekyll builds it with --unpublished, ogcard with --drafts")
        }
        if !settings.future,
            Int(date.timeIntervalSince1970.rounded(.down)) > Int(buildTime.timeIntervalSince1970.rounded(.down))
        {
            return .hidden(
                reason:
                    "dated \(ISO8601DateFormatter.string(from: date, timeZone: zone, formatOptions: [.withInternetDateTime])), "
                    + "after the build; jekyll builds it with --future, ogcard with --drafts")
        }
        return .published
    }

    /// `failure` as an error on `post`, at the line of the key to blame when the front matter has it.
    func diagnostic(_ failure: JekyllBuildFailure, post: Post) -> Diagnostic {
        let line = failure.key.flatMap { post.frontMatter?.location(of: $0)?.line }
        return Diagnostic(file: post.path, line: line, step: .makeURLs, key: failure.key, reason: failure.reason)
    }

    /// The URL ogcard guessed before it read Jekyll's rules; still the fallback of `PatternPageModel`.
    static func defaultPath(for post: Post) -> String {
        let categories = post.categories.compactMap(PostSlug.sanitize).map { $0 + "/" }.joined()
        let date = (post.date?.day ?? "").replacingOccurrences(of: "-", with: "/")
        let title = PostSlug.sanitize(PostSlug.baseName(ofPath: post.path)) ?? post.slug
        return "/" + categories + (date.isEmpty ? "" : date + "/") + title + ".html"
    }
}
