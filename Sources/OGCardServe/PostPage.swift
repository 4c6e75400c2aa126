import Foundation
import OGCard

/// The page of one post: the card at full size (with a toggle for the `--debug` layer outlines),
/// the unfurl mock-ups of each platform, the meta tags as text, the lint findings when a
/// provider is given, and the design playground. Every piece of user data is escaped.
enum PostPage {
    /// The texts a platform shows beside the card, from the post's meta tags.
    struct Texts {
        var title: String
        var description: String
        var siteName: String
        var domain: String
        var metaHTML: String
    }

    static func texts(_ post: PostPreview, config: SiteConfig?) -> Texts {
        let meta = post.plan?.meta
        let url = meta?.pageURL.isEmpty == false ? meta?.pageURL : config?.url
        let domain = url.flatMap { URLComponents(string: $0)?.host } ?? "your-site.example"
        return Texts(
            title: meta?.title ?? post.title, description: meta?.description ?? "",
            siteName: meta?.siteName.isEmpty == false ? meta!.siteName : domain, domain: domain,
            metaHTML: meta?.html() ?? "")
    }

    static func html(_ post: PostPreview, config: SiteConfig?, findings: [Diagnostic]?) -> String {
        let texts = texts(post, config: config)
        let title = HTMLText.escape(texts.title)
        var mockups = ""
        for platform in PlatformMockup.all { mockups += mockup(platform, post: post, texts: texts) }
        let data = """
            {"id":\(HTMLText.scriptJSON(post.id)),"version":\(post.version),\
            "initial":\(json(PlaygroundDesign.initialValues(for: post.plan))),\
            "defaults":\(json(PlaygroundDesign.defaults.mapValues { json($0) }, raw: true))}
            """
        let body = """
            <header class="top">
            <p><a href="/">← All cards</a></p>
            <h1 data-field="title">\(title)</h1>
            <p class="path muted">\(HTMLText.escape(post.relativePath))\
            \(post.plan.map { " · design from " + HTMLText.escape($0.designSource.rawValue) } ?? "")</p>
            \(ServePage.status(post))
            </header>
            \(ServePage.siteError(nil))
            <main class="post">
            <section id="card-section">
            <h2>Card</h2>
            <p><label><input type="checkbox" id="debug-toggle"> Layer outlines (<code>--debug</code>)</label></p>
            <img id="card" class="full" src="\(ServePage.cardURL(post))" alt="\(title)" width="1200" height="630">
            </section>
            <section id="mockups">
            <h2>How platforms show it</h2>
            <div class="mockups">
            \(mockups)</div>
            </section>
            \(lint(findings))
            <section id="meta">
            <h2>Meta tags</h2>
            <pre id="meta-tags" data-field="meta">\(HTMLText.escape(texts.metaHTML))</pre>
            </section>
            \(playground())
            </main>
            <script type="application/json" id="post-data">\(data)</script>
            """
        return ServePage.document(title: "\(texts.title) · ogcard serve", kind: "post", body: body)
    }

    /// The findings section; nil findings (no lint provider) leave it out.
    private static func lint(_ findings: [Diagnostic]?) -> String {
        guard let findings else { return "" }
        let items = findings.map { finding in
            "<li class=\"finding finding-\(finding.severity.rawValue)\">\(HTMLText.escape(finding.description))</li>"
        }.joined(separator: "\n")
        return """
            <section id="lint">
            <h2>Findings</h2>
            \(findings.isEmpty ? "<p class=\"muted\">No findings.</p>" : "<ul>\n\(items)\n</ul>")
            </section>
            """
    }

