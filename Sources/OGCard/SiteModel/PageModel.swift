import Foundation

/// How one generator turns a post file into a published page: its URL, language and whether it is
/// published. One implementation per generator (`JekyllPageModel`, `HugoPageModel`) plus
/// `PatternPageModel` for sites ogcard does not read (a `url_pattern:` in ogcard.yml).
package protocol PageModel: Sendable {
    /// The placement of `post`, read from `relativePath` (from the site root, `/`-separated).
    /// - Throws: a `Diagnostic` naming the file (and line) when the generator itself could not
    ///   build this page (Jekyll aborts on an unknown permalink placeholder, for instance): the
    ///   post fails, the build goes on.
    func place(_ post: Post, relativePath: String) throws(Diagnostic) -> PagePlacement

    /// What is worth saying once per build about the site's settings (verbose output).
    var siteWarnings: [Diagnostic] { get }
}

extension PageModel {
    /// Nothing, unless a model has something to say.
    package var siteWarnings: [Diagnostic] { [] }
}

extension SiteConfig {
    /// The page model of this site's generator, for a build at `context`.
    /// - Throws: a `Diagnostic` when the site URL is not an absolute http(s) URL.
    package func pageModel(_ context: PageModelContext = PageModelContext()) throws(Diagnostic) -> any PageModel {
        switch generator {
        case .jekyll: try JekyllPageModel(config: self, context: context)
        case .hugo: try HugoPageModel(config: self, context: context)
        case .unknown: try PatternPageModel(config: self, context: context)
        }
    }
}
