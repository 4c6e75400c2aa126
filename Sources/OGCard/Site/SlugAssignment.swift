/// Gives every post a unique slug that stays put: unchanged posts keep the manifest's, and a
/// new post whose slug is taken gets `-2`, `-3` … (`PostSlug.uniqued(_:avoiding:)`).
enum SlugAssignment {
    /// The slug the manifest recorded for `path`. A manifest is a file anyone with commit access
    /// can edit, and the slug names card and snippet files: it is used only when it is one ogcard
    /// could have made.
    static func recordedSlug(of path: String, in manifest: BuildManifest) -> String? {
        guard let slug = manifest.posts[path]?.slug, PostSlug.sanitize(slug) == slug else { return nil }
        return slug
    }

    static func assign(scan: PostScan.Result, manifest: BuildManifest) -> [String: String] {
        var slugs: [String: String] = [:]
        var taken = Set<String>()
        func recorded(_ path: String) -> String? { recordedSlug(of: path, in: manifest) }
        for path in scan.unchanged {
            if let slug = recorded(path) {
                slugs[path] = slug
                taken.insert(slug)
            }
        }
        // Changed posts that had a slug keep it when it is still theirs alone.
        var pending: [(path: String, wanted: String)] = []
        for item in scan.parsed {
            let wanted = item.post.slug
            if let previous = recorded(item.relativePath), previous == wanted || previous.hasPrefix(wanted + "-"),
                !taken.contains(previous)
            {
                slugs[item.relativePath] = previous
                taken.insert(previous)
            } else {
                pending.append((item.relativePath, wanted))
            }
        }
        let unique = PostSlug.uniqued(pending.map(\.wanted), avoiding: taken)
        for (item, slug) in zip(pending, unique) { slugs[item.path] = slug }
        return slugs
    }
}
