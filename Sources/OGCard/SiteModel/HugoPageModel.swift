import Foundation

/// Hugo's page URLs, languages and publication rules (see
/// docs/research/generator-urls-and-drafts.md §2).
package struct HugoPageModel: PageModel {
    let settings: HugoSiteSettings
    let resolver: SiteURLResolver
    let context: PageModelContext

    /// The model of `config`'s Hugo site.
    package init(config: SiteConfig, context: PageModelContext) throws(Diagnostic) {
        settings = config.hugo
        resolver = try config.urlResolver()
        self.context = context
    }

    /// The post's page: its `permalink:`, else `/posts/SLUG/`.
    package func place(_ post: Post, relativePath: String) throws(Diagnostic) -> PagePlacement {
        let path = post.permalink ?? "/posts/\(post.slug)/"
        return PagePlacement(url: try resolver.absolute(path), language: post.lang)
    }
}
