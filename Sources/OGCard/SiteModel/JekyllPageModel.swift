import Foundation

/// Jekyll's page URLs and publication rules (see docs/research/generator-urls-and-drafts.md §1).
package struct JekyllPageModel: PageModel {
    let settings: JekyllSiteSettings
    let resolver: SiteURLResolver
    let context: PageModelContext

    /// The model of `config`'s Jekyll site.
    package init(config: SiteConfig, context: PageModelContext) throws(Diagnostic) {
        settings = config.jekyll
        resolver = try config.urlResolver()
        self.context = context
    }

    /// The post's page: its `permalink:`, else `/:categories/:year/:month/:day/:title.html`.
    package func place(_ post: Post, relativePath: String) throws(Diagnostic) -> PagePlacement {
        let path = post.permalink ?? Self.defaultPath(for: post)
        return PagePlacement(url: try resolver.absolute(path), language: post.lang)
    }

    static func defaultPath(for post: Post) -> String {
        let categories = post.categories.compactMap(PostSlug.sanitize).map { $0 + "/" }.joined()
        let date = (post.date?.day ?? "").replacingOccurrences(of: "-", with: "/")
        let title = PostSlug.sanitize(PostSlug.baseName(ofPath: post.path)) ?? post.slug
        return "/" + categories + (date.isEmpty ? "" : date + "/") + title + ".html"
    }
}
