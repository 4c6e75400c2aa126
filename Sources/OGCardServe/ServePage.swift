import OGCard

/// What every page of `ogcard serve` shares: the document around a body, the card URLs, the
/// status line and error boxes. Only local files are referenced (`/static/…`): no CDN, no font
/// service, no network.
enum ServePage {
    /// A whole HTML document; `kind` tells the shared script which page it is on.
    static func document(title: String, kind: String, body: String) -> String {
        """
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(HTMLText.escape(title))</title>
        <link rel="icon" href="data:,">
        <link rel="stylesheet" href="/static/serve.css">
        </head>
        <body data-page="\(HTMLText.escape(kind))">
        \(body)
        <script src="/static/serve.js"></script>
        </body>
        </html>

        """
    }

    /// The preview card's URL; the version makes browsers fetch a redrawn card.
    static func cardURL(_ post: PostPreview, debug: Bool = false) -> String {
        "/card/\(post.id).png?v=\(post.version)" + (debug ? "&amp;debug=1" : "")
    }

    /// The status line, and the error with its `path:line: reason` when the post fails.
    static func status(_ post: PostPreview) -> String {
        let detail = post.statusDetail.isEmpty ? "" : ": " + HTMLText.escape(post.statusDetail)
        let error = post.error.map { HTMLText.escape($0.description) } ?? ""
        return """
            <p class="status status-\(post.status.cssClass)" data-role="status">\
            \(HTMLText.escape(post.status.rawValue))\(detail)</p>
            <pre class="error" data-role="error"\(post.error == nil ? " hidden" : "")>\(error)</pre>
            """
    }

    /// The site-wide error box (a broken ogcard.yml): shown over the last good cards.
    static func siteError(_ error: Diagnostic?) -> String {
        """
        <pre class="error site-error" id="site-error"\(error == nil ? " hidden" : "")>\
        \(error.map { HTMLText.escape($0.description) } ?? "")</pre>
        """
    }
}
