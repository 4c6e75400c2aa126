import Foundation

/// Page URLs for generators ogcard does not read (Eleventy, Astro, Next, Zola …): the post's own
/// `canonical_url:`, `url:` or `permalink:`, else ogcard.yml's `url_pattern:`, else (no pattern)
/// Jekyll's default shape, which is what ogcard guessed before patterns existed.
///
/// Drafts follow the convention those generators share: `draft: true` or `published: false`
/// leaves a post out (Eleventy, Astro content collections, Zola and Hugo all read one of them).
/// Future dates are not hidden: most of these generators publish them.
package struct PatternPageModel: PageModel {
    let resolver: SiteURLResolver
    let context: PageModelContext
    let pattern: URLPattern?
    let postsFolders: [String]
    let defaultLanguage: String?

    /// The model of `config`'s site.
    package init(config: SiteConfig, context: PageModelContext) throws(Diagnostic) {
        resolver = try config.urlResolver()
        self.context = context
        pattern = config.urlPattern
        postsFolders = config.posts
        defaultLanguage = config.language
    }

    /// The post's page, language, translations and visibility.
    package func place(_ post: Post, relativePath: String) throws(Diagnostic) -> PagePlacement {
        let (language, key) = PostLanguage.of(post, relativePath: relativePath, postsFolders: postsFolders)
        let own = ["canonical_url", "url", "permalink"].lazy.compactMap { post.field($0)?.trimmingSpaces() }
            .first { !$0.isEmpty }
        let path: String
        if let own {
            path = own
        } else if let pattern {
            path = pattern.expand(tokenValues(post, relativePath: relativePath, language: language))
        } else {
            path = JekyllPageModel.defaultPath(for: post)
        }
        return PagePlacement(
            url: try resolver.absolute(path), language: language, translationKey: key,
            visibility: visibility(of: post))
    }

    /// The value of every `url_pattern:` token for this post.
    func tokenValues(_ post: Post, relativePath: String, language: String?) -> [String: String] {
        let parts = (post.date?.day ?? "").split(separator: "-").map(String.init)
        let inside = insidePostsFolder(relativePath)
        let withoutExtension = (inside as NSString).deletingPathExtension
        var segments = withoutExtension.split(separator: "/").map(String.init)
        if let language, segments.count > 1, segments.first == language { segments.removeFirst() }
        let isDefault = language == nil || language?.lowercased() == defaultLanguage?.lowercased()
        return [
            "year": parts.count == 3 ? parts[0] : "",
            "month": parts.count == 3 ? parts[1] : "",
            "day": parts.count == 3 ? parts[2] : "",
            "i_month": parts.count == 3 ? String(Int(parts[1]) ?? 0) : "",
            "i_day": parts.count == 3 ? String(Int(parts[2]) ?? 0) : "",
            "slug": post.slug,
            "title": PostSlug.sanitize(post.title) ?? post.slug,
            "filename": PostSlug.sanitize(PostSlug.baseName(ofPath: relativePath)) ?? post.slug,
            "path": segments.joined(separator: "/"),
            "section": segments.count > 1 ? segments[0] : "",
            "categories": post.categories.compactMap(PostSlug.sanitize).joined(separator: "/"),
            "lang": isDefault ? "" : (language ?? ""),
        ]
    }

    /// The path inside the posts folder that holds it (the whole path when none does).
    func insidePostsFolder(_ relativePath: String) -> String {
        for folder in postsFolders {
            let base = SiteConfig.normalized(SiteConfig.folderPart(ofGlob: folder))
            if !base.isEmpty, base != ".", relativePath.hasPrefix(base + "/") {
                return String(relativePath.dropFirst(base.count + 1))
            }
        }
        return relativePath
    }

    /// Hidden for `draft: true` / `published: false` (YAML's yes/no spellings too), unless drafts are asked for.
    func visibility(of post: Post) -> PageVisibility {
        guard !context.includeDrafts else { return .published }
        if let draft = post.field("draft"), FrontMatterBoolean.parse(draft) == true {
            return .hidden(reason: "`draft: \(draft)`; ogcard builds it with --drafts")
        }
        if let published = post.field("published"), FrontMatterBoolean.parse(published) == false {
            return .hidden(reason: "`published: \(published)`; ogcard builds it with --drafts")
        }
        return .published
    }
}
