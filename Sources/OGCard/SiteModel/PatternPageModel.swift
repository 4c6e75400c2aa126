import Foundation

/// Page URLs for generators ogcard does not read (Eleventy, Astro, Next, Zola …): the post's own
/// `canonical_url:`, `url:` or `permalink:`, else ogcard.yml's `url_pattern:`.
///
/// Drafts follow the convention those generators share: `draft: true` or `published: false`
/// leaves a post out (Eleventy, Astro content collections, Zola and Hugo all read one of them).
/// Future dates are not hidden: most of these generators publish them.
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
        return PagePlacement(
            url: try resolver.absolute(path), language: post.lang, visibility: visibility(of: post))
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
