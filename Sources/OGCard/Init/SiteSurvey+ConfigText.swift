extension SiteSurvey {
    /// A commented ogcard.yml holding what was found. Values that were not found are written
    /// commented out, so the file shows every key worth setting and still loads.
    package func configText() -> String {
        let source = generatorConfig.map { "from \($0)" }
        var lines: [String] = [
            "# ogcard settings for this \(generator.displayName) site, written by `ogcard init`.",
            "# Every key is optional; docs/configuration.md lists them all with their defaults.",
        ]
        if generator == .jekyll {
            lines.append("# Named _ogcard.yml because Jekyll publishes no file whose name starts with _.")
        }
        if let generatorConfig {
            lines.append(
                "# Lines marked \"from \(generatorConfig)\" copy it: delete one to follow \(generatorConfig) instead.")
        }
        func value(_ key: String, _ found: String?, placeholder: String, comment: String) {
            lines.append("")
            lines.append("# \(comment)")
            if let found {
                lines.append("\(key): \(Self.yaml(found))" + (source.map { "  # \($0)" } ?? ""))
            } else {
                lines.append("# \(key): \(placeholder)")
            }
        }
        value(
            "url", url, placeholder: "https://example.com",
            comment: "The site URL with any base path: og:image and og:url must be absolute.")
        value("name", name, placeholder: "My Site", comment: "The site name, on ogcard's design and in og:site_name.")
        value("author", author, placeholder: "Your Name", comment: "The author of posts that name none.")
        value("twitter", twitter, placeholder: "\"@handle\"", comment: "The site's Twitter handle, for twitter:site.")

        lines.append("")
        lines.append("# Where the posts are: folders or globs, relative to this file.")
        if generator == .jekyll {
            // Left unset, ogcard reads exactly what Jekyll reads, including folders added later.
            lines.append("# Unset, ogcard reads what Jekyll reads: every _posts and _drafts folder and each")
            lines.append("# collection with `output: true` (drafts get cards only with --drafts). Found now:")
            lines.append("# posts:")
            lines += posts.map { "#   - \(Self.yaml($0))" }
        } else {
            lines.append("posts:")
            lines += posts.map { "  - \(Self.yaml($0))" }
        }
        lines.append("")
        lines.append("# Cards are written to output and published at image_url_path.")
        lines.append("output: \(Self.yaml(output))")
        lines.append("image_url_path: \(Self.yaml(imageURLPath))")
        switch generator {
        case .hugo:
            lines.append("# Hugo publishes static/ at the site root, so \(output) is served at \(imageURLPath).")
        case .eleventy:
            lines.append("# Eleventy publishes it only when told: eleventyConfig.addPassthroughCopy(\"\(output)\");")
        case .jekyll, .unknown:
            break
        }
        lines.append("# One HTML file of meta tags per post (include it in <head>), and all of them as")
        lines.append("# JSON keyed by post path, for templates that read data instead.")
        lines.append("snippets: \(Self.yaml(snippets))")
        lines.append("meta_json: \(Self.yaml(metaJSON))")
        if usesSeoTag {
            lines.append("")
            lines.append("# jekyll-seo-tag writes og:image from a post's image: only, so every post gets an")
            lines.append("# image: line pointing at its card (a post's own picture is kept). Use {% seo %} or")
            lines.append("# ogcard's include in your layout, not both: each tag would be printed twice.")
            lines.append("add_missing_image: true")
        }

        lines.append("")
        lines += designLines()
        return lines.joined(separator: "\n") + "\n"
    }

    /// `design:` with a comment saying why this one.
    private func designLines() -> [String] {
        switch design {
        case .ogcard:
            var lines = ["# The card design: ogcard's own (site name, date, title, author, tags). The other"]
            lines.append("# designs are opengraphimg's styles: custom, classic, devto, modern.")
            if postsRead > 0 { lines.append("# None of the \(postsRead) posts read has an opengraphimg URL.") }
            return lines + ["design: ogcard"]
        case .style(let style):
            return designReason() + ["design: \(style.rawValue)"]
        case .parameters(let parameters):
            return designReason() + ["design:"]
                + parameters.canonicalItems.map { "  \($0.name): \(YAMLScalarStyle.doubleQuoted.render($0.value))" }
        case .layoutFile(let path):
            return ["# The card design: the site's own layout file.", "design: \(Self.yaml(path))"]
        }
    }

    private func designReason() -> [String] {
        [
            "# The card design: \(openGraphImagePosts) of the \(postsRead) posts read have opengraphimg URLs, and",
            "# this is the design most of them use, so their cards look the same once replaced.",
        ]
    }

    /// A YAML scalar: plain when YAML reads it back unchanged, quoted otherwise.
    private static func yaml(_ text: String) -> String {
        YAMLScalarStyle.plain.render(text)
    }
}