    /// One platform's link preview around the card.
    private static func mockup(_ platform: PlatformMockup, post: PostPreview, texts: Texts) -> String {
        let image = """
            <div class="mock-media" style="width:\(platform.width)px;height:\(platform.height)px">\
            <img class="mock-img" src="\(ServePage.cardURL(post))" alt="\(HTMLText.escape(texts.title))"></div>
            """
        func line(_ role: String, _ field: String, _ value: String) -> String {
            "<p class=\"\(role)\" data-field=\"\(field)\">\(HTMLText.escape(value))</p>"
        }
        let title = line("m-title", "title", texts.title)
        let description = line("m-desc", "description", texts.description)
        let domain = line("m-domain", "domain", texts.domain)
        let site = line("m-site", "siteName", texts.siteName)
        let inner: String
        switch platform.key {
        case "x":
            inner = """
                <div class="x-media">\(image)<span class="x-domain" data-field="domain">\
                \(HTMLText.escape(texts.domain))</span></div>
                """
        case "facebook", "mastodon": inner = image + "<div class=\"m-text\">\(domain)\(title)\(description)</div>"
        case "linkedin", "imessage": inner = image + "<div class=\"m-text\">\(title)\(domain)</div>"
        case "slack", "discord": inner = "<div class=\"m-text\">\(site)\(title)\(description)</div>" + image
        default:
            inner = """
                <div class="wa-quote">\(image)<div class="m-text">\(title)\(description)\(domain)</div></div>\
                <p class="wa-link">https://\(HTMLText.escape(texts.domain))/…</p>
                """
        }
        return """
            <figure class="mock mock-\(platform.key)" data-platform="\(platform.key)">
            <figcaption><strong>\(HTMLText.escape(platform.name))</strong> · \(platform.width)×\(platform.height) · \
            \(HTMLText.escape(platform.note))<span class="source" title="\(HTMLText.escape(platform.source))"> ⓘ</span>\
            </figcaption>
            <div class="mock-frame">\(inner)</div>
            </figure>

            """
    }

    /// The design form, its live card and the YAML to copy.
    private static func playground() -> String {
        var inputs = ""
        for field in PlaygroundDesign.fields {
            let name = HTMLText.escape(field.name)
            switch field.kind {
            case .flag:
                inputs += """
                    <label class="flag"><input type="checkbox" name="\(name)" value="true"> \
                    \(HTMLText.escape(field.label))</label>

                    """
            case .color:
                inputs += """
                    <label>\(HTMLText.escape(field.label)) <span class="swatch" data-swatch="\(name)"></span>\
                    <input type="text" name="\(name)" placeholder="none" pattern="#?[0-9A-Fa-f]{3,8}" \
                    spellcheck="false"></label>

                    """
            case .classes, .text:
                inputs += """
                    <label>\(HTMLText.escape(field.label)) <input type="text" name="\(name)" spellcheck="false"></label>

                    """
            }
        }
        let styles = PlaygroundDesign.styles.map { "<option value=\"\($0)\">\($0)</option>" }.joined()
        return """
            <section id="playground">
            <h2>Design playground</h2>
            <p class="muted">Change the design; the card redraws as you type. Nothing is saved: copy the YAML \
            into ogcard.yml. (A post's own <code>ogcard:</code> front matter or opengraphimg URL still wins over \
            ogcard.yml.)</p>
            <div class="playground">
            <form id="playground-form" autocomplete="off">
            <label>Style <select name="style">\(styles)</select></label>
            \(inputs)</form>
            <div class="playground-out">
            <img id="playground-card" class="full" alt="Playground card" width="1200" height="630">
            <pre class="error" id="playground-error" hidden></pre>
            <pre id="playground-yaml"></pre>
            <button type="button" id="copy-yaml">Copy as ogcard.yml</button> <span id="copy-done" class="muted"></span>
            </div>
            </div>
            </section>
            """
    }

    /// A flat JSON object of strings (safe inside `<script>`).
    private static func json(_ values: [String: String]) -> String {
        "{"
            + values.sorted { $0.key < $1.key }.map {
                "\(HTMLText.scriptJSON($0.key)):\(HTMLText.scriptJSON($0.value))"
            }
            .joined(separator: ",") + "}"
    }

    /// A JSON object whose values are already JSON.
    private static func json(_ values: [String: String], raw: Bool) -> String {
        "{"
            + values.sorted { $0.key < $1.key }.map { "\(HTMLText.scriptJSON($0.key)):\($0.value)" }
            .joined(separator: ",") + "}"
    }
}
