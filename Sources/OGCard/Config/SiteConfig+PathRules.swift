extension SiteConfig {
    /// The generator's own files, which no path ogcard writes may be (configs, ogcard's state).
    static let generatorFiles: Set<String> = [
        "ogcard.yml", ".ogcard-manifest.json", "_config.yml", "_config.yaml", "_config.toml", "hugo.toml",
        "hugo.yaml", "hugo.yml", "hugo.json", "config.toml", "config.yaml", "config.yml", "config.json",
        "package.json", "eleventy.config.js", ".eleventy.js", "Gemfile", "Package.swift",
    ]

    /// The generator's own folders (templates, data, content, its output), which ogcard's card and
    /// snippet folders may lie in but not be: a card or snippet named like a template would replace it.
    static let generatorFolders: Set<String> = [
        "_includes", "_layouts", "_data", "_posts", "_drafts", "_sass", "_site", "_plugins", "assets",
        "layouts", "layouts/partials", "layouts/_default", "data", "content", "static", "public", "themes",
        "archetypes", "i18n", "node_modules", ".git",
    ]

    /// The first way the paths this config writes (`output`, `snippets`, `meta_json`) collide with
    /// each other, the posts folders, the layouts folder or the generator's own files: the key to
    /// blame and why. Nil when they are apart.
    ///
    /// Overlapping paths destroy data: `meta_json: _posts/a.md` replaces a post with JSON,
    /// `snippets: _posts` makes snippets read back as posts.
    func pathConflict() -> (key: String, reason: String)? {
        let output = Self.normalized(self.output)
        let snippets = Self.normalized(self.snippets)
        let metaJSON = self.metaJSON.map(Self.normalized)
        let posts = self.posts.map { Self.normalized(Self.folderPart(ofGlob: $0)) }
        let layouts = self.layouts.map(Self.normalized)

        var written: [(key: String, path: String)] = [("output", output), ("snippets", snippets)]
        if let metaJSON {
            if !metaJSON.lowercased().hasSuffix(".json") {
                return ("meta_json", "'\(metaJSON)' must be a .json file")
            }
            if Self.generatorFiles.contains(metaJSON) {
                return ("meta_json", "'\(metaJSON)' is the generator's or ogcard's own file")
            }
            written.append(("meta_json", metaJSON))
        }
        for (key, path) in written where key != "meta_json" {
            if path.isEmpty { return (key, "must be a folder inside the site, not the site root") }
            if Self.generatorFolders.contains(path) {
                return (
                    key,
                    "'\(path)' is the generator's own folder; use a folder of ogcard's inside it (e.g. '\(path)/ogcard')"
                )
            }
        }
        for (index, (key, path)) in written.enumerated() {
            for (otherKey, other) in written[..<index] where Self.overlaps(path, other) {
                return (key, "'\(path)' overlaps `\(otherKey): \(other)`; each kind of file needs its own place")
            }
            for (folder, original) in zip(posts, self.posts) where Self.overlaps(path, folder) {
                // Posts at the site root hold everything; only snippets (`.html`, a post
                // extension) would then be read back as posts.
                if folder.isEmpty && key != "snippets" && !path.isEmpty { continue }
                return (key, "'\(path)' overlaps the posts folder '\(original)'")
            }
            if let layouts, Self.overlaps(path, layouts) {
                return (key, "'\(path)' overlaps the layouts folder '\(layouts)'")
            }
        }
        return nil
    }

    /// A site-relative path without `./`, empty components or a trailing slash ("" for the root).
    static func normalized(_ path: String) -> String {
        path.split(separator: "/").filter { $0 != "." }.joined(separator: "/")
    }

    /// The folder a glob searches: its components before the first one with a wildcard.
    package static func folderPart(ofGlob pattern: String) -> String {
        pattern.split(separator: "/").prefix { !Glob.hasWildcard($0) }.joined(separator: "/")
    }

    /// Whether one site-relative path is the other or lies inside it.
    static func overlaps(_ a: String, _ b: String) -> Bool {
        a == b || a.isEmpty || b.isEmpty || a.hasPrefix(b + "/") || b.hasPrefix(a + "/")
    }
}
