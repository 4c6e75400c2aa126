import Foundation

/// Page URLs for generators ogcard does not read (Eleventy, Astro, Next, Zola …): the post's own
/// `permalink:`, `url:` or `canonical_url:`, else ogcard.yml's `url_pattern:`.
package struct PatternPageModel: PageModel {
    let resolver: SiteURLResolver
    let context: PageModelContext

    /// The model of `config`'s site.
    package init(config: SiteConfig, context: PageModelContext) throws(Diagnostic) {
        resolver = try config.urlResolver()
        self.context = context
    }

    /// The post's page: its own URL, else Jekyll's default shape (ogcard's guess before `url_pattern:`).
    package func place(_ post: Post, relativePath: String) throws(Diagnostic) -> PagePlacement {
        let path = post.permalink ?? JekyllPageModel.defaultPath(for: post)
        return PagePlacement(url: try resolver.absolute(path), language: post.lang)
    }
}
