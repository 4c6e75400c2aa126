import OGCard

/// The page at `/`: every post's card as a thumbnail with its title, tags and status, a search
/// box (title or tag), and the site-wide error when the config cannot be read. Every piece of
/// user data is escaped (`HTMLText`); the script updates cards in place from the event stream.
enum GalleryPage {
    static func html(_ snapshot: SitePreviewer.Snapshot) -> String {
        let siteName = snapshot.config?.name ?? snapshot.config?.root.lastPathComponent ?? "site"
        let counts = Dictionary(grouping: snapshot.posts, by: \.status).mapValues(\.count)
        let summary = [PreviewStatus.upToDate, .stale, .failed, .ownPicture, .pending].compactMap { status in
            counts[status].map { "\($0) \(status.rawValue)" }
        }.joined(separator: " · ")
        var items = ""
        for post in snapshot.posts {
            items += item(post)
        }
        let empty = snapshot.posts.isEmpty ? "<p class=\"empty\">No posts found in the posts folders.</p>" : ""
        let body = """
            <header class="top">
            <h1>\(HTMLText.escape(siteName)) <span class="muted">· ogcard serve</span></h1>
            <p class="muted"><span id="post-count">\(snapshot.posts.count)</span> posts · \
            <span id="counts">\(HTMLText.escape(summary))</span></p>
            <input id="search" type="search" placeholder="Search titles and tags" aria-label="Search titles and tags" \
            autocomplete="off">
            </header>
            \(ServePage.siteError(snapshot.siteError))
            <main>
            \(empty)<ul class="gallery" id="gallery">
            \(items)</ul>
            <p id="no-match" class="empty" hidden>No post matches.</p>
            </main>
            """
        return ServePage.document(title: "\(siteName) · ogcard serve", kind: "gallery", body: body)
    }

    /// One post's thumbnail, title, tags and status.
    private static func item(_ post: PostPreview) -> String {
        let href = "/post/\(post.id)"
        let search = ([post.title] + post.tags).joined(separator: " ").lowercased()
        let tags = post.tags.map { "<span class=\"tag\">#\(HTMLText.escape($0))</span>" }.joined(separator: " ")
        let image =
            post.cardFile == nil && post.error != nil
            ? "<div class=\"thumb missing\">no card</div>"
            : """
            <img class="thumb" src="\(ServePage.cardURL(post))" alt="\(HTMLText.escape(post.title))" \
            width="600" height="315" loading="lazy">
            """
        return """
            <li class="item" data-id="\(post.id)" data-search="\(HTMLText.escape(search))">
            <a href="\(href)">\(image)</a>
            <h2><a href="\(href)">\(HTMLText.escape(post.title))</a></h2>
            <p class="path muted">\(HTMLText.escape(post.relativePath))</p>
            <p class="tags">\(tags)</p>
            \(ServePage.status(post))
            </li>

            """
    }
}
