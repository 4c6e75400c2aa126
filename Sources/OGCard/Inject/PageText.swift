/// A page's card text and tags, decided from its facts: the `Post` that ogcard's card planner
/// takes, made from the page instead of front matter.
enum PageText {
    /// The post for `page`: title from `og:title`, else `<title>` without the site's suffix, else
    /// the first `<h1>`, else the page's path; description from `og:description`, the meta
    /// description or the first paragraph; date, tags, author and language as the page says.
    static func post(for page: InjectedPage, suffix: TitleSuffix?, config: SiteConfig) -> Post {
        let facts = page.facts
        let limits = config.limits
        let title =
            facts.existing("og:title").map(PageReader.collapsed)
            ?? facts.title.map { suffix?.strip($0) ?? $0 } ?? facts.heading
            ?? fallbackTitle(page.found.relativePath)
        var description =
            (facts.existing("og:description") ?? facts.metaDescription).map(PageReader.collapsed)
        if description == nil, let paragraph = facts.firstParagraph {
            description = PostCardPlanner.firstParagraph(Substring(paragraph.cut(toCharacters: 1000)))
        }
        let date = facts.published.flatMap { PostDate(parsing: $0.trimmingCharacters(in: .whitespaces)) }
        var post = Post(
            path: page.found.relativePath, frontMatter: nil, rawTitle: title,
            title: title.cut(toCharacters: limits.titleCharacters), isTitleFallback: false,
            authors: facts.author.map { [PostAuthor(name: $0.cut(toCharacters: limits.titleCharacters))] } ?? [],
            tags: Array(facts.tags.compactMap { PageReader.nonEmpty($0) }.prefix(limits.tags)), categories: [],
            date: date, description: description, slug: page.found.relativePath, permalink: nil, image: nil,
            publishedAt: nil, lang: facts.language, warnings: [])
        post.modified = facts.modified.flatMap { PostDate(parsing: $0.trimmingCharacters(in: .whitespaces)) }
        return post
    }

    /// `blog/first-post/index.html` → `first-post`; the home page → `Home`.
    static func fallbackTitle(_ relativePath: String) -> String {
        let path = PageURL.path(of: relativePath)
        let last = path.split(separator: "/").last.map(String.init) ?? ""
        var name = last
        if let dot = name.lastIndex(of: ".") { name = String(name[..<dot]) }
        return name.isEmpty ? "Home" : name
    }
}
